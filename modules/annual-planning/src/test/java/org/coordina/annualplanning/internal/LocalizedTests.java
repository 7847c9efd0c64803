package org.coordina.annualplanning.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;

import org.junit.jupiter.api.Test;

class LocalizedTests {

    private final Localized title = new Localized("Кампания", "Campaign");

    @Test
    void anEnglishReaderReadsEnglishWhateverTheCountry() {
        assertThat(title.in(Locale.ENGLISH)).isEqualTo("Campaign");
        assertThat(title.in(Locale.UK)).isEqualTo("Campaign");
    }

    @Test
    void everyOtherReaderReadsBulgarian() {
        assertThat(title.in(Locale.forLanguageTag("bg"))).isEqualTo("Кампания");
        assertThat(title.in(Locale.GERMAN)).isEqualTo("Кампания");
    }
}
