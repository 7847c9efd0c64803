package org.coordina.annualplanning.internal;

import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoMoreInteractions;

import java.time.Instant;
import java.util.UUID;

import org.coordina.annualplanning.events.ActivityChanged;
import org.coordina.annualplanning.events.ActivityOrigin;
import org.coordina.annualplanning.events.ActivityPlanned;
import org.coordina.annualplanning.events.ActivityProgressReported;
import org.coordina.annualplanning.events.ActivityStatus;
import org.coordina.sharedkernel.domain.Party;
import org.junit.jupiter.api.Test;

class ActivityFiguresListenerTests {

    private static final Instant NOW = Instant.parse("2030-01-10T09:00:00Z");

    private final ActivityFigures figures = mock(ActivityFigures.class);

    private final ActivityFiguresListener listener = new ActivityFiguresListener(figures);

    private final UUID activity = UUID.randomUUID();

    @Test
    void aPlannedActivityGetsItsFigures() {
        listener.on(new ActivityPlanned(UUID.randomUUID(), NOW, activity, 1, UUID.randomUUID(), 2030, Party.NATIONAL,
                "II", "Кампания", "Campaign", null, ActivityOrigin.MANUAL, null));
        verify(figures).refresh(activity);
        verifyNoMoreInteractions(figures);
    }

    @Test
    void aChangedActivityHasItsFiguresRefreshed() {
        listener.on(new ActivityChanged(UUID.randomUUID(), NOW, activity, 2, UUID.randomUUID(), 2030, Party.NATIONAL,
                "II", "Кампания", "Campaign", null));
        verify(figures).refresh(activity);
        verifyNoMoreInteractions(figures);
    }

    @Test
    void reportedProgressRefreshesTheFiguresOfItsActivityNotOfTheEntry() {
        listener.on(new ActivityProgressReported(UUID.randomUUID(), NOW, UUID.randomUUID(), 1, activity, 2030,
                Party.NATIONAL, 2, ActivityStatus.IN_PROGRESS, 12));
        verify(figures).refresh(activity);
        verifyNoMoreInteractions(figures);
    }
}
