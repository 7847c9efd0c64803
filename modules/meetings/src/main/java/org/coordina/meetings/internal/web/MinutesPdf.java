package org.coordina.meetings.internal.web;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Locale;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import org.coordina.meetings.internal.Meeting;
import org.springframework.stereotype.Component;

/**
 * Renders the minutes page of {@link MinutesTemplate} to PDF with openhtmltopdf. The font is DejaVu Sans,
 * read from the classpath (a Maven artifact, not the machine's fonts) and embedded as a subset, so that
 * Cyrillic shows and stays extractable on any machine.
 */
@Component
class MinutesPdf {

    /** DejaVu Sans as the jasperreports-fonts artifact ships it. */
    static final String FONTS = "/net/sf/jasperreports/fonts/dejavu/";

    private final MinutesTemplate template;

    MinutesPdf(MinutesTemplate template) {
        this.template = template;
    }

    /** The minutes of this meeting as a PDF in this language. */
    byte[] render(Meeting meeting, Locale locale) {
        var out = new ByteArrayOutputStream(64 * 1024);
        try {
            var builder = new PdfRendererBuilder();
            builder.useFastMode();
            builder.useFont(() -> font("DejaVuSans.ttf"), MinutesTemplate.FONT_FAMILY, 400, FontStyle.NORMAL, true);
            builder.useFont(() -> font("DejaVuSans-Bold.ttf"), MinutesTemplate.FONT_FAMILY, 700, FontStyle.NORMAL,
                    true);
            builder.withHtmlContent(template.render(meeting, locale), null);
            builder.toStream(out);
            builder.run();
        }
        catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
        return out.toByteArray();
    }

    private static InputStream font(String file) {
        var stream = MinutesPdf.class.getResourceAsStream(FONTS + file);
        if (stream == null) {
            throw new IllegalStateException("The font " + FONTS + file + " is not on the classpath");
        }
        return stream;
    }
}
