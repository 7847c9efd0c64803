package org.coordina.internationalcooperation.internal;

import java.time.Clock;
import java.time.LocalDate;

import org.springframework.stereotype.Component;

/**
 * How near an agreement's end or an obligation's deadline is, on the module's calendar (its time zone) and with its
 * windows (an agreement is expiring within {@code agreementExpiringDays} of its last day, a deadline due soon within
 * {@code obligationDueSoonDays}): the same days the daily announcements use, for the pages' tags.
 */
@Component
public class DeadlineTags {

    /** Where an agreement or a deadline stands for its tag. */
    public enum Tag {
        EXPIRING, EXPIRED, DUE, OVERDUE
    }

    private final CooperationProperties properties;

    private final Clock clock;

    DeadlineTags(CooperationProperties properties, Clock clock) {
        this.properties = properties;
        this.clock = clock;
    }

    /** Today on the module's calendar. */
    public LocalDate today() {
        return LocalDate.ofInstant(clock.instant(), properties.zone());
    }

    /** The last day a deadline counts as due soon, from today. */
    public LocalDate dueSoonHorizon() {
        return today().plusDays(properties.obligationDueSoonDays());
    }

    /** EXPIRED once its status says so or its last day has passed in force, EXPIRING near its end; else none. */
    public Tag agreement(AgreementStatus status, LocalDate validTo) {
        if (status == AgreementStatus.EXPIRED
                || status == AgreementStatus.IN_FORCE && validTo != null && validTo.isBefore(today())) {
            return Tag.EXPIRED;
        }
        if (status == AgreementStatus.IN_FORCE && validTo != null
                && !validTo.isAfter(today().plusDays(properties.agreementExpiringDays()))) {
            return Tag.EXPIRING;
        }
        return null;
    }

    /** OVERDUE when late or past its day without a submission, DUE within the due-soon window; else none. */
    public Tag deadline(OccurrenceStatus status, LocalDate dueOn) {
        if (status == null || status == OccurrenceStatus.SUBMITTED || dueOn == null) {
            return null;
        }
        if (status == OccurrenceStatus.LATE || dueOn.isBefore(today())) {
            return Tag.OVERDUE;
        }
        return dueOn.isAfter(dueSoonHorizon()) ? null : Tag.DUE;
    }
}
