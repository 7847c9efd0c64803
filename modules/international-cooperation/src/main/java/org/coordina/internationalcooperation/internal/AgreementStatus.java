package org.coordina.internationalcooperation.internal;

/** Where an agreement stands: drafted, in force once signed, expired after its last day, or terminated early. */
public enum AgreementStatus {
    DRAFT, IN_FORCE, EXPIRED, TERMINATED
}
