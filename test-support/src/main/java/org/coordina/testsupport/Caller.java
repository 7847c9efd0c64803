package org.coordina.testsupport;

import java.util.EnumSet;
import java.util.Set;

import org.coordina.sharedkernel.security.Role;
import org.coordina.testsupport.TestUsers;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * Who calls the API in the role matrix: every role, local roles both for the commission under test
 * ("own") and for another one (VAR), and nobody at all. Every module scoped to commissions tests
 * its API against all of them.
 */
public enum Caller {

    NATIONAL_ADMIN, NATIONAL_EXPERT, OWN_SECRETARY, OTHER_SECRETARY, OWN_MEMBER, OTHER_MEMBER, INTEGRATOR, AUDITOR,
    ANONYMOUS;

    /** A demo commission that no test creates, for local users of "another" commission. */
    public static final String OTHER_COMMISSION = "VAR";

    /** Those who read a commission's data: national roles, the auditor and the commission itself. */
    public static final Set<Caller> READERS = EnumSet.of(NATIONAL_ADMIN, NATIONAL_EXPERT, AUDITOR, OWN_SECRETARY, OWN_MEMBER);

    public static final Set<Caller> NATIONAL_ADMIN_ONLY = EnumSet.of(NATIONAL_ADMIN);

    public static final Set<Caller> OWN_SECRETARY_ONLY = EnumSet.of(OWN_SECRETARY);

    public static final Set<Caller> SIGNED_IN = EnumSet.complementOf(EnumSet.of(ANONYMOUS));

    /** This caller's credentials for a request about the commission with this code. */
    public RequestPostProcessor on(String code) {
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
    public int expect(Set<Caller> allowed, int success) {
        if (allowed.contains(this)) {
            return success;
        }
        return this == ANONYMOUS ? 401 : 403;
    }
}
