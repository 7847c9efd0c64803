package org.coordina.pages.annualplanning;

import org.coordina.annualplanning.internal.ActivityDetails;
import org.coordina.annualplanning.internal.ActivityPlanning;
import org.coordina.annualplanning.internal.PlanningCycles;
import org.coordina.annualplanning.internal.Plans;
import org.coordina.sharedkernel.domain.Party;

/**
 * The second year the planning tests open through the services (the journey's year is opened through the pages): the
 * MON plan with an activity, the BLG plan submitted with one; idempotent, as every browser test shares one application.
 */
final class PlanningForms {

    static final int OTHER_YEAR = 2092;

    static final Party MON = Party.parse("MON");

    static final Party BLG = Party.parse("BLG");

    private PlanningForms() {
    }

    static synchronized void ensureOtherYear(PlanningCycles cycles, Plans plans, ActivityPlanning planning) {
        if (cycles.exists(OTHER_YEAR)) {
            return;
        }
        var cycle = cycles.draft(OTHER_YEAR, null, null);
        cycles.open(OTHER_YEAR, cycle.getVersion());
        planning.add(OTHER_YEAR, MON, details("Monitoring visits", "II"));
        planning.add(OTHER_YEAR, BLG, details("Information day", "II"));
        plans.submit(OTHER_YEAR, BLG, plans.find(OTHER_YEAR, BLG).getVersion());
    }

    static ActivityDetails details(String titleEn, String section) {
        return new ActivityDetails(titleEn + " (BG)", titleEn, null, section, null, null, null, null, null, null, null,
                null, null, null);
    }
}
