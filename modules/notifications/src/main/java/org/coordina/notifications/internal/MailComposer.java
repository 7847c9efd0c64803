package org.coordina.notifications.internal;

import java.util.List;
import java.util.Objects;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * Writes the mails from the templates in the message bundles ({@code notifications.mail.*}), in the recipient's
 * language: a plain-text and an HTML body with the link to the page concerned.
 */
@Component
class MailComposer {

    private final MessageSource messages;

    private final NotificationsProperties properties;

    MailComposer(MessageSource messages, NotificationsProperties properties) {
        this.messages = messages;
        this.properties = properties;
    }

    /** The mail of one notification. */
    Mail single(OutboxEntry entry) {
        var link = properties.baseUrl() + entry.link();
        var locale = entry.language().locale();
        return new Mail(entry.email(), entry.title(),
                messages.getMessage("notifications.mail.text", new Object[] { entry.body(), link }, locale),
                messages.getMessage("notifications.mail.html", new Object[] { html(entry.title()), html(entry.body()),
                        html(link) }, locale),
                entry.calendar() == null ? List.of() : List.of(entry.calendar()));
    }

    /** The daily digest of one recipient's notifications (all to the same address, in the same language). */
    Mail digest(List<OutboxEntry> entries) {
        var first = entries.get(0);
        var locale = first.language().locale();
        var text = new StringBuilder();
        var html = new StringBuilder();
        for (var entry : entries) {
            var link = properties.baseUrl() + entry.link();
            text.append(messages.getMessage("notifications.mail.digest.text.item",
                    new Object[] { entry.title(), entry.body(), link }, locale));
            html.append(messages.getMessage("notifications.mail.digest.html.item",
                    new Object[] { html(entry.title()), html(entry.body()), html(link) }, locale));
        }
        return new Mail(first.email(),
                messages.getMessage("notifications.mail.digest.subject", new Object[] { entries.size() }, locale),
                messages.getMessage("notifications.mail.digest.text", new Object[] { text.toString().strip() }, locale),
                messages.getMessage("notifications.mail.digest.html", new Object[] { html.toString() }, locale),
                entries.stream().map(OutboxEntry::calendar).filter(Objects::nonNull).toList());
    }

    /** Text as HTML: the five characters that could start markup or end an attribute escaped. */
    static String html(String text) {
        var out = new StringBuilder(text.length() + 16);
        text.chars().forEach(c -> out.append(switch (c) {
            case '<' -> "&lt;";
            case '>' -> "&gt;";
            case '&' -> "&amp;";
            case '"' -> "&quot;";
            case '\'' -> "&#39;";
            default -> String.valueOf((char) c);
        }));
        return out.toString();
    }
}
