package org.coordina;

import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.modulith.Modulithic;

/**
 * Stands in for the application class (which lives in {@code app}) when the module is tested on its
 * own; the web conventions, clock and auditing come from their auto-configuration.
 */
@Modulithic(systemName = "Coordina", sharedModules = "sharedkernel")
@SpringBootApplication
public class NotificationsTestApplication {
}
