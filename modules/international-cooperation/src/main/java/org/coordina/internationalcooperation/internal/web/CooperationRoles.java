package org.coordina.internationalcooperation.internal.web;

/**
 * Who may do what in international cooperation, as {@code @PreAuthorize} expressions: national admin and experts
 * write; they, the secretaries and the auditor read everything; the history is for national roles and the auditor.
 */
final class CooperationRoles {

    static final String READ = "hasAnyRole('NATIONAL_ADMIN', 'NATIONAL_EXPERT', 'LOCAL_SECRETARY', 'AUDITOR')";

    static final String WRITE = "hasAnyRole('NATIONAL_ADMIN', 'NATIONAL_EXPERT')";

    static final String HISTORY = "hasAnyRole('NATIONAL_ADMIN', 'NATIONAL_EXPERT', 'AUDITOR')";

    /** Where the module's resources live. */
    static final String PATH = "/api/v1/cooperation";

    private CooperationRoles() {
    }
}
