package org.coordina.regionalcommissions;

import java.util.EnumSet;
import java.util.Set;

import org.coordina.sharedkernel.security.Role;
import org.coordina.support.TestUsers;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * Who calls the API in the role matrix: every role, local roles both for the commission under test
 * ("own") and for another one (VAR), and nobody at all.
 */
enum Caller {

    NATIONAL_ADMIN, NATIONAL_EXPERT, OWN_SECRETARY, OTHER_SECRETARY, OWN_MEMBER, OTHER_MEMBER, INTEGRATOR, AUDITOR,
    ANONYMOUS;

    /** A demo commission that no test creates, for local users of "another" commission. */
    static final String OTHER_COMMISSION = "VAR";

    /** Those who read a commission's data: national roles, the auditor and the commission itself. */
    static final Set<Caller> READERS = EnumSet.of(NATIONAL_ADMIN, NATIONAL_EXPERT, AUDITOR, OWN_SECRETARY, OWN_MEMBER);

    static final Set<Caller> NATIONAL_ADMIN_ONLY = EnumSet.of(NATIONAL_ADMIN);

    static final Set<Caller> OWN_SECRETARY_ONLY = EnumSet.of(OWN_SECRETARY);

    static final Set<Caller> SIGNED_IN = EnumSet.complementOf(EnumSet.of(ANONYMOUS));

    /** This caller's credentials for a request about the commission with this code. */
    RequestPostProcessor on(String code) {
        return switch (this) {
            case NATIONAL_ADMIN -> TestUsers.as(Role.NATIONAL_ADMIN);
            case NATIONAL_EXPERT -> TestUsers.as(Role.NATIONAL_EXPERT);
            case INTEGRATOR -> TestUsers.as(Role.INTEGRATOR);
            case AUDITOR -> TestUsers.as(Role.AUDITOR);
            case OWN_SECRETARY -> TestUsers.as(Role.LOCAL_SECRETARY, code);
            case OTHER_SECRETARY -> TestUsers.as(Role.LOCAL_SECRETARY, OTHER_COMMISSION);
            case OWN_MEMBER -> TestUsers.as(Role.LOCAL_MEMBER, code);
            case OTHER_MEMBER -> TestUsers.as(Role.LOCAL_MEMBER, OTHER_COMMISSION);
            case ANONYMOUS -> request -> request;
        };
    }

    /** The status this caller gets: {@code success} when allowed, 401 when anonymous, 403 otherwise. */
    int expect(Set<Caller> allowed, int success) {
        if (allowed.contains(this)) {
            return success;
        }
        return this == ANONYMOUS ? 401 : 403;
    }
}
