package org.coordina.meetings.internal.web;

import java.time.Clock;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Optional;

import org.coordina.meetings.internal.MeetingDirectory;
import org.coordina.sharedkernel.domain.CommissionCode;
import org.coordina.sharedkernel.pages.AttentionItem;
import org.coordina.sharedkernel.pages.AttentionSource;
import org.coordina.sharedkernel.security.SignedInUser;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * The meetings' part of the home page: the next planned meetings the user may see (a local user's commission
 * organises or is invited to them; national roles and the auditor see all), each linking to its page.
 */
@Component
class MeetingAttention implements AttentionSource {

    /** Meetings start at local times; "from now" is Sofia's now, where the meetings take place. */
    private static final ZoneId ZONE = ZoneId.of("Europe/Sofia");

    private static final int SHOWN = 5;

    private final MeetingDirectory directory;

    private final MeetingAccess access;

    private final Clock clock;

    MeetingAttention(MeetingDirectory directory, MeetingAccess access, Clock clock) {
        this.directory = directory;
        this.access = access;
        this.clock = clock;
    }

    @Override
    public String headingCode() {
        return "meetings.page.attention.heading";
    }

    @Override
    public int order() {
        return 20;
    }

    @Override
    public List<AttentionItem> attentionFor(SignedInUser user) {
        if (!access.canList()) {
            return List.of();
        }
        Optional<CommissionCode> scope = access.canReadAll() ? Optional.empty()
                : access.localCommission();
        var locale = LocaleContextHolder.getLocale();
        var english = "en".equals(locale.getLanguage());
        var dates = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(locale);
        return directory.upcoming(scope, LocalDateTime.now(clock.withZone(ZONE)), SHOWN).stream()
                .map(meeting -> new AttentionItem("meetings.page.attention.upcoming",
                        List.of(english ? meeting.titleEn() : meeting.titleBg(), dates.format(meeting.startsAt())),
                        MeetingPages.PATH + "/" + meeting.id(), null, false))
                .toList();
    }
}
