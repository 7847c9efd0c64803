package org.coordina.annualplanning.internal;

import java.math.BigDecimal;
import java.net.URI;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;

import org.coordina.annualplanning.events.ActivityStatus;
import org.coordina.sharedkernel.domain.DomainProblem;

/**
 * What the owner reports about one activity in a quarter: its status, a narrative, how many people it
 * reached, links to evidence (http or https URLs) and the values of its indicators.
 */
public record ProgressDetails(ActivityStatus status, String narrative, Integer peopleReached, List<String> evidence,
        Set<IndicatorValue> indicatorValues) {

    /** The largest value {@code numeric(14, 2)} holds, exclusive. */
    private static final BigDecimal LIMIT = new BigDecimal("1000000000000");

    public ProgressDetails {
        if (status == null) {
            throw DomainProblem.ruleViolated("annualplanning.progress.statusMissing");
        }
        narrative = narrative == null || narrative.isBlank() ? null : narrative.strip();
        if (peopleReached != null && peopleReached < 0) {
            throw DomainProblem.ruleViolated("annualplanning.progress.negativePeople", peopleReached);
        }
        evidence = evidence == null ? List.of() : evidence.stream().map(ProgressDetails::requireUrl).toList();
        var seen = new HashSet<UUID>();
        var normalised = new HashSet<IndicatorValue>();
        for (IndicatorValue each : indicatorValues == null ? Set.<IndicatorValue>of() : indicatorValues) {
            if (each.indicatorId() == null || each.value() == null) {
                throw DomainProblem.ruleViolated("annualplanning.progress.valueMissing");
            }
            if (!seen.add(each.indicatorId())) {
                throw DomainProblem.ruleViolated("annualplanning.progress.duplicateIndicator", each.indicatorId());
            }
            if (each.value().signum() < 0 || each.value().compareTo(LIMIT) >= 0 || each.value().scale() > 2) {
                throw DomainProblem.ruleViolated("annualplanning.progress.valueOutOfRange", each.value());
            }
            // Stored as numeric(14, 2): 5 and 5.00 are the same value, so that re-sending it changes nothing.
            normalised.add(new IndicatorValue(each.indicatorId(), each.value().setScale(2)));
        }
        indicatorValues = Set.copyOf(normalised);
    }

    /** A progress entry of an activity nobody has reported on yet. */
    static ProgressDetails notStarted() {
        return new ProgressDetails(ActivityStatus.NOT_STARTED, null, null, List.of(), Set.of());
    }

    /** Refuses values of indicators that the activity does not have. */
    void requireIndicatorsOf(Set<UUID> activityIndicators) {
        for (IndicatorValue each : indicatorValues) {
            if (!activityIndicators.contains(each.indicatorId())) {
                throw DomainProblem.ruleViolated("annualplanning.progress.unknownIndicator", each.indicatorId());
            }
        }
    }

    private static String requireUrl(String text) {
        var candidate = text == null ? "" : text.strip();
        try {
            var uri = URI.create(candidate);
            var scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            if ((scheme.equals("http") || scheme.equals("https")) && uri.getHost() != null) {
                return candidate;
            }
        } catch (IllegalArgumentException e) {
            // falls through to the refusal below
        }
        throw DomainProblem.ruleViolated("annualplanning.progress.badEvidence", candidate);
    }
}
