/**
 * Integration: what outside systems receive. Every module event on Kafka (when enabled) and on the HTTP feed
 * {@code /api/v1/events}, kept from the events this module receives; it depends on no other module.
 */
@ApplicationModule(displayName = "Integration", allowedDependencies = { "sharedkernel" })
package org.coordina.integration;

import org.springframework.modulith.ApplicationModule;
