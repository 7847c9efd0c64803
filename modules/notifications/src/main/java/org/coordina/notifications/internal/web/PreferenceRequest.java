package org.coordina.notifications.internal.web;

import org.coordina.notifications.internal.Delivery;
import org.coordina.notifications.internal.Language;

import jakarta.validation.constraints.NotNull;

/**
 * A change of one's notification preference.
 *
 * @param delivery how mails should go out
 * @param language the language of notifications and mails
 */
record PreferenceRequest(@NotNull Delivery delivery, @NotNull Language language) {
}
