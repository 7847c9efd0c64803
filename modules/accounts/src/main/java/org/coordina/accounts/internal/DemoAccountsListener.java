package org.coordina.accounts.internal;

import org.coordina.regionalcommissions.events.CommissionEstablished;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/** Demo mode only: gives each demo commission, once established, its demo secretary and member. */
@Component
@ConditionalOnBooleanProperty("coordina.demo.enabled")
class DemoAccountsListener {

    private final DemoAccounts demoAccounts;

    DemoAccountsListener(DemoAccounts demoAccounts) {
        this.demoAccounts = demoAccounts;
    }

    @ApplicationModuleListener(id = "accounts.demo-accounts.commission-established")
    void on(CommissionEstablished event) {
        demoAccounts.ensureLocalAccountsFor(event.code());
    }
}
