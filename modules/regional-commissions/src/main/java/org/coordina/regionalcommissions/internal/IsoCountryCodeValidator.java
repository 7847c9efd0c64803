package org.coordina.regionalcommissions.internal;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

/** Checks {@link IsoCountryCode} against the JDK's list of ISO 3166 countries. */
class IsoCountryCodeValidator implements ConstraintValidator<IsoCountryCode, String> {

    @Override
    public boolean isValid(String value, ConstraintValidatorContext context) {
        return value == null || TrendReportContent.isCountry(value);
    }
}
