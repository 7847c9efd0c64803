package org.coordina.sharedkernel.security;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The handler takes a commission code but deliberately is not scoped to that commission, e.g. the
 * public view of a commission every signed-in user may see. The reason is mandatory so that the
 * exception is argued where it is made.
 */
@Target({ ElementType.METHOD, ElementType.TYPE })
@Retention(RetentionPolicy.RUNTIME)
@Documented
public @interface NoCommissionScope {

    /** Why this handler may serve every commission's callers alike. */
    String reason();
}
