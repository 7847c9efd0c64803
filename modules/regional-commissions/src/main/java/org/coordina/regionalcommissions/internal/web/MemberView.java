package org.coordina.regionalcommissions.internal.web;

import java.time.LocalDate;
import java.util.UUID;

/** A member with institutional contacts, for national roles, the auditor and the commission itself. */
record MemberView(UUID id, String name, String institution, String position, String email, String phone,
        LocalDate joinedOn, LocalDate leftOn, long version) {
}
