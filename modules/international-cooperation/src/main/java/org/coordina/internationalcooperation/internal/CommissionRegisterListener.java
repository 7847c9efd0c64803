package org.coordina.internationalcooperation.internal;

import org.coordina.regionalcommissions.events.CommissionDetailsChanged;
import org.coordina.regionalcommissions.events.CommissionEstablished;
import org.coordina.regionalcommissions.events.CommissionStatusChanged;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/** Feeds international cooperation's projection of the commissions from the regional-commissions events. */
@Component
class CommissionRegisterListener {

    private final CommissionRegister projection;

    CommissionRegisterListener(CommissionRegister projection) {
        this.projection = projection;
    }

    @ApplicationModuleListener(id = "internationalcooperation.commission-register.established")
    void on(CommissionEstablished event) {
        projection.project(event.commissionId(), event.code(), event.nameBg(), event.nameEn(), event.status(),
                event.version());
    }

    @ApplicationModuleListener(id = "internationalcooperation.commission-register.details-changed")
    void on(CommissionDetailsChanged event) {
        projection.project(event.commissionId(), event.code(), event.nameBg(), event.nameEn(), null, event.version());
    }

    @ApplicationModuleListener(id = "internationalcooperation.commission-register.status-changed")
    void on(CommissionStatusChanged event) {
        projection.project(event.commissionId(), event.code(), null, null, event.status(), event.version());
    }
}
