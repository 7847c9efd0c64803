package org.coordina.sharedkernel.security;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The handler reads the data of the commission named by its {@code code} path variable: only national
 * roles, the auditor and the commission's own users get through ({@link CommissionAccess#canRead}).
 * Checked before the request body is read, so a caller without access gets 403 whatever it sends.
 * On a controller class, it applies to every handler that declares no scope of its own.
 */
@Target({ ElementType.METHOD, ElementType.TYPE })
@Retention(RetentionPolicy.RUNTIME)
@Documented
public @interface ReadsCommissionData {
}
