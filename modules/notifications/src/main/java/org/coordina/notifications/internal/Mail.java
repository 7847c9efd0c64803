package org.coordina.notifications.internal;

import java.util.List;

/**
 * A mail to one recipient: the subject, the plain-text and HTML bodies, and the calendars to attach.
 *
 * @param to the address
 * @param subject the subject
 * @param text the plain-text body
 * @param html the HTML body
 * @param calendars the {@code .ics} texts to attach
 */
record Mail(String to, String subject, String text, String html, List<String> calendars) {

    Mail {
        calendars = List.copyOf(calendars);
    }
}
