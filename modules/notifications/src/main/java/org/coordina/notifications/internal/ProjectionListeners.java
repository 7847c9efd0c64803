package org.coordina.notifications.internal;


import org.coordina.accounts.events.AccountAccessChanged;
import org.coordina.accounts.events.AccountOpened;
import org.coordina.regionalcommissions.events.CommissionDetailsChanged;
import org.coordina.regionalcommissions.events.CommissionEstablished;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/** Feeds the projections of accounts and commissions from their modules' events. */
@Component
class ProjectionListeners {

    private final Projections projections;

    ProjectionListeners(Projections projections) {
        this.projections = projections;
    }

    @ApplicationModuleListener(id = "notifications.accounts.opened")
    void on(AccountOpened event) {
        projections.opened(event);
    }

    @ApplicationModuleListener(id = "notifications.accounts.access-changed")
    void on(AccountAccessChanged event) {
        projections.accessChanged(event);
    }

    @ApplicationModuleListener(id = "notifications.commissions.established")
    void on(CommissionEstablished event) {
        projections.commission(event.commissionId(), event.code(), event.nameBg(), event.nameEn(), event.version());
    }

    @ApplicationModuleListener(id = "notifications.commissions.details-changed")
    void on(CommissionDetailsChanged event) {
        projections.commission(event.commissionId(), event.code(), event.nameBg(), event.nameEn(), event.version());
    }
}
