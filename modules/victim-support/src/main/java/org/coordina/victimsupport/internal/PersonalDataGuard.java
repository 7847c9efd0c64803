package org.coordina.victimsupport.internal;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.regex.Pattern;

import org.coordina.sharedkernel.domain.DomainProblem;

/**
 * Keeps personal data out of the module's free text: a Bulgarian personal number (EGN, ten digits with a
 * valid date and checksum), a phone number or an e-mail address is refused with 422 naming the field.
 * Ordinary numbers (years, counts, ten digits that are no EGN) pass: a false alarm would teach users to
 * mangle their text.
 */
final class PersonalDataGuard {

    private static final int[] EGN_WEIGHTS = { 2, 4, 8, 5, 10, 9, 7, 3, 6 };

    private static final Pattern TEN_DIGITS = Pattern.compile("(?<!\\d)\\d{10}(?!\\d)");

    /** International numbers (+359 88 123 4567) and Bulgarian mobile or free numbers (0888 123 456, 0800 20 100). */
    private static final Pattern PHONE = Pattern.compile(
            "\\+\\d(?:[\\s\\-./]?\\d){7,13}(?!\\d)|(?<![\\d+])0[89]\\d(?:[\\s\\-./]?\\d){6,7}(?![\\d])");

    private static final Pattern EMAIL = Pattern.compile("[\\p{L}0-9._%+\\-]+@[\\p{L}0-9.\\-]+\\.\\p{L}{2,}");

    private PersonalDataGuard() {
    }

    /** Refuses the text of this field if it carries an EGN, a phone number or an e-mail address; null passes. */
    public static void check(String field, String text) {
        if (text == null || text.isEmpty()) {
            return;
        }
        var digits = TEN_DIGITS.matcher(text);
        while (digits.find()) {
            if (isEgn(digits.group())) {
                throw DomainProblem.ruleViolated("victimsupport.personalData.egn", field);
            }
        }
        if (PHONE.matcher(text).find()) {
            throw DomainProblem.ruleViolated("victimsupport.personalData.phone", field);
        }
        if (EMAIL.matcher(text).find()) {
            throw DomainProblem.ruleViolated("victimsupport.personalData.email", field);
        }
    }

    /** Whether these ten digits are a valid EGN: a real birth date (month +20 for 1800s, +40 for 2000s) and its checksum. */
    static boolean isEgn(String candidate) {
        if (candidate == null || !candidate.matches("\\d{10}")) {
            return false;
        }
        var year = Integer.parseInt(candidate.substring(0, 2));
        var month = Integer.parseInt(candidate.substring(2, 4));
        var day = Integer.parseInt(candidate.substring(4, 6));
        if (month > 40) {
            year += 2000;
            month -= 40;
        }
        else if (month > 20) {
            year += 1800;
            month -= 20;
        }
        else {
            year += 1900;
        }
        try {
            LocalDate.of(year, month, day);
        }
        catch (DateTimeException e) {
            return false;
        }
        var sum = 0;
        for (var i = 0; i < EGN_WEIGHTS.length; i++) {
            sum += (candidate.charAt(i) - '0') * EGN_WEIGHTS[i];
        }
        var check = sum % 11 % 10;
        return check == candidate.charAt(9) - '0';
    }
}
