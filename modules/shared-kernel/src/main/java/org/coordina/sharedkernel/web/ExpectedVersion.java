package org.coordina.sharedkernel.web;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A {@code long} handler parameter that receives the version the client edited, read from the
 * {@code If-Match} header: 428 when the header is missing, 412 when it names no version this server
 * issued (see {@link Versions#fromIfMatch(String)}).
 */
@Target(ElementType.PARAMETER)
@Retention(RetentionPolicy.RUNTIME)
@Documented
public @interface ExpectedVersion {
}
