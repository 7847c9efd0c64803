package org.coordina.victimsupport.events;

/** What kind of support service it is. */
public enum ServiceType {
    SHELTER, CRISIS_CENTRE, PROTECTION_AND_SUPPORT_CENTRE, HOTLINE, OTHER
}
