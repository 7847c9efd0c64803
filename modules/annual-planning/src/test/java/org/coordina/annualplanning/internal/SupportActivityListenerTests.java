package org.coordina.annualplanning.internal;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.ArgumentMatchers.isNull;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import org.coordina.sharedkernel.domain.CommissionCode;
import org.coordina.victimsupport.events.ProtectedFigure;
import org.coordina.victimsupport.events.SupportActivityKind;
import org.coordina.victimsupport.events.SupportActivityReported;
import org.junit.jupiter.api.Test;

class SupportActivityListenerTests {

    private static final LocalDate PERIOD_TO = LocalDate.of(2030, 6, 30);

    private final Contributions contributions = mock(Contributions.class);

    private final SupportActivityListener listener = new SupportActivityListener(contributions);

    private final UUID planningActivity = UUID.randomUUID();

    @Test
    void aReportedSupportActivityContributesItsPeopleToTheActivityItNames() {
        var event = reported(ProtectedFigure.of(12), "Group sessions", planningActivity);
        listener.on(event);
        verify(contributions).record(event.eventId(), planningActivity, "victim-support", event.activityId(), PERIOD_TO,
                12, "CRISIS_INTERVENTION: Group sessions");
    }

    @Test
    void aSuppressedOrMissingFigureContributesNoPeople() {
        var hidden = reported(ProtectedFigure.hidden(), null, planningActivity);
        listener.on(hidden);
        verify(contributions).record(eq(hidden.eventId()), eq(planningActivity), anyString(), any(), any(), isNull(),
                eq("CRISIS_INTERVENTION"));
        var missing = reported(null, null, planningActivity);
        listener.on(missing);
        verify(contributions).record(eq(missing.eventId()), eq(planningActivity), anyString(), any(), any(), isNull(),
                anyString());
    }

    @Test
    void aLongDescriptionIsCutToTheSummarysLength() {
        var exact = reported(ProtectedFigure.of(1), "x".repeat(500 - "CRISIS_INTERVENTION: ".length()), planningActivity);
        listener.on(exact);
        verify(contributions).record(eq(exact.eventId()), any(), anyString(), any(), any(), eq(1),
                eq("CRISIS_INTERVENTION: " + exact.description()));
        var longer = reported(ProtectedFigure.of(1), "y".repeat(600), planningActivity);
        listener.on(longer);
        verify(contributions).record(eq(longer.eventId()), any(), anyString(), any(), any(), eq(1),
                eq(("CRISIS_INTERVENTION: " + longer.description()).substring(0, 500)));
    }

    @Test
    void anActivityNamingNoPlanningActivityContributesNothing() {
        listener.on(reported(ProtectedFigure.of(3), "Sessions", null));
        verifyNoInteractions(contributions);
    }

    private static SupportActivityReported reported(ProtectedFigure people, String description, UUID planningActivity) {
        return new SupportActivityReported(UUID.randomUUID(), Instant.parse("2030-07-01T09:00:00Z"), UUID.randomUUID(),
                1, new CommissionCode("VAR"), SupportActivityKind.CRISIS_INTERVENTION, LocalDate.of(2030, 4, 1),
                PERIOD_TO, null, people, description, planningActivity);
    }
}
