package org.coordina.meetings.internal;

import org.coordina.regionalcommissions.events.CommissionEstablished;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Demo mode only: when a commission becomes known, makes sure it is projected and, once that is
 * committed, tries the demo meetings again, which wait for all ten demo commissions; the projection's own
 * listener may run before or after this one.
 */
@Component
@ConditionalOnBooleanProperty("coordina.demo.enabled")
class DemoMeetingsListener {

    private final CommissionRegister projection;

    private final DemoMeetings demo;

    DemoMeetingsListener(CommissionRegister projection, DemoMeetings demo) {
        this.projection = projection;
        this.demo = demo;
    }

    @ApplicationModuleListener(id = "meetings.demo-meetings.commission-established")
    void on(CommissionEstablished event) {
        projection.project(event.commissionId(), event.code(), event.nameBg(), event.nameEn(), event.status(),
                event.version());
        // After the commit, so that the last commission's attempt sees every other commission's commit.
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {

            @Override
            public void afterCommit() {
                demo.seed();
            }
        });
    }
}
