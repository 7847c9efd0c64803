package org.coordina.meetings.internal.web;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import jakarta.validation.Valid;
import org.coordina.meetings.events.MeetingFormat;
import org.coordina.meetings.events.MeetingKind;
import org.coordina.meetings.internal.Attendance;
import org.coordina.meetings.internal.CalendarEntry;
import org.coordina.meetings.internal.Meeting;
import org.coordina.meetings.internal.MeetingDirectory;
import org.coordina.meetings.internal.MeetingStatus;
import org.coordina.meetings.internal.Meetings;
import org.coordina.sharedkernel.domain.CommissionCode;
import org.coordina.sharedkernel.domain.DomainProblem;
import org.coordina.sharedkernel.domain.Party;
import org.coordina.sharedkernel.pages.FormBinding;
import org.coordina.sharedkernel.pages.NavigationContributor;
import org.coordina.sharedkernel.pages.NavigationItem;
import org.coordina.sharedkernel.pages.PageController;
import org.coordina.sharedkernel.security.Role;
import org.coordina.sharedkernel.web.SortableBy;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.data.domain.Pageable;
import org.springframework.data.web.PageableDefault;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;

/**
 * The meetings' pages, with the API's rules: the calendar and a meeting's page for those the meeting concerns
 * (national roles and the auditor read all, a commission's users the meetings it organises or is invited to), and the
 * organiser's forms to schedule, reschedule, cancel and record attendance (national admin and experts for national
 * meetings, a commission's secretary for its own). {@link MeetingScopeInterceptor} checks the meeting in the path
 * before a form is read.
 */
@PageController
@RequestMapping(MeetingPages.PATH)
class MeetingPages implements NavigationContributor {

    static final String PATH = "/meetings";

    /** Domain problems that belong to one field of the schedule and reschedule forms; others go to the summary. */
    private static final Map<String, String> FIELDS = Map.of("meetings.format.linkRequired", "onlineLink",
            "meetings.format.badLink", "onlineLink", "meetings.format.placeRequired", "place",
            "meetings.time.endBeforeStart", "endTime", "meetings.commission.unknown", "invited",
            "meetings.reasonRequired", "reason");

    private final Meetings meetings;

    private final MeetingDirectory directory;

    private final MeetingMapper mapper;

    private final MeetingAccess access;

    private final MinutesPdf pdf;

    private final ICalendarWriter calendar;

    private final Clock clock;

    MeetingPages(Meetings meetings, MeetingDirectory directory, MeetingMapper mapper, MeetingAccess access,
            MinutesPdf pdf, ICalendarWriter calendar, Clock clock) {
        this.meetings = meetings;
        this.directory = directory;
        this.mapper = mapper;
        this.access = access;
        this.pdf = pdf;
        this.calendar = calendar;
        this.clock = clock;
    }

    @Override
    public List<NavigationItem> navigationItems() {
        return List.of(new NavigationItem("meetings.page.nav.meetings", PATH, 30, EnumSet.of(Role.NATIONAL_ADMIN,
                Role.NATIONAL_EXPERT, Role.AUDITOR, Role.LOCAL_SECRETARY, Role.LOCAL_MEMBER)));
    }

    /** Blank form fields are absent values, as a missing JSON property is for the API. */
    @InitBinder({ "schedule", "reschedule", "cancellation", "attendance" })
    void blanksAreAbsent(WebDataBinder binder) {
        FormBinding.blanksAreAbsent(binder);
    }

    /**
     * The calendar: upcoming meetings soonest first, or past ones latest first, filtered by kind and status, paged
     * and sorted on the server; an htmx request gets only the results.
     */
    @GetMapping
    @PreAuthorize("@meetingAccess.canList()")
    String calendar(@RequestParam(required = false) MeetingKind kind,
            @RequestParam(required = false) MeetingStatus status,
            @RequestParam(required = false) String when,
            @SortableBy({ "startsAt", "titleBg", "titleEn", "kind", "status" }) @PageableDefault(size = 20)
            Pageable pageable, @RequestParam(required = false) String sort,
            @RequestHeader(name = "HX-Request", required = false) String htmx, Model model) {
        var upcoming = !"past".equals(when);
        Optional<CommissionCode> scope = access.canReadAll() ? Optional.empty() : access.localCommission();
        model.addAttribute("page", directory.calendar(scope, kind, status, upcoming, now(), pageable));
        model.addAttribute("sort", sort == null ? "" : sort);
        model.addAttribute("when", upcoming ? "upcoming" : "past");
        model.addAttribute("kind", kind);
        model.addAttribute("status", status);
        model.addAttribute("kinds", MeetingKind.values());
        model.addAttribute("statuses", MeetingStatus.values());
        model.addAttribute("canSchedule", organiser().isPresent());
        return htmx != null ? "meetings/calendar :: results" : "meetings/calendar";
    }

    @GetMapping("/{id}")
    @PreAuthorize("@meetingAccess.canRead(#id)")
    String show(@PathVariable UUID id, Model model) {
        var meeting = meetings.find(id);
        model.addAttribute("meeting", mapper.toView(meeting));
        model.addAttribute("canChange", access.canChange(id));
        return "meetings/meeting";
    }

    /** The meeting as an iCalendar event, in the page's language ("add to calendar"). */
    @GetMapping(value = "/{id}/calendar.ics")
    @PreAuthorize("@meetingAccess.canRead(#id)")
    @ResponseBody
    ResponseEntity<String> addToCalendar(@PathVariable UUID id) {
        var meeting = meetings.find(id);
        var locale = LocaleContextHolder.getLocale();
        var name = DocumentLabels.pick(locale, meeting.getTitleBg(), meeting.getTitleEn());
        return ResponseEntity.ok().contentType(MeetingDocumentController.CALENDAR)
                .headers(MeetingDocumentController.headers(locale, "meeting-" + id + ".ics"))
                .body(calendar.write(List.of(CalendarEntry.of(meeting)), locale, name, clock.instant()));
    }

    /** The published minutes as a PDF, in the page's language; a meeting not closed has none (409 page). */
    @GetMapping(value = "/{id}/minutes.pdf")
    @PreAuthorize("@meetingAccess.canRead(#id)")
    @ResponseBody
    ResponseEntity<byte[]> minutes(@PathVariable UUID id) {
        var meeting = meetings.withPublishedMinutes(id);
        var locale = LocaleContextHolder.getLocale();
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_PDF)
                .headers(MeetingDocumentController.headers(locale,
                        "minutes-" + id + "-" + locale.getLanguage() + ".pdf"))
                .body(pdf.render(meeting, locale));
    }

    @GetMapping("/new")
    String scheduleForm(Model model) {
        addOrganiser(model);
        model.addAttribute("schedule", ScheduleForm.empty());
        return "meetings/schedule";
    }

    /** Schedules a meeting of the user's own organiser; invalid input is shown again and nothing is written. */
    @PostMapping("/new")
    String schedule(@Valid @ModelAttribute("schedule") ScheduleForm form, BindingResult errors, Model model) {
        var organiser = addOrganiser(model);
        form = FormBinding.orShown(form, errors, model, ScheduleForm::empty);
        if (errors.hasErrors()) {
            return "meetings/schedule";
        }
        try {
            var meeting = meetings.schedule(organiser, form.toDetails(), form.toTime());
            return "redirect:" + PATH + "/" + meeting.getId() + "?scheduled";
        }
        catch (DomainProblem problem) {
            reject(problem, errors);
            return "meetings/schedule";
        }
    }

    @GetMapping("/{id}/reschedule")
    @PreAuthorize("@meetingAccess.canChange(#id)")
    String rescheduleForm(@PathVariable UUID id, Model model) {
        var meeting = planned(id);
        model.addAttribute("meeting", meeting);
        model.addAttribute("reschedule", RescheduleForm.of(meeting));
        return "meetings/reschedule";
    }

    /** Moves the meeting against the version the form was read at; a stale one shows the current time. */
    @PostMapping("/{id}/reschedule")
    @PreAuthorize("@meetingAccess.canChange(#id)")
    String reschedule(@PathVariable UUID id, @Valid @ModelAttribute("reschedule") RescheduleForm form,
            BindingResult errors, Model model) {
        var meeting = meetings.find(id);
        model.addAttribute("meeting", meeting);
        form = FormBinding.orShown(form, errors, model, () -> RescheduleForm.of(meeting));
        if (errors.hasErrors()) {
            return "meetings/reschedule";
        }
        try {
            meetings.reschedule(id, form.version(), form.toTime(), form.reason());
            return "redirect:" + PATH + "/" + id + "?rescheduled";
        }
        catch (DomainProblem problem) {
            reject(problem, errors);
            return "meetings/reschedule";
        }
        catch (OptimisticLockingFailureException stale) {
            var current = meetings.find(id);
            model.addAttribute("meeting", current);
            model.addAttribute("reschedule", RescheduleForm.of(current));
            model.addAttribute("stale", true);
            return "meetings/reschedule";
        }
    }

    @GetMapping("/{id}/cancel")
    @PreAuthorize("@meetingAccess.canChange(#id)")
    String cancelForm(@PathVariable UUID id, Model model) {
        var meeting = planned(id);
        model.addAttribute("meeting", meeting);
        model.addAttribute("cancellation", new CancelForm(null, meeting.getVersion()));
        return "meetings/cancel";
    }

    /** Cancels the meeting against the version the form was read at, with a reason. */
    @PostMapping("/{id}/cancel")
    @PreAuthorize("@meetingAccess.canChange(#id)")
    String cancel(@PathVariable UUID id, @Valid @ModelAttribute("cancellation") CancelForm form,
            BindingResult errors, Model model) {
        var meeting = meetings.find(id);
        model.addAttribute("meeting", meeting);
        form = FormBinding.orShown(form, errors, model, () -> new CancelForm(null, meeting.getVersion()));
        if (errors.hasErrors()) {
            return "meetings/cancel";
        }
        try {
            meetings.cancel(id, form.version(), form.reason());
            return "redirect:" + PATH + "/" + id + "?cancelled";
        }
        catch (DomainProblem problem) {
            reject(problem, errors);
            return "meetings/cancel";
        }
        catch (OptimisticLockingFailureException stale) {
            var current = meetings.find(id);
            model.addAttribute("meeting", current);
            model.addAttribute("cancellation", new CancelForm(form.reason(), current.getVersion()));
            model.addAttribute("stale", true);
            return "meetings/cancel";
        }
    }

    @GetMapping("/{id}/attendance")
    @PreAuthorize("@meetingAccess.canChange(#id)")
    String attendanceForm(@PathVariable UUID id, Model model) {
        var meeting = meetings.find(id);
        addAttendance(meeting, model);
        model.addAttribute("attendance", AttendanceForm.of(meeting));
        return "meetings/attendance";
    }

    /** Records who attended against the version the form was read at; a stale one shows the current record. */
    @PostMapping("/{id}/attendance")
    @PreAuthorize("@meetingAccess.canChange(#id)")
    String recordAttendance(@PathVariable UUID id, @Valid @ModelAttribute("attendance") AttendanceForm form,
            BindingResult errors, Model model) {
        var meeting = meetings.find(id);
        addAttendance(meeting, model);
        form = FormBinding.orShown(form, errors, model, () -> AttendanceForm.of(meeting));
        if (errors.hasErrors()) {
            return "meetings/attendance";
        }
        var participants = form.applyTo(meeting.getParticipants());
        try {
            if (participants == null || form.version() != meeting.getVersion()) {
                throw new OptimisticLockingFailureException("The participants changed meanwhile");
            }
            meetings.replaceParticipants(id, form.version(), participants);
            return "redirect:" + PATH + "/" + id + "?attendance";
        }
        catch (DomainProblem problem) {
            reject(problem, errors);
            return "meetings/attendance";
        }
        catch (OptimisticLockingFailureException stale) {
            var current = meetings.find(id);
            addAttendance(current, model);
            model.addAttribute("attendance", AttendanceForm.of(current));
            model.addAttribute("stale", true);
            return "meetings/attendance";
        }
    }

    private void addAttendance(Meeting meeting, Model model) {
        model.addAttribute("meeting", meeting);
        model.addAttribute("attendances", Attendance.values());
    }

    /** A meeting that can still be moved or cancelled; any other state is the 409 page naming it. */
    private Meeting planned(UUID id) {
        var meeting = meetings.find(id);
        if (meeting.getStatus() != MeetingStatus.PLANNED) {
            throw DomainProblem.conflict("meetings.meeting.wrongStatus", id, meeting.getStatus());
        }
        return meeting;
    }

    /** The user's organiser, in the model for the form; a user who organises nothing gets the 403 page. */
    private Party addOrganiser(Model model) {
        var organiser = organiser().orElseThrow(() -> new AccessDeniedException("Organises no meetings"));
        model.addAttribute("organiser", organiser);
        model.addAttribute("kinds", MeetingKind.values());
        model.addAttribute("formats", MeetingFormat.values());
        return organiser;
    }

    /** Whom the user schedules meetings for: national staff for the national level, a secretary for its commission. */
    private Optional<Party> organiser() {
        if (access.canOrganise(Party.NATIONAL)) {
            return Optional.of(Party.NATIONAL);
        }
        return access.localCommission().map(code -> new Party(code.value())).filter(access::canOrganise);
    }

    private static void reject(DomainProblem problem, BindingResult errors) {
        var field = FIELDS.get(problem.messageCode());
        if (field != null) {
            errors.rejectValue(field, problem.messageCode(), problem.arguments(), problem.messageCode());
        }
        else {
            errors.reject(problem.messageCode(), problem.arguments(), problem.messageCode());
        }
    }

    private LocalDateTime now() {
        return LocalDateTime.now(clock.withZone(MeetingTimes.SOFIA));
    }
}
