package org.coordina.regionalcommissions.internal.web;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;

/** The value is an ISO 3166-1 alpha-2 country code in upper case, e.g. {@code DE}. */
@Documented
@Constraint(validatedBy = IsoCountryCodeValidator.class)
@Target({ ElementType.FIELD, ElementType.PARAMETER, ElementType.TYPE_USE, ElementType.RECORD_COMPONENT })
@Retention(RetentionPolicy.RUNTIME)
@interface IsoCountryCode {

    String message() default "{regionalcommissions.validation.isoCountryCode}";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
}
