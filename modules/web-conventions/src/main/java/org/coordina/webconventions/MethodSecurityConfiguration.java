package org.coordina.webconventions;

import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;

/** Turns on {@code @PreAuthorize}, which the modules use for pure role checks such as national-admin-only handlers. */
@EnableMethodSecurity
class MethodSecurityConfiguration {
}
