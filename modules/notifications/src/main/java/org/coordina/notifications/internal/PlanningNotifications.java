package org.coordina.notifications.internal;

import org.coordina.annualplanning.events.PlanReturned;
import org.coordina.annualplanning.events.PlanSubmitted;
import org.coordina.annualplanning.events.QuarterlyReportDueSoon;
import org.coordina.annualplanning.events.QuarterlyReportOverdue;
import org.coordina.annualplanning.events.QuarterlyReportReturned;
import org.coordina.annualplanning.events.QuarterlyReportSubmitted;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/** Tells secretaries of returned, due and overdue plans and reports, national administrators of submitted ones. */
@Component
class PlanningNotifications {

    private final EventNotifications notifications;

    PlanningNotifications(EventNotifications notifications) {
        this.notifications = notifications;
    }

    @ApplicationModuleListener(id = "notifications.planning.report-overdue")
    void on(QuarterlyReportOverdue event) {
        notifications.on(event);
    }

    @ApplicationModuleListener(id = "notifications.planning.report-due-soon")
    void on(QuarterlyReportDueSoon event) {
        notifications.on(event);
    }

    @ApplicationModuleListener(id = "notifications.planning.report-returned")
    void on(QuarterlyReportReturned event) {
        notifications.on(event);
    }

    @ApplicationModuleListener(id = "notifications.planning.report-submitted")
    void on(QuarterlyReportSubmitted event) {
        notifications.on(event);
    }

    @ApplicationModuleListener(id = "notifications.planning.plan-returned")
    void on(PlanReturned event) {
        notifications.on(event);
    }

    @ApplicationModuleListener(id = "notifications.planning.plan-submitted")
    void on(PlanSubmitted event) {
        notifications.on(event);
    }
}
