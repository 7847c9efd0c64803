package org.coordina.meetings.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;

import org.coordina.meetings.events.MeetingFormat;
import org.coordina.meetings.events.MeetingKind;
import org.coordina.sharedkernel.domain.CommissionCode;
import org.coordina.sharedkernel.domain.Party;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionOperations;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Demo mode only: the National Meeting on countering trafficking and protecting victims and the online
 * expert working meeting of 3 December 2020 that followed it up, as the seed document tells it (17
 * participants as role placeholders, the opening by the Secretary, the eight secretaries' trend analyses,
 * planning 2021 along its five lines, the administrative cases, the closing with conclusions and action
 * items for 2021 in programme sections I–VII), both closed with minutes; plus a few upcoming meetings.
 * The National Meeting's date, all minutes and the action items' wording are fictional and say so.
 * <p>
 * Everything goes through {@link Meetings}, one meeting per transaction, so events are published as for
 * any change; a meeting whose title exists is left alone, so seeding twice creates nothing. The meetings
 * invite the ten demo commissions, so seeding waits until the projection knows them all: it is tried at
 * start-up and again whenever a commission becomes known ({@code DemoMeetingsListener}).
 */
@Component
@ConditionalOnBooleanProperty("coordina.demo.enabled")
class DemoMeetings {

    private static final Logger log = LoggerFactory.getLogger(DemoMeetings.class);

    /** The ten demo commissions, all invited to the national meetings. */
    static final List<String> COMMISSIONS = List.of("BLG", "BGS", "VAR", "VTR", "MON", "PAZ", "PVN", "PDV", "RSE", "SLS");

    /** The commissions whose secretaries presented their trends on 3 December 2020, in the seed's order. */
    static final List<String> PRESENTERS = List.of("BLG", "PAZ", "SLS", "BGS", "MON", "PVN", "VTR", "VAR");

    static final String NATIONAL_MEETING = "National Meeting on countering trafficking in human beings and protecting victims";

    static final String EXPERT_MEETING = "Online expert working meeting of the national and local commissions";

    private static final Map<String, String> CITIES = Map.of("BLG", "Blagoevgrad", "BGS", "Burgas", "VAR", "Varna",
            "VTR", "Veliko Tarnovo", "MON", "Montana", "PAZ", "Pazardzhik", "PVN", "Pleven", "PDV", "Plovdiv", "RSE",
            "Ruse", "SLS", "Sliven");

    private static final Map<String, String> CITIES_BG = Map.of("BLG", "Благоевград", "BGS", "Бургас", "VAR", "Варна",
            "VTR", "Велико Търново", "MON", "Монтана", "PAZ", "Пазарджик", "PVN", "Плевен", "PDV", "Пловдив", "RSE",
            "Русе", "SLS", "Сливен");

    private static final String SECRETARY = "Secretary of NCCTHB";

    private static final String MODERATOR = "Session moderator (national expert)";

    private static final String LINK = "https://meet.example.org/coordina-demo";

    private final Meetings meetings;

    private final MeetingRepository repository;

    private final CommissionRegister known;

    private final PublishedTrendReportRepository trendReports;

    private final TransactionOperations transactions;

    private final Clock clock;

    /** Set once everything is seeded, so that later calls return at once instead of queueing on the monitor. */
    private volatile boolean seeded;

    DemoMeetings(Meetings meetings, MeetingRepository repository, CommissionRegister known,
            PublishedTrendReportRepository trendReports, PlatformTransactionManager transactionManager, Clock clock) {
        this.meetings = meetings;
        this.repository = repository;
        this.known = known;
        this.trendReports = trendReports;
        // A transaction of its own per meeting, also when called after another transaction's commit.
        var template = new TransactionTemplate(transactionManager);
        template.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.transactions = template;
        this.clock = clock;
    }

    @EventListener(ApplicationReadyEvent.class)
    void onApplicationReady() {
        seed();
    }

    /** Seeds what is missing once every demo commission is known; whether everything is there. */
    boolean seed() {
        return seeded || seedOnce();
    }

    private synchronized boolean seedOnce() {
        if (seeded) {
            return true;
        }
        if (known.findUsable(COMMISSIONS).size() < COMMISSIONS.size()) {
            log.debug("Demo meetings wait until the ten demo commissions are known");
            return false;
        }
        if (PRESENTERS.stream().anyMatch(code -> trendReports.findOne(code, 2020, "H2").isEmpty())) {
            log.debug("Demo meetings wait until the trend reports presented on 3 December 2020 are known");
            return false;
        }
        var national = once(NATIONAL_MEETING, this::nationalMeeting);
        once(EXPERT_MEETING, () -> expertMeeting(national));
        upcoming();
        seeded = true;
        return true;
    }

    /** The id of the commission's published trend report for the second half of 2020, the one it presented. */
    private String trendReportOf(String code) {
        return trendReports.findOne(code, 2020, "H2").orElseThrow().id().toString();
    }

    private UUID once(String titleEn, Supplier<UUID> seeding) {
        var existing = repository.findFirstByTitleEn(titleEn);
        if (existing.isPresent()) {
            return existing.get().getId();
        }
        var id = transactions.execute(status -> seeding.get());
        log.info("Seeded the demo meeting '{}'", titleEn);
        return id;
    }

    private UUID nationalMeeting() {
        var details = new MeetingDetails("Национална среща за противодействие на трафика на хора и защита на жертвите",
                NATIONAL_MEETING, MeetingKind.NATIONAL_MEETING, MeetingFormat.HYBRID, "Sofia", LINK, codes(COMMISSIONS),
                null);
        var meeting = meetings.schedule(Party.NATIONAL, details, new MeetingTime(LocalDateTime.of(2020, 10, 16, 10, 0),
                LocalDateTime.of(2020, 10, 16, 16, 0), null));
        var id = meeting.getId();
        meeting = meetings.replaceAgenda(id, meeting.getVersion(), List.of(
                session(SessionPart.OPENING, "Откриване", "Opening", "Greeting by the Secretary", SECRETARY,
                        List.of(new Speaker(SECRETARY, "Secretary", null))),
                session(SessionPart.SESSION, "Проблеми и добри практики", "Problems and good practices",
                        "Discussion of the problems the commissions meet", MODERATOR, List.of()),
                session(SessionPart.CLOSING, "Изводи", "Conclusions", null, SECRETARY, List.of())));
        var participants = new ArrayList<Participant>();
        participants.add(new Participant(null, SECRETARY, "NCCTHB", null, ParticipantRole.SECRETARY, Attendance.PRESENT));
        for (String code : COMMISSIONS) {
            participants.add(secretaryOf(code, ParticipantRole.EXPERT));
        }
        meeting = meetings.replaceParticipants(id, meeting.getVersion(), participants);
        meeting = meetings.hold(id, meeting.getVersion());
        meeting = meetings.recordDecision(id, meeting.getVersion(),
                "Да се проведе експертна работна среща с местните комисии до края на годината (демо).",
                "An expert working meeting with the local commissions is to be held before the end of the year (demo).");
        meeting = meetings.writeMinutes(id, meeting.getVersion(), new Minutes(
                "Демонстрационен протокол: участниците обсъдиха проблемите на местните комисии.",
                "Demo minutes: the participants discussed the problems the local commissions meet.",
                "Нужни са по-тясна координация и обща рамка за планиране (демо).",
                "Closer coordination and a common planning frame are needed (demo)."), null);
        meetings.close(id, meeting.getVersion());
        return id;
    }

    private UUID expertMeeting(UUID national) {
        var details = new MeetingDetails(
                "Онлайн експертна работна среща на националната и местните комисии", EXPERT_MEETING,
                MeetingKind.EXPERT_WORKING_MEETING, MeetingFormat.ONLINE, null, LINK, codes(COMMISSIONS), national);
        var meeting = meetings.schedule(Party.NATIONAL, details, new MeetingTime(at(10, 0), at(15, 0), null));
        var id = meeting.getId();
        var trendSpeakers = PRESENTERS.stream().map(code -> new Speaker(secretaryName(code), "Secretary",
                new CommissionCode(code))).toList();
        var trendReports = PRESENTERS.stream().map(code -> new LinkedItem(LinkKind.TREND_REPORT, trendReportOf(code),
                "Trend report 2020 of LCCTHB " + CITIES.get(code))).toList();
        var planners = List.of("Institutional and prevention measures", "Data collection and support to victims",
                "Capacity building of staff", "International cooperation", "Legislative initiatives");
        var planningSpeakers = new ArrayList<Speaker>();
        for (int n = 0; n < planners.size(); n++) {
            planningSpeakers.add(new Speaker("National expert " + (n + 1), planners.get(n), null));
        }
        meeting = meetings.replaceAgenda(id, meeting.getVersion(), List.of(
                new Session(SessionPart.OPENING, "Откриване", "Opening",
                        "The Secretary greets the participants and recalls the problems and conclusions of the National Meeting",
                        SECRETARY, at(10, 0), at(10, 15), List.of(new Speaker(SECRETARY, "Secretary", null)), List.of()),
                new Session(SessionPart.SESSION, "Сесия 1: Анализ на актуалните местни тенденции в трафика на хора",
                        "Session 1: Analyses of current local trafficking trends",
                        "The secretaries of eight local commissions present their commissions' trends", MODERATOR,
                        at(10, 15), at(12, 0), trendSpeakers, trendReports),
                new Session(SessionPart.SESSION, "Сесия 2: Планиране на конкретни дейности за 2021 г.",
                        "Session 2: Planning concrete activities for 2021 at national and local level",
                        "Institutional and prevention measures; data collection and support to victims; capacity "
                                + "building of staff; international cooperation; legislative initiatives",
                        "National expert 1", at(12, 30), at(13, 45), planningSpeakers, List.of()),
                new Session(SessionPart.SESSION, "Сесия 3: Административни и организационни казуси",
                        "Session 3: Administrative and organisational cases",
                        "The year's administrative and organisational cases and questions about planning the coming "
                                + "prevention and protection work",
                        SECRETARY, at(13, 45), at(14, 30), List.of(), List.of()),
                new Session(SessionPart.CLOSING, "Закриване", "Closing",
                        "Summaries, conclusions and concrete actions for the next year", SECRETARY, at(14, 30),
                        at(15, 0), List.of(new Speaker(SECRETARY, "Secretary", null)), List.of())));
        meeting = meetings.replaceParticipants(id, meeting.getVersion(), seventeenParticipants());
        meeting = meetings.hold(id, meeting.getVersion());
        meeting = meetings.recordDecision(id, meeting.getVersion(),
                "Местните комисии планират дейностите си за 2021 г. по разделите на Националната програма (демо).",
                "The local commissions plan their 2021 activities along the sections of the National Programme (demo).");
        for (ActionItem item : actionItems2021()) {
            meeting = meetings.agree(id, meeting.getVersion(), item);
        }
        meeting = meetings.writeMinutes(id, meeting.getVersion(), new Minutes(
                "Демонстрационен протокол: 17 експерти участваха онлайн. Секретарите на осем местни комисии представиха "
                        + "тенденциите; националните експерти представиха петте направления за 2021 г.",
                "Demo minutes: 17 experts took part online. The secretaries of eight local commissions presented their "
                        + "trends; the national experts presented the five lines of planning for 2021.",
                "Дейностите за 2021 г. се планират по разделите I–VII; местните тенденции се обменят редовно (демо).",
                "The 2021 activities are planned in sections I–VII; local trends are exchanged regularly (demo)."),
                null);
        meetings.close(id, meeting.getVersion());
        return id;
    }

    private void upcoming() {
        var today = LocalDate.now(clock.withZone(MeetingTime.DEFAULT_ZONE));
        once("Quarterly coordination meeting of the secretaries", () -> meetings.schedule(Party.NATIONAL,
                new MeetingDetails("Тримесечна координационна среща на секретарите",
                        "Quarterly coordination meeting of the secretaries", MeetingKind.EXPERT_WORKING_MEETING,
                        MeetingFormat.ONLINE, null, LINK, codes(COMMISSIONS), null),
                new MeetingTime(today.plusDays(21).atTime(10, 0), today.plusDays(21).atTime(12, 0), null)).getId());
        once("Session of LCCTHB Varna", () -> meetings.schedule(Party.parse("VAR"),
                new MeetingDetails("Заседание на МКБТХ Варна", "Session of LCCTHB Varna",
                        MeetingKind.LOCAL_COMMISSION_SESSION, MeetingFormat.IN_PERSON, "Varna, Municipality", null,
                        List.of(), null),
                new MeetingTime(today.plusDays(10).atTime(14, 0), today.plusDays(10).atTime(16, 0), null)).getId());
        once("Session of the National Commission", () -> meetings.schedule(Party.NATIONAL,
                new MeetingDetails("Заседание на Националната комисия", "Session of the National Commission",
                        MeetingKind.NATIONAL_COMMISSION_SESSION, MeetingFormat.HYBRID, "Sofia, Council of Ministers",
                        LINK, List.of(), null),
                new MeetingTime(today.plusDays(45).atTime(11, 0), today.plusDays(45).atTime(13, 0), null)).getId());
    }

    /** The 17 experts of 3 December 2020, as role placeholders (no real names). */
    static List<Participant> seventeenParticipants() {
        var list = new ArrayList<Participant>();
        list.add(new Participant(null, SECRETARY, "NCCTHB", null, ParticipantRole.SECRETARY, Attendance.PRESENT));
        list.add(new Participant(null, MODERATOR, "NCCTHB", null, ParticipantRole.MODERATOR, Attendance.PRESENT));
        for (int n = 1; n <= 5; n++) {
            list.add(new Participant(null, "National expert " + n, "NCCTHB", null, ParticipantRole.EXPERT,
                    Attendance.PRESENT));
        }
        for (String code : PRESENTERS) {
            list.add(secretaryOf(code, ParticipantRole.SPEAKER));
        }
        for (String code : List.of("PDV", "RSE")) {
            list.add(new Participant(null, "Expert of LCCTHB " + CITIES.get(code), null, new CommissionCode(code),
                    ParticipantRole.EXPERT, Attendance.PRESENT));
        }
        return list;
    }

    /** What the closing agreed for 2021, one item per programme section (fictional wording). */
    static List<ActionItem> actionItems2021() {
        LocalDate due = LocalDate.of(2021, 12, 31);
        return List.of(
                ActionItem.proposed("Тримесечни координационни срещи с местните комисии",
                        "Quarterly coordination meetings with the local commissions", Party.NATIONAL, due, 2021, "I"),
                ActionItem.proposed("Местни дейности в националната кампания срещу трудовата експлоатация",
                        "Local activities in the national campaign against labour exploitation", Party.parse("BLG"),
                        LocalDate.of(2021, 6, 30), 2021, "II"),
                ActionItem.proposed("Обучения на служители от първа линия за идентифициране на жертви",
                        "Trainings of front-line staff in identifying victims", Party.NATIONAL,
                        LocalDate.of(2021, 11, 30), 2021, "III"),
                ActionItem.proposed("Преглед на местните процедури за насочване към услуги за подкрепа",
                        "Review of the local referral procedures to support services", Party.parse("BGS"),
                        LocalDate.of(2021, 9, 30), 2021, "IV"),
                ActionItem.proposed("Общ шаблон за местните анализи на тенденциите",
                        "A common template for the local trend analyses", Party.NATIONAL, LocalDate.of(2021, 3, 31),
                        2021, "V"),
                ActionItem.proposed("Обмен с комисии от съседни държави", "Exchange with commissions of neighbouring countries",
                        Party.parse("VAR"), due, 2021, "VI"),
                ActionItem.proposed("Предложения за законодателни промени от местния опит",
                        "Proposals for legislative changes from local experience", Party.NATIONAL, due, 2021, "VII"));
    }

    private static Participant secretaryOf(String code, ParticipantRole role) {
        return new Participant(null, secretaryName(code), "LCCTHB " + CITIES.get(code), new CommissionCode(code), role,
                Attendance.PRESENT);
    }

    private static String secretaryName(String code) {
        return "Secretary of LCCTHB " + CITIES.get(code) + " (МКБТХ " + CITIES_BG.get(code) + ")";
    }

    private static Session session(SessionPart part, String titleBg, String titleEn, String purpose, String moderator,
            List<Speaker> speakers) {
        return new Session(part, titleBg, titleEn, purpose, moderator, null, null, speakers, List.of());
    }

    private static LocalDateTime at(int hour, int minute) {
        return LocalDate.of(2020, 12, 3).atTime(LocalTime.of(hour, minute));
    }

    private static List<CommissionCode> codes(List<String> codes) {
        return codes.stream().map(CommissionCode::new).toList();
    }
}
