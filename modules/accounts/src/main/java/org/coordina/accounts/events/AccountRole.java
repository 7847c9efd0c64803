package org.coordina.accounts.events;

/** The role an account holds, as the accounts events name it (the shared kernel's roles, by name). */
public enum AccountRole {
    NATIONAL_ADMIN, NATIONAL_EXPERT, LOCAL_SECRETARY, LOCAL_MEMBER, INTEGRATOR, AUDITOR
}
