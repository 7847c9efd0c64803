package org.coordina.internationalcooperation.events;

/** The body an international reporting obligation is owed to. */
public enum ReportingBody {
    GRETA, EU_ANTI_TRAFFICKING_COORDINATOR, UNODC, US_TIP_REPORT, OTHER
}
