package org.coordina.sharedkernel.security;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The handler changes the data of the commission named by its {@code code} path variable: only the
 * commission's own secretary gets through, and the national roles listed in {@link #alsoAllowed()}
 * ({@link CommissionAccess#canWrite}). Checked before the request body is read, so a caller without
 * access gets 403 whatever it sends. On a controller class, it applies to every handler that
 * declares no scope of its own.
 */
@Target({ ElementType.METHOD, ElementType.TYPE })
@Retention(RetentionPolicy.RUNTIME)
@Documented
public @interface WritesCommissionData {

    /** National roles that may also write (local roles listed here are ignored). */
    Role[] alsoAllowed() default {};
}
