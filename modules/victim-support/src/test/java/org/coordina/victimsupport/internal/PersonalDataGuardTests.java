package org.coordina.victimsupport.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.coordina.sharedkernel.domain.DomainProblem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PersonalDataGuardTests {

    @ParameterizedTest
    @ValueSource(strings = { "7501010010", "0325151237", "4942204569", "9905055556", "0101010012" })
    void aTenDigitNumberWithARealBirthDateAndItsChecksumIsAnEgn(String egn) {
        assertThat(PersonalDataGuard.isEgn(egn)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = { "7501010011", "7501010019", "8602291236", "1234567890", "7513010012", "7501320012",
            "750101001", "75010100100", "750101001a" })
    void aWrongChecksumAnImpossibleDateOrAnotherLengthIsNoEgn(String candidate) {
        assertThat(PersonalDataGuard.isEgn(candidate)).isFalse();
    }

    @Test
    void aChecksumOfTenCountsAsZero() {
        // 750101001: weighted sum 54, 54 mod 11 = 10, so the check digit is 0 (not 10, not 1).
        assertThat(PersonalDataGuard.isEgn("7501010010")).isTrue();
        assertThat(PersonalDataGuard.isEgn("7501010011")).isFalse();
    }

    @Test
    void anEgnInATextIsRefusedNamingTheField() {
        assertThatThrownBy(() -> PersonalDataGuard.check("description", "Accommodated the person 7501010010 today"))
                .isInstanceOfSatisfying(DomainProblem.class, problem -> {
                    assertThat(problem.kind()).isEqualTo(DomainProblem.Kind.RULE_VIOLATED);
                    assertThat(problem.messageCode()).isEqualTo("victimsupport.personalData.egn");
                    assertThat(problem.arguments()).containsExactly("description");
                });
    }

    @ParameterizedTest
    @ValueSource(strings = { "call +359 88 123 4567", "+359881234567", "tel. 0888 123 456", "0888123456",
            "hotline 0800 20 100", "0898-12-34-56" })
    void aPhoneNumberIsRefused(String text) {
        assertThatThrownBy(() -> PersonalDataGuard.check("operator", text)).isInstanceOfSatisfying(DomainProblem.class,
                problem -> {
                    assertThat(problem.messageCode()).isEqualTo("victimsupport.personalData.phone");
                    assertThat(problem.arguments()).containsExactly("operator");
                });
    }

    @ParameterizedTest
    @ValueSource(strings = { "write to ivan.petrov@example.bg", "a@b.co", "мария@пример.бг" })
    void anEmailAddressIsRefused(String text) {
        assertThatThrownBy(() -> PersonalDataGuard.check("nameEn", text)).isInstanceOfSatisfying(DomainProblem.class,
                problem -> assertThat(problem.messageCode()).isEqualTo("victimsupport.personalData.email"));
    }

    @ParameterizedTest
    @ValueSource(strings = { "In 2021 we supported 12 people in 3 groups", "2021-03-31", "Capacity 120 places",
            "Session 1234567890 of the register", "Quarter Q3 2021: 45 referrals, 7 returns", "Article 19-20",
            "Directive 2011/36/EU", "Отчет за 2021 г.: 15 консултации", "Reference 12345678", "08:30-17:00" })
    void ordinaryNumbersAndTextPass(String text) {
        assertThatCode(() -> PersonalDataGuard.check("description", text)).doesNotThrowAnyException();
    }

    @Test
    void noTextPasses() {
        assertThatCode(() -> PersonalDataGuard.check("description", null)).doesNotThrowAnyException();
        assertThatCode(() -> PersonalDataGuard.check("description", "")).doesNotThrowAnyException();
    }
}
