package org.coordina.regionalcommissions.internal;

import java.util.Objects;

/** Who chairs a commission, by office rather than by name (e.g. deputy mayor, Municipality of Varna). */
public record Chair(String title, String institution) {

    public Chair {
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(institution, "institution");
    }
}
