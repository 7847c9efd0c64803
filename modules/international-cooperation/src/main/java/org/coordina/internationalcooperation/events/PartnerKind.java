package org.coordina.internationalcooperation.events;

/** What kind of body a cooperation partner is. */
public enum PartnerKind {
    INTERNATIONAL_ORGANISATION, EU_BODY, FOREIGN_GOVERNMENT_BODY, NATIONAL_RAPPORTEUR, NGO_OR_NETWORK, OTHER
}
