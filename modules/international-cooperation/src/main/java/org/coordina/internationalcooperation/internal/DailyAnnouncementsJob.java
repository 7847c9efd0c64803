package org.coordina.internationalcooperation.internal;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Announces, once a night ({@code coordina.cooperation.announcements-cron}, in {@code coordina.cooperation.zone}),
 * agreements ending soon or ended and reporting deadlines coming up or missed; safe to run on every instance and
 * any number of times.
 */
@Component
class DailyAnnouncementsJob {

    private static final Logger log = LoggerFactory.getLogger(DailyAnnouncementsJob.class);

    private final Agreements agreements;

    private final ReportingObligations obligations;

    DailyAnnouncementsJob(Agreements agreements, ReportingObligations obligations) {
        this.agreements = agreements;
        this.obligations = obligations;
    }

    // The placeholders' defaults are CooperationProperties' defaults; the annotation needs constants.
    @Scheduled(cron = "${coordina.cooperation.announcements-cron:" + CooperationProperties.DEFAULT_ANNOUNCEMENTS_CRON
            + "}", zone = "${coordina.cooperation.zone:" + CooperationProperties.DEFAULT_ZONE + "}")
    void announce() {
        int agreementsAnnounced = agreements.announce();
        int obligationsAnnounced = obligations.announce();
        if (agreementsAnnounced + obligationsAnnounced > 0) {
            log.info("Announced {} agreements and {} reporting obligations", agreementsAnnounced, obligationsAnnounced);
        }
    }
}
