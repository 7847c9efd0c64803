package org.coordina.notifications.internal.web;

import org.coordina.notifications.internal.Delivery;
import org.coordina.notifications.internal.Language;

/**
 * One's own notification preference.
 *
 * @param delivery how mails go out
 * @param language the language of notifications and mails
 */
record PreferenceView(Delivery delivery, Language language) {
}
