package org.coordina.victimsupport.internal;

import org.coordina.regionalcommissions.events.CommissionEstablished;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Demo mode only: when a commission becomes known, makes sure it is projected and, once that is committed,
 * seeds its demo activities and statistics; the projection's own listener may run before or after this one.
 */
@Component
@ConditionalOnBooleanProperty("coordina.demo.enabled")
class DemoVictimSupportListener {

    private final CommissionRegister projection;

    private final DemoVictimSupport demo;

    DemoVictimSupportListener(CommissionRegister projection, DemoVictimSupport demo) {
        this.projection = projection;
        this.demo = demo;
    }

    @ApplicationModuleListener(id = "victimsupport.demo.commission-established")
    void on(CommissionEstablished event) {
        projection.project(event.commissionId(), event.code(), event.nameBg(), event.nameEn(), event.status(),
                event.version());
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {

            @Override
            public void afterCommit() {
                demo.seedCommission(event.code().value());
            }
        });
    }
}
