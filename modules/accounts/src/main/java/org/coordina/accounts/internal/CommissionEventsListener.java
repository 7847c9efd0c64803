package org.coordina.accounts.internal;

import org.coordina.regionalcommissions.events.CommissionEstablished;
import org.coordina.regionalcommissions.events.CommissionStatusChanged;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/** Feeds the commission projection from the regional-commissions module's events. */
@Component
class CommissionEventsListener {

    private final CommissionProjection projection;

    CommissionEventsListener(CommissionProjection projection) {
        this.projection = projection;
    }

    @ApplicationModuleListener(id = "accounts.commission-projection.established")
    void on(CommissionEstablished event) {
        projection.project(event.commissionId(), event.code(), event.status(), event.version());
    }

    @ApplicationModuleListener(id = "accounts.commission-projection.status-changed")
    void on(CommissionStatusChanged event) {
        projection.project(event.commissionId(), event.code(), event.status(), event.version());
    }
}
