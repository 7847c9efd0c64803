package org.coordina.meetings.internal;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.coordina.meetings.events.ActionItemAgreed;
import org.coordina.meetings.events.ActionItemStatus;
import org.coordina.meetings.events.ActionItemStatusChanged;
import org.coordina.meetings.events.DecisionRecorded;
import org.coordina.meetings.events.MeetingCancelled;
import org.coordina.meetings.events.MeetingFormat;
import org.coordina.meetings.events.MeetingHeld;
import org.coordina.meetings.events.MeetingKind;
import org.coordina.meetings.events.MeetingRescheduled;
import org.coordina.meetings.events.MeetingScheduled;
import org.coordina.meetings.events.MinutesPublished;
import org.coordina.sharedkernel.domain.CommissionCode;
import org.coordina.sharedkernel.domain.DomainProblem;
import org.coordina.sharedkernel.domain.Party;
import org.coordina.sharedkernel.persistence.AuditTrail;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.domain.AbstractAggregateRoot;
import org.springframework.data.relational.core.mapping.Embedded;
import org.springframework.data.relational.core.mapping.MappedCollection;
import org.springframework.data.relational.core.mapping.Table;

/**
 * A meeting, from planned to held to closed with its minutes (or cancelled), with its agenda,
 * participants and outcomes as child collections.
 * <p>
 * Action items are a child collection, not an aggregate of their own: an item exists only because a
 * meeting agreed it, it is agreed, listed and published with the meeting's minutes, and its follow-up
 * (done, dropped) is a rare change made by the meeting's organiser, so the meeting's version guarding
 * its items costs no real contention. Each item keeps a stable id, which {@link ActionItemAgreed}
 * carries, so that annual planning links its proposal to the item, not to a position in a list.
 * <p>
 * While planned, a meeting's details, agenda and participants change freely and it may be rescheduled
 * (the sequence counts the moves, as a calendar's SEQUENCE) or cancelled; once held, decisions, action
 * items and minutes are recorded; closing publishes the minutes, after which only corrections with a
 * reason change them and action items are only followed up.
 */
@Table(schema = "meetings", name = "meeting")
public class Meeting extends AbstractAggregateRoot<Meeting> {

    @Id
    private UUID id;

    private String titleBg;

    private String titleEn;

    private MeetingKind kind;

    private String organiser;

    private MeetingFormat format;

    private String place;

    private String onlineLink;

    private LocalDateTime startsAt;

    private LocalDateTime endsAt;

    private String zoneId;

    private UUID followUpOf;

    private MeetingStatus status;

    private int sequence;

    private String cancelReason;

    private String conclusionsBg;

    private String conclusionsEn;

    private String minutesBg;

    private String minutesEn;

    private Instant minutesPublishedAt;

    @MappedCollection(idColumn = "meeting_id")
    private Set<InvitedCommission> invited = new HashSet<>();

    @MappedCollection(idColumn = "meeting_id", keyColumn = "ordinal")
    private List<AgendaSession> sessions = new ArrayList<>();

    @MappedCollection(idColumn = "meeting_id", keyColumn = "ordinal")
    private List<SessionSpeaker> speakers = new ArrayList<>();

    @MappedCollection(idColumn = "meeting_id", keyColumn = "ordinal")
    private List<SessionLink> links = new ArrayList<>();

    @MappedCollection(idColumn = "meeting_id", keyColumn = "ordinal")
    private List<StoredParticipant> participants = new ArrayList<>();

    @MappedCollection(idColumn = "meeting_id", keyColumn = "ordinal")
    private List<Decision> decisions = new ArrayList<>();

    @MappedCollection(idColumn = "meeting_id", keyColumn = "ordinal")
    private List<StoredActionItem> actionItems = new ArrayList<>();

    @Version
    private long version;

    @Embedded.Empty
    private AuditTrail audit = new AuditTrail();

    /** For Spring Data only. */
    private Meeting() {
    }

    /** A planned meeting of this organiser. */
    static Meeting schedule(Party organiser, MeetingDetails details, MeetingTime time, Instant now) {
        var meeting = new Meeting();
        meeting.id = UUID.randomUUID();
        meeting.organiser = organiser.value();
        meeting.status = MeetingStatus.PLANNED;
        meeting.apply(details);
        meeting.applyTime(time);
        meeting.registerEvent(new MeetingScheduled(UUID.randomUUID(), now, meeting.id, meeting.version + 1, organiser,
                meeting.kind, meeting.format, meeting.titleBg, meeting.titleEn, meeting.startsAt, meeting.endsAt,
                meeting.zoneId, meeting.getInvited(), meeting.followUpOf));
        return meeting;
    }

    /** Changes what a planned meeting is about and where; whether anything changed. */
    boolean changeDetails(MeetingDetails details) {
        requireStatus(MeetingStatus.PLANNED);
        var before = snapshot();
        apply(details);
        return !before.equals(snapshot());
    }

    /** Moves a planned meeting; whether it moved (a move to the same time is none). */
    boolean reschedule(MeetingTime time, String reason, Instant now) {
        requireStatus(MeetingStatus.PLANNED);
        if (time.equals(getTime())) {
            return false;
        }
        applyTime(time);
        requireSessionsWithin(getAgenda());
        sequence++;
        registerEvent(new MeetingRescheduled(UUID.randomUUID(), now, id, version + 1, getOrganiser(), startsAt, endsAt,
                zoneId, sequence, MeetingDetails.blankToNull(reason)));
        return true;
    }

    /** Cancels a planned meeting, with a reason. */
    void cancel(String reason, Instant now) {
        requireStatus(MeetingStatus.PLANNED);
        cancelReason = requireReason(reason);
        status = MeetingStatus.CANCELLED;
        registerEvent(new MeetingCancelled(UUID.randomUUID(), now, id, version + 1, getOrganiser(), sequence,
                cancelReason));
    }

    /** Replaces the agenda of a meeting not yet closed; whether it changed. */
    boolean replaceAgenda(List<Session> agenda) {
        requireStatus(MeetingStatus.PLANNED, MeetingStatus.HELD);
        requireOrder(agenda);
        requireSessionsWithin(agenda);
        if (agenda.equals(getAgenda())) {
            return false;
        }
        sessions = new ArrayList<>();
        speakers = new ArrayList<>();
        links = new ArrayList<>();
        for (int number = 0; number < agenda.size(); number++) {
            var session = agenda.get(number);
            sessions.add(new AgendaSession(session.part(), session.titleBg(), session.titleEn(), session.purpose(),
                    session.moderator(), session.startsAt(), session.endsAt()));
            for (Speaker speaker : session.speakers()) {
                speakers.add(new SessionSpeaker(number, speaker.name(), speaker.role(),
                        speaker.commission() == null ? null : speaker.commission().value()));
            }
            for (LinkedItem link : session.links()) {
                links.add(new SessionLink(number, link.kind(), link.reference(), link.label()));
            }
        }
        return true;
    }

    /**
     * Replaces the participants of a meeting not yet closed: a participant without id is new, one with
     * the id of a participant keeps it; an id the meeting does not know is refused. Whether it changed.
     */
    boolean replaceParticipants(List<Participant> list) {
        requireStatus(MeetingStatus.PLANNED, MeetingStatus.HELD);
        var known = participants.stream().map(StoredParticipant::id).collect(Collectors.toSet());
        var stored = new ArrayList<StoredParticipant>();
        for (Participant each : list) {
            if (each.id() != null && !known.contains(each.id())) {
                throw DomainProblem.ruleViolated("meetings.participant.unknown", each.id());
            }
            stored.add(new StoredParticipant(each.id() == null ? UUID.randomUUID() : each.id(), each.name(),
                    each.institution(), each.commission() == null ? null : each.commission().value(), each.role(),
                    each.attendance()));
        }
        if (stored.equals(participants)) {
            return false;
        }
        participants = stored;
        return true;
    }

    /** Records that a planned meeting took place, with its attendance figures; not before it starts. */
    void hold(Instant now) {
        requireStatus(MeetingStatus.PLANNED);
        if (now.isBefore(getTime().start())) {
            throw DomainProblem.conflict("meetings.meeting.notStarted", id, startsAt, zoneId);
        }
        status = MeetingStatus.HELD;
        var counts = getAttendance();
        registerEvent(new MeetingHeld(UUID.randomUUID(), now, id, version + 1, getOrganiser(), participants.size(),
                counts.get(Attendance.PRESENT), counts.get(Attendance.ABSENT), counts.get(Attendance.EXCUSED),
                counts.get(Attendance.UNKNOWN)));
    }

    /** Records a decision of a held meeting. */
    Decision recordDecision(String textBg, String textEn, Instant now) {
        requireStatus(MeetingStatus.HELD);
        var decision = new Decision(UUID.randomUUID(),
                MeetingDetails.required(textBg, "meetings.decision.textRequired"),
                MeetingDetails.required(textEn, "meetings.decision.textRequired"));
        decisions.add(decision);
        registerEvent(new DecisionRecorded(UUID.randomUUID(), now, id, version + 1, decision.id(), getOrganiser(),
                decision.textBg(), decision.textEn()));
        return decision;
    }

    /** Records an action item a held meeting agreed; its target year is not before the meeting's year. */
    ActionItem agree(ActionItem item, Instant now) {
        requireStatus(MeetingStatus.HELD);
        if (item.targetYear() < startsAt.getYear()) {
            throw DomainProblem.ruleViolated("meetings.actionItem.pastYear", item.targetYear(), startsAt.getYear());
        }
        var agreed = new ActionItem(UUID.randomUUID(), item.descriptionBg(), item.descriptionEn(), item.responsible(),
                item.dueDate(), item.targetYear(), item.sectionCode(), ActionItemStatus.OPEN);
        actionItems.add(store(agreed));
        registerEvent(new ActionItemAgreed(UUID.randomUUID(), now, id, version + 1, agreed.id(), agreed.responsible(),
                agreed.targetYear(), agreed.sectionCode(), agreed.descriptionBg(), agreed.descriptionEn(),
                agreed.dueDate()));
        return agreed;
    }

    /** Follows an action item of a held or closed meeting up; whether its status changed. */
    boolean changeActionItemStatus(UUID itemId, ActionItemStatus newStatus, Instant now) {
        requireStatus(MeetingStatus.HELD, MeetingStatus.CLOSED);
        var item = findActionItem(itemId)
                .orElseThrow(() -> DomainProblem.notFound("meetings.actionItem.notFound", itemId, id));
        if (item.status() == newStatus) {
            return false;
        }
        var changed = new ActionItem(item.id(), item.descriptionBg(), item.descriptionEn(), item.responsible(),
                item.dueDate(), item.targetYear(), item.sectionCode(), newStatus);
        actionItems.set(getActionItems().indexOf(item), store(changed));
        registerEvent(new ActionItemStatusChanged(UUID.randomUUID(), now, id, version + 1, itemId, item.responsible(),
                item.status(), newStatus));
        return true;
    }

    /**
     * Writes the minutes and conclusions of a held meeting; once it is closed, only as a correction with
     * a reason, which publishes them again. Whether they changed.
     */
    boolean writeMinutes(Minutes minutes, String reason, Instant now) {
        requireStatus(MeetingStatus.HELD, MeetingStatus.CLOSED);
        if (status == MeetingStatus.CLOSED) {
            var why = requireReason(reason);
            if (!minutes.isComplete()) {
                throw DomainProblem.ruleViolated("meetings.minutes.missing", id);
            }
            if (minutes.equals(getMinutes())) {
                return false;
            }
            applyMinutes(minutes);
            registerEvent(new MinutesPublished(UUID.randomUUID(), now, id, version + 1, getOrganiser(), true, why));
            return true;
        }
        if (minutes.equals(getMinutes())) {
            return false;
        }
        applyMinutes(minutes);
        return true;
    }

    /** Closes a held meeting and publishes its minutes, which must exist in both languages. */
    void close(Instant now) {
        requireStatus(MeetingStatus.HELD);
        if (!getMinutes().isComplete()) {
            throw DomainProblem.ruleViolated("meetings.minutes.missing", id);
        }
        status = MeetingStatus.CLOSED;
        minutesPublishedAt = now;
        registerEvent(new MinutesPublished(UUID.randomUUID(), now, id, version + 1, getOrganiser(), false, null));
    }

    /** Every commission the meeting names: invited, speaking, taking part or responsible for an item. */
    Set<CommissionCode> commissionsNamed() {
        var codes = new HashSet<CommissionCode>(getInvited());
        getOrganiser().commission().ifPresent(codes::add);
        speakers.stream().map(SessionSpeaker::commission).filter(code -> code != null).map(CommissionCode::new)
                .forEach(codes::add);
        participants.stream().map(StoredParticipant::commission).filter(code -> code != null).map(CommissionCode::new)
                .forEach(codes::add);
        getActionItems().forEach(item -> item.responsible().commission().ifPresent(codes::add));
        return codes;
    }

    private void apply(MeetingDetails details) {
        if (details.followUpOf() != null && details.followUpOf().equals(id)) {
            throw DomainProblem.ruleViolated("meetings.meeting.followUpOfItself");
        }
        titleBg = details.titleBg();
        titleEn = details.titleEn();
        kind = details.kind();
        format = details.format();
        place = details.place();
        onlineLink = details.onlineLink();
        followUpOf = details.followUpOf();
        invited = details.invited().stream().map(code -> new InvitedCommission(code.value()))
                .collect(Collectors.toCollection(HashSet::new));
    }

    private void applyTime(MeetingTime time) {
        startsAt = time.startsAt();
        endsAt = time.endsAt();
        zoneId = time.zone().getId();
    }

    private void applyMinutes(Minutes minutes) {
        minutesBg = minutes.textBg();
        minutesEn = minutes.textEn();
        conclusionsBg = minutes.conclusionsBg();
        conclusionsEn = minutes.conclusionsEn();
    }

    private static void requireOrder(List<Session> agenda) {
        for (int number = 0; number < agenda.size(); number++) {
            var part = agenda.get(number).part();
            if (part == SessionPart.OPENING && number != 0
                    || part == SessionPart.CLOSING && number != agenda.size() - 1) {
                throw DomainProblem.ruleViolated("meetings.agenda.order", agenda.get(number).titleEn());
            }
        }
    }

    private void requireSessionsWithin(List<Session> agenda) {
        var time = getTime();
        for (Session session : agenda) {
            if (!time.covers(session.startsAt(), session.endsAt())) {
                throw DomainProblem.ruleViolated("meetings.agenda.outsideMeeting", session.titleEn(), startsAt, endsAt);
            }
        }
    }

    private void requireStatus(MeetingStatus... allowed) {
        if (!Arrays.asList(allowed).contains(status)) {
            throw DomainProblem.conflict("meetings.meeting.wrongStatus", id, status);
        }
    }

    private static String requireReason(String reason) {
        if (reason == null || reason.isBlank()) {
            throw DomainProblem.ruleViolated("meetings.reasonRequired");
        }
        return reason.strip();
    }

    private static StoredActionItem store(ActionItem item) {
        return new StoredActionItem(item.id(), item.descriptionBg(), item.descriptionEn(), item.responsible().value(),
                item.dueDate(), item.targetYear(), item.sectionCode(), item.status());
    }

    private Optional<ActionItem> findActionItem(UUID itemId) {
        return getActionItems().stream().filter(item -> item.id().equals(itemId)).findFirst();
    }

    /** The fields that history compares. */
    Map<String, Object> snapshot() {
        var fields = new LinkedHashMap<String, Object>();
        fields.put("titleBg", titleBg);
        fields.put("titleEn", titleEn);
        fields.put("kind", kind);
        fields.put("format", format);
        fields.put("place", place);
        fields.put("onlineLink", onlineLink);
        fields.put("followUpOf", followUpOf);
        fields.put("invited", getInvited().stream().map(CommissionCode::value).toList());
        fields.put("startsAt", startsAt);
        fields.put("endsAt", endsAt);
        fields.put("zoneId", zoneId);
        fields.put("sequence", sequence);
        fields.put("status", status);
        fields.put("cancelReason", cancelReason);
        fields.put("sessions", sessions.size());
        fields.put("participants", participants.size());
        fields.put("decisions", decisions.size());
        fields.put("actionItems", getActionItems().stream().map(item -> item.id() + " " + item.status()).toList());
        fields.put("conclusionsBg", conclusionsBg);
        fields.put("conclusionsEn", conclusionsEn);
        fields.put("minutesBg", minutesBg);
        fields.put("minutesEn", minutesEn);
        return fields;
    }

    public UUID getId() {
        return id;
    }

    public String getTitleBg() {
        return titleBg;
    }

    public String getTitleEn() {
        return titleEn;
    }

    public MeetingKind getKind() {
        return kind;
    }

    public Party getOrganiser() {
        return new Party(organiser);
    }

    public MeetingFormat getFormat() {
        return format;
    }

    public String getPlace() {
        return place;
    }

    public String getOnlineLink() {
        return onlineLink;
    }

    public LocalDateTime getStartsAt() {
        return startsAt;
    }

    public LocalDateTime getEndsAt() {
        return endsAt;
    }

    public String getZoneId() {
        return zoneId;
    }

    /** When the meeting takes place. */
    public MeetingTime getTime() {
        return new MeetingTime(startsAt, endsAt, ZoneId.of(zoneId));
    }

    public UUID getFollowUpOf() {
        return followUpOf;
    }

    public MeetingStatus getStatus() {
        return status;
    }

    public int getSequence() {
        return sequence;
    }

    public String getCancelReason() {
        return cancelReason;
    }

    /** The invited commissions, by code. */
    public List<CommissionCode> getInvited() {
        return invited.stream().map(each -> new CommissionCode(each.code()))
                .sorted(Comparator.comparing(CommissionCode::value)).toList();
    }

    /** The agenda in order, each session with its speakers and links. */
    public List<Session> getAgenda() {
        var agenda = new ArrayList<Session>();
        for (int number = 0; number < sessions.size(); number++) {
            int current = number;
            var session = sessions.get(number);
            var itsSpeakers = speakers.stream().filter(speaker -> speaker.sessionNo() == current)
                    .map(speaker -> new Speaker(speaker.name(), speaker.role(),
                            speaker.commission() == null ? null : new CommissionCode(speaker.commission())))
                    .toList();
            var itsLinks = links.stream().filter(link -> link.sessionNo() == current)
                    .map(link -> new LinkedItem(link.kind(), link.reference(), link.label())).toList();
            agenda.add(new Session(session.part(), session.titleBg(), session.titleEn(), session.purpose(),
                    session.moderator(), session.startsAt(), session.endsAt(), itsSpeakers, itsLinks));
        }
        return agenda;
    }

    public List<Participant> getParticipants() {
        return participants.stream()
                .map(each -> new Participant(each.id(), each.name(), each.institution(),
                        each.commission() == null ? null : new CommissionCode(each.commission()), each.role(),
                        each.attendance()))
                .toList();
    }

    /** How many participants attended, were absent, excused or not recorded (every attendance counted). */
    public Map<Attendance, Integer> getAttendance() {
        var counts = new EnumMap<Attendance, Integer>(Attendance.class);
        for (Attendance each : Attendance.values()) {
            counts.put(each, 0);
        }
        participants.forEach(each -> counts.merge(each.attendance(), 1, Integer::sum));
        return counts;
    }

    public List<Decision> getDecisions() {
        return List.copyOf(decisions);
    }

    public List<ActionItem> getActionItems() {
        return actionItems.stream()
                .map(each -> new ActionItem(each.id(), each.descriptionBg(), each.descriptionEn(),
                        new Party(each.responsible()), each.dueDate(), each.targetYear(), each.sectionCode(),
                        each.status()))
                .toList();
    }

    /** The minutes and conclusions as written so far. */
    public Minutes getMinutes() {
        return new Minutes(minutesBg, minutesEn, conclusionsBg, conclusionsEn);
    }

    public Instant getMinutesPublishedAt() {
        return minutesPublishedAt;
    }

    public long getVersion() {
        return version;
    }

    public AuditTrail getAudit() {
        return audit;
    }
}
