package org.coordina.annualplanning.internal;

import org.coordina.regionalcommissions.events.CommissionEstablished;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Demo mode only: when a demo commission becomes known, makes sure it is projected (and so planned) and
 * fills its demo plan; the projection's own listener may run before or after this one.
 */
@Component
@ConditionalOnBooleanProperty("coordina.demo.enabled")
class DemoPlanningListener {

    private final CommissionProjection projection;

    private final DemoPlanning demo;

    DemoPlanningListener(CommissionProjection projection, DemoPlanning demo) {
        this.projection = projection;
        this.demo = demo;
    }

    @ApplicationModuleListener(id = "annualplanning.demo-planning.commission-established")
    void on(CommissionEstablished event) {
        projection.project(event.commissionId(), event.code(), event.nameBg(), event.nameEn(), event.status(),
                event.version());
        demo.seedLocalPlan(event.code());
    }
}
