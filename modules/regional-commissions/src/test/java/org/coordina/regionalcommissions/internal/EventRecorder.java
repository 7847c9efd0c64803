package org.coordina.regionalcommissions.internal;

import org.coordina.regionalcommissions.events.CommissionDetailsChanged;
import org.coordina.regionalcommissions.events.CommissionEstablished;
import org.coordina.regionalcommissions.events.CommissionStatusChanged;
import org.coordina.regionalcommissions.events.SecretaryAssigned;
import org.coordina.regionalcommissions.events.TrendReportPublished;
import org.springframework.boot.test.context.TestComponent;
import org.springframework.modulith.events.ApplicationModuleListener;

/**
 * Listens to every event of the module as another module would, so that the event publication
 * registry records (and, once handled, archives) each publication in the module tests.
 */
@TestComponent
class EventRecorder {

    @ApplicationModuleListener(id = "test-commission-established")
    void on(CommissionEstablished event) {
    }

    @ApplicationModuleListener(id = "test-commission-details-changed")
    void on(CommissionDetailsChanged event) {
    }

    @ApplicationModuleListener(id = "test-commission-status-changed")
    void on(CommissionStatusChanged event) {
    }

    @ApplicationModuleListener(id = "test-secretary-assigned")
    void on(SecretaryAssigned event) {
    }

    @ApplicationModuleListener(id = "test-trend-report-published")
    void on(TrendReportPublished event) {
    }
}
