package org.coordina.notifications.internal;

import org.coordina.internationalcooperation.events.AgreementExpiring;
import org.coordina.internationalcooperation.events.ObligationDueSoon;
import org.coordina.internationalcooperation.events.ObligationOverdue;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/** Tells the national staff of reporting obligations due soon or overdue and of agreements ending. */
@Component
class CooperationNotifications {

    private final EventNotifications notifications;

    CooperationNotifications(EventNotifications notifications) {
        this.notifications = notifications;
    }

    @ApplicationModuleListener(id = "notifications.cooperation.obligation-due-soon")
    void on(ObligationDueSoon event) {
        notifications.on(event);
    }

    @ApplicationModuleListener(id = "notifications.cooperation.obligation-overdue")
    void on(ObligationOverdue event) {
        notifications.on(event);
    }

    @ApplicationModuleListener(id = "notifications.cooperation.agreement-expiring")
    void on(AgreementExpiring event) {
        notifications.on(event);
    }
}
