package org.coordina.annualplanning.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.UUID;

import org.junit.jupiter.api.Test;

class ContributionsTests {

    private static final Instant NOW = Instant.parse("2030-08-01T09:00:00Z");

    private final ContributionRepository repository = mock(ContributionRepository.class);

    private final Contributions contributions = new Contributions(repository, Clock.fixed(NOW, ZoneOffset.UTC));

    @Test
    void aContributionIsStoredInTheQuarterItOccurredInAndTellsWhetherItWasNew() {
        var event = UUID.randomUUID();
        var activity = UUID.randomUUID();
        var source = UUID.randomUUID();
        when(repository.insert(any(), any(), any(), any(), any(), org.mockito.ArgumentMatchers.anyInt(), any(), any(),
                any())).thenReturn(true, false);
        assertThat(contributions.record(event, activity, "victim-support", source, LocalDate.of(2030, 7, 1), 5, "S"))
                .isTrue();
        verify(repository).insert(event, activity, "victim-support", source, LocalDate.of(2030, 7, 1), 3, 5, "S", NOW);
        assertThat(contributions.record(event, activity, "victim-support", source, LocalDate.of(2030, 7, 1), 5, "S"))
                .isFalse();
    }
}
