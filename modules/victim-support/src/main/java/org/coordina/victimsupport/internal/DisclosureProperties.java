package org.coordina.victimsupport.internal;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Disclosure control of the victim statistics ({@code coordina.victim-support.disclosure.*}): counts from 1
 * to {@code minimumCellSize - 1} are never published. Below 3 the application refuses to start: a count of
 * 1 or 2 points at a person.
 */
@ConfigurationProperties("coordina.victim-support.disclosure")
record DisclosureProperties(@DefaultValue("5") int minimumCellSize) {

    static final int LOWEST_MINIMUM_CELL_SIZE = 3;

    DisclosureProperties {
        if (minimumCellSize < LOWEST_MINIMUM_CELL_SIZE) {
            throw new IllegalArgumentException("coordina.victim-support.disclosure.minimum-cell-size must be at least "
                    + LOWEST_MINIMUM_CELL_SIZE + ", not " + minimumCellSize);
        }
    }
}
