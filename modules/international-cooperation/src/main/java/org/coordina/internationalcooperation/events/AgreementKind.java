package org.coordina.internationalcooperation.events;

/** The form of a cooperation agreement. */
public enum AgreementKind {
    MEMORANDUM_OF_UNDERSTANDING, BILATERAL_AGREEMENT, JOINT_DECLARATION, PROJECT_AGREEMENT
}
