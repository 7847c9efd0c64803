package org.coordina.annualplanning.internal.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;

import org.junit.jupiter.api.Test;

class ExportLabelsTests {

    @Test
    void exportsAreInBulgarianUnlessEnglishIsPreferred() {
        assertThat(ExportLabels.language(null)).isEqualTo(ExportLabels.BULGARIAN);
        assertThat(ExportLabels.language("")).isEqualTo(ExportLabels.BULGARIAN);
        assertThat(ExportLabels.language("en")).isEqualTo(Locale.ENGLISH);
        assertThat(ExportLabels.language("en-GB,en;q=0.9,bg;q=0.5")).isEqualTo(Locale.ENGLISH);
        assertThat(ExportLabels.language("bg,en;q=0.8")).isEqualTo(ExportLabels.BULGARIAN);
        assertThat(ExportLabels.language("de")).isEqualTo(ExportLabels.BULGARIAN);
        assertThat(ExportLabels.language(";;;q=x")).isEqualTo(ExportLabels.BULGARIAN);
    }
}
