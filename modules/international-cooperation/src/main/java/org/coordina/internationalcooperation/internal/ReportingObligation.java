package org.coordina.internationalcooperation.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.coordina.internationalcooperation.events.ObligationDueSoon;
import org.coordina.internationalcooperation.events.ObligationFulfilled;
import org.coordina.internationalcooperation.events.ObligationOverdue;
import org.coordina.internationalcooperation.events.ReportingBody;
import org.coordina.sharedkernel.domain.DomainProblem;
import org.coordina.sharedkernel.persistence.AuditTrail;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.domain.AbstractAggregateRoot;
import org.springframework.data.relational.core.mapping.Embedded;
import org.springframework.data.relational.core.mapping.MappedCollection;
import org.springframework.data.relational.core.mapping.Table;

/**
 * A report owed to an international body, coming due by its recurrence from a first deadline. Its occurrences
 * are the deadlines so far: OPEN, then SUBMITTED (a date and a reference) or LATE when the date passes without
 * one (a late report can still be submitted). When a deadline is met or missed, the next one is opened from the
 * recurrence, so the obligation always shows what comes next.
 */
@Table(schema = "internationalcooperation", name = "obligation")
public class ReportingObligation extends AbstractAggregateRoot<ReportingObligation> {

    @Id
    private UUID id;

    private ReportingBody body;

    private String titleBg;

    private String titleEn;

    private String legalBasis;

    @Embedded.Nullable(prefix = "recurrence_")
    private Recurrence recurrence;

    private LocalDate firstDueOn;

    private String responsibleUnit;

    @MappedCollection(idColumn = "obligation_id", keyColumn = "sequence")
    private List<Occurrence> occurrences = new ArrayList<>();

    @Version
    private long version;

    @Embedded.Empty
    private AuditTrail audit = new AuditTrail();

    /** For Spring Data only. */
    private ReportingObligation() {
    }

    /** A new obligation, its first deadline open. */
    static ReportingObligation create(ObligationDetails details, LocalDate firstDueOn) {
        var obligation = new ReportingObligation();
        obligation.id = UUID.randomUUID();
        obligation.apply(details);
        obligation.firstDueOn = firstDueOn;
        obligation.occurrences.add(Occurrence.open(firstDueOn));
        return obligation;
    }

    /**
     * Changes what the obligation is; a new recurrence counts from the first deadline and applies to the deadlines
     * still to be opened. Whether anything changed.
     */
    boolean change(ObligationDetails details) {
        if (details().equals(details)) {
            return false;
        }
        apply(details);
        return true;
    }

    /** Records the submission of this deadline's report, on that day with that reference, and opens the next deadline. */
    void submit(UUID occurrenceId, LocalDate on, String reference, Instant now) {
        int index = indexOf(occurrenceId);
        var occurrence = occurrences.get(index);
        if (!occurrence.isOutstanding()) {
            throw DomainProblem.conflict("internationalcooperation.occurrence.wrongStatus", occurrenceId,
                    occurrence.status());
        }
        occurrences.set(index, occurrence.submitted(on, reference));
        registerEvent(new ObligationFulfilled(UUID.randomUUID(), now, id, version + 1, occurrenceId, body,
                occurrence.dueOn(), on, reference, on.isAfter(occurrence.dueOn())));
        openNext();
    }

    /** Announces, once, each open deadline within {@code days} days of {@code today}; whether it announced any. */
    boolean announceDueSoon(LocalDate today, int days, Instant now) {
        boolean announced = false;
        for (int i = 0; i < occurrences.size(); i++) {
            var occurrence = occurrences.get(i);
            if (occurrence.status() == OccurrenceStatus.OPEN && occurrence.dueSoonAnnouncedAt() == null
                    && !today.isAfter(occurrence.dueOn()) && !today.plusDays(days).isBefore(occurrence.dueOn())) {
                occurrences.set(i, occurrence.dueSoonAnnounced(now));
                registerEvent(new ObligationDueSoon(UUID.randomUUID(), now, id, version + 1, occurrence.id(), body,
                        titleBg, titleEn, occurrence.dueOn()));
                announced = true;
            }
        }
        return announced;
    }

    /** Marks each open deadline before {@code today} LATE, announcing it once, and opens the next; whether any was. */
    boolean markOverdue(LocalDate today, Instant now) {
        boolean marked = false;
        for (int i = 0; i < occurrences.size(); i++) {
            var occurrence = occurrences.get(i);
            if (occurrence.status() == OccurrenceStatus.OPEN && today.isAfter(occurrence.dueOn())) {
                occurrences.set(i, occurrence.late(now));
                registerEvent(new ObligationOverdue(UUID.randomUUID(), now, id, version + 1, occurrence.id(), body,
                        titleBg, titleEn, occurrence.dueOn()));
                marked = true;
            }
        }
        if (marked) {
            openNext();
        }
        return marked;
    }

    /** The earliest deadline not yet met, if any. */
    public Optional<Occurrence> nextDue() {
        return occurrences.stream().filter(Occurrence::isOutstanding).findFirst();
    }

    /** Opens the deadline after the last one, unless one is open already or the obligation does not recur. */
    private void openNext() {
        if (occurrences.stream().anyMatch(each -> each.status() == OccurrenceStatus.OPEN)) {
            return;
        }
        recurrence.dueOn(firstDueOn, occurrences.size()).ifPresent(due -> occurrences.add(Occurrence.open(due)));
    }

    private int indexOf(UUID occurrenceId) {
        for (int i = 0; i < occurrences.size(); i++) {
            if (occurrences.get(i).id().equals(occurrenceId)) {
                return i;
            }
        }
        throw DomainProblem.notFound("internationalcooperation.occurrence.notFound", occurrenceId);
    }

    ObligationDetails details() {
        return new ObligationDetails(body, titleBg, titleEn, legalBasis, recurrence, responsibleUnit);
    }

    Map<String, Object> snapshot() {
        var fields = new LinkedHashMap<String, Object>();
        fields.put("body", body);
        fields.put("titleBg", titleBg);
        fields.put("titleEn", titleEn);
        fields.put("legalBasis", legalBasis);
        fields.put("recurrence", recurrence.kind());
        fields.put("recurrenceMonths", recurrence.months());
        fields.put("responsibleUnit", responsibleUnit);
        fields.put("occurrences", occurrences.stream()
                .map(each -> each.dueOn() + " " + each.status() + (each.reference() == null ? "" : " " + each.reference())
                        + (each.dueSoonAnnouncedAt() == null ? "" : " (due soon announced)"))
                .toList());
        return fields;
    }

    private void apply(ObligationDetails details) {
        body = details.body();
        titleBg = details.titleBg();
        titleEn = details.titleEn();
        legalBasis = details.legalBasis();
        recurrence = details.recurrence();
        responsibleUnit = details.responsibleUnit();
    }

    public UUID getId() {
        return id;
    }

    public ReportingBody getBody() {
        return body;
    }

    public String getTitleBg() {
        return titleBg;
    }

    public String getTitleEn() {
        return titleEn;
    }

    public String getLegalBasis() {
        return legalBasis;
    }

    public Recurrence getRecurrence() {
        return recurrence;
    }

    public LocalDate getFirstDueOn() {
        return firstDueOn;
    }

    public String getResponsibleUnit() {
        return responsibleUnit;
    }

    public List<Occurrence> getOccurrences() {
        return List.copyOf(occurrences);
    }

    public long getVersion() {
        return version;
    }
}
