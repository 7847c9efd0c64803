package org.coordina.internationalcooperation.events;

/** Where a legislative initiative stands; ADOPTED and DROPPED are final. */
public enum LegislativeStage {
    PROPOSAL, PUBLIC_CONSULTATION, IN_PARLIAMENT, ADOPTED, DROPPED
}
