package org.coordina.victimsupport.internal;

import org.coordina.regionalcommissions.events.CommissionDetailsChanged;
import org.coordina.regionalcommissions.events.CommissionEstablished;
import org.coordina.regionalcommissions.events.CommissionStatusChanged;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/** Feeds the victim-support module's projection of the commissions from the regional-commissions events. */
@Component
class CommissionRegisterListener {

    private final CommissionRegister projection;

    CommissionRegisterListener(CommissionRegister projection) {
        this.projection = projection;
    }

    @ApplicationModuleListener(id = "victimsupport.commission-register.established")
    void on(CommissionEstablished event) {
        projection.project(event.commissionId(), event.code(), event.nameBg(), event.nameEn(), event.status(),
                event.version());
    }

    @ApplicationModuleListener(id = "victimsupport.commission-register.details-changed")
    void on(CommissionDetailsChanged event) {
        projection.project(event.commissionId(), event.code(), event.nameBg(), event.nameEn(), null, event.version());
    }

    @ApplicationModuleListener(id = "victimsupport.commission-register.status-changed")
    void on(CommissionStatusChanged event) {
        projection.project(event.commissionId(), event.code(), null, null, event.status(), event.version());
    }
}
