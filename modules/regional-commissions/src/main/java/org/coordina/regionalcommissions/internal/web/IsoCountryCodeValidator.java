package org.coordina.regionalcommissions.internal.web;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import org.coordina.regionalcommissions.internal.TrendReportContent;

/** Checks {@link IsoCountryCode} against the JDK's list of ISO 3166 countries. */
class IsoCountryCodeValidator implements ConstraintValidator<IsoCountryCode, String> {

    @Override
    public boolean isValid(String value, ConstraintValidatorContext context) {
        return value == null || TrendReportContent.isCountry(value);
    }
}
