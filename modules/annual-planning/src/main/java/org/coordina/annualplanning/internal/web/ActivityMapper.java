package org.coordina.annualplanning.internal.web;

import org.coordina.annualplanning.internal.Activity;
import org.coordina.annualplanning.internal.ActivityDetails;
import org.coordina.annualplanning.internal.ActivityEntry;
import org.mapstruct.Mapper;
import org.mapstruct.Mapping;

/** Maps activity requests to activity details, and activities to their API views. */
@Mapper
interface ActivityMapper {

    @Mapping(target = "year", source = "cycleYear")
    ActivityView toView(Activity activity);

    ActivitySummary toSummary(ActivityEntry entry);

    ActivityDetails toDetails(ActivityRequest request);
}
