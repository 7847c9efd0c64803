package org.coordina.regionalcommissions.internal;

import java.util.Objects;

/** The person who runs a commission, reachable at an institutional email and phone. */
public record Secretary(String name, String email, String phone) {

    public Secretary {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(email, "email");
    }
}
