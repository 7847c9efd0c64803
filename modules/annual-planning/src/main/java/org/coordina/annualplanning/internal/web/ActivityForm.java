package org.coordina.annualplanning.internal.web;

import java.util.List;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.coordina.annualplanning.internal.Activity;
import org.coordina.annualplanning.internal.ActivityDetails;

/**
 * A row of the plan's table as its form: the activity's titles, programme section and description with the rules of
 * {@link ActivityRequest}, and the version the page was read at. What the form does not show (indicators,
 * financing, dates…) is kept as the activity has it.
 */
record ActivityForm(@NotBlank @Size(max = 300) String titleBg, @NotBlank @Size(max = 300) String titleEn,
        @NotBlank @Size(max = 8) String sectionCode, @Size(max = 4000) String description, long version) {

    static ActivityForm empty() {
        return new ActivityForm(null, null, null, null, 0);
    }

    static ActivityForm of(Activity activity) {
        return new ActivityForm(activity.getTitleBg(), activity.getTitleEn(), activity.getSectionCode(),
                activity.getDescription(), activity.getVersion());
    }

    /** A new activity with only what the form gives. */
    ActivityDetails toNewDetails() {
        return new ActivityDetails(titleBg, titleEn, description, sectionCode, null, null, List.of(), List.of(), null,
                null, null, List.of(), null, List.of());
    }

    /** The activity's details with the form's fields replaced; an objective of another section is let go. */
    ActivityDetails revise(Activity activity) {
        var objective = sectionCode.equals(activity.getSectionCode()) ? activity.getObjectiveCode() : null;
        return new ActivityDetails(titleBg, titleEn, description, sectionCode, objective,
                activity.getServesActivityId(), activity.getResponsible(), activity.getPartners(),
                activity.getFinancing(), activity.getStartsOn(), activity.getDeadline(), activity.getPlannedQuarters(),
                activity.getExpectedOutcomes(), activity.getIndicators());
    }
}
