package org.coordina.sharedkernel.security;

import java.util.Optional;

/** The six roles of Coordina; local roles are bound to one commission. */
public enum Role {

    NATIONAL_ADMIN(false), NATIONAL_EXPERT(false), LOCAL_SECRETARY(true), LOCAL_MEMBER(true), INTEGRATOR(false), AUDITOR(false);

    private final boolean local;

    Role(boolean local) {
        this.local = local;
    }

    /** Whether users of this role belong to exactly one local commission. */
    public boolean isLocal() {
        return local;
    }

    /** The Spring Security authority that carries this role. */
    public String authority() {
        return "ROLE_" + name();
    }

    /** The role named by an authority such as {@code ROLE_AUDITOR}, if it names one. */
    public static Optional<Role> fromAuthority(String authority) {
        if (authority == null || !authority.startsWith("ROLE_")) {
            return Optional.empty();
        }
        return fromName(authority.substring("ROLE_".length()));
    }

    /** The role with this name, ignoring case, if there is one. */
    public static Optional<Role> fromName(String name) {
        for (Role role : values()) {
            if (role.name().equalsIgnoreCase(name)) {
                return Optional.of(role);
            }
        }
        return Optional.empty();
    }
}
