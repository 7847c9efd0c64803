package org.coordina.sharedkernel.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Arrays;

import org.junit.jupiter.api.Test;

/** CSV by RFC 4180 with a BOM, and the language of the exports. */
class CsvTableTests {

    @Test
    void startsWithTheBomAndEndsEveryRowWithCrlf() throws Exception {
        var body = new ByteArrayOutputStream();
        try (var table = new CsvTable(body)) {
            table.row(Arrays.asList("Дейност", "Статус"));
            table.row(Arrays.asList("Кампания", null));
        }
        var bytes = body.toByteArray();
        assertThat(bytes).startsWith(0xEF, 0xBB, 0xBF);
        assertThat(new String(bytes, StandardCharsets.UTF_8)).isEqualTo("\uFEFFДейност,Статус\r\nКампания,\r\n");
    }

    @Test
    void quotesFieldsWithCommasQuotesAndLineBreaksAndDoublesTheirQuotes() {
        assertThat(CsvTable.field("plain")).isEqualTo("plain");
        assertThat(CsvTable.field("a, b")).isEqualTo("\"a, b\"");
        assertThat(CsvTable.field("НПО \"Надежда\"")).isEqualTo("\"НПО \"\"Надежда\"\"\"");
        assertThat(CsvTable.field("line\nbreak")).isEqualTo("\"line\nbreak\"");
        assertThat(CsvTable.field("cr\rhere")).isEqualTo("\"cr\rhere\"");
    }

    @Test
    void writesNumbersAndDatesPlainAndDefusesTextThatLooksLikeAFormula() {
        assertThat(CsvTable.field(new BigDecimal("1E+3"))).isEqualTo("1000");
        assertThat(CsvTable.field(-5)).isEqualTo("-5");
        assertThat(CsvTable.field(LocalDate.of(2061, 7, 10))).isEqualTo("2061-07-10");
        assertThat(CsvTable.field("=HYPERLINK(\"x\")")).isEqualTo("\"'=HYPERLINK(\"\"x\"\")\"");
        assertThat(CsvTable.field("+359 2 000")).isEqualTo("'+359 2 000");
        assertThat(CsvTable.field("@sum")).isEqualTo("'@sum");
        assertThat(CsvTable.field(null)).isEmpty();
    }
}
