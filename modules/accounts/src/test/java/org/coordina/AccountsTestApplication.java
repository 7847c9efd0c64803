package org.coordina;

import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.modulith.Modulithic;

/**
 * Boots the accounts module on its own for its module tests; the web conventions, the clock and
 * auditing come auto-configured, as in the application.
 */
@Modulithic(systemName = "Coordina", sharedModules = "sharedkernel")
@SpringBootApplication
public class AccountsTestApplication {
}
