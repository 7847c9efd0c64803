package org.coordina.victimsupport.events;

/** What was done to support victims. */
public enum SupportActivityKind {
    IDENTIFICATION_SUPPORT, REFERRAL, CRISIS_INTERVENTION, ACCOMMODATION, PSYCHOLOGICAL_SUPPORT, LEGAL_AID,
    REINTEGRATION, VOLUNTARY_RETURN, OUTREACH, TRAINING_OF_PROFESSIONALS
}
