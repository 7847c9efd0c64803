package org.coordina.regionalcommissions.internal;

import java.time.LocalDate;
import java.util.UUID;

/** A member as the commission's roster lists it, read straight from its row. */
public record MemberEntry(UUID id, String name, String institution, String position, String email, String phone,
        LocalDate joinedOn, LocalDate leftOn, long version) {
}
