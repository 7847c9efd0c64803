package org.coordina.regionalcommissions.internal;

import org.coordina.sharedkernel.domain.DomainProblem;

import java.util.Collections;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;

/**
 * What a commission observed in a period: a title and summary, the forms of exploitation, the
 * groups at risk, how victims were recruited, where they were taken (ISO 3166 alpha-2 codes), and
 * what it recommends. Missing lists are empty; repeated entries count once.
 */
public record TrendReportContent(String title, String summary, Set<ExploitationForm> exploitationForms,
        List<String> riskGroups, List<String> recruitmentChannels, List<String> destinationCountries,
        String recommendations) {

    private static final Set<String> COUNTRIES = Locale.getISOCountries(Locale.IsoCountryCode.PART1_ALPHA2);

    public TrendReportContent {
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(summary, "summary");
        exploitationForms = exploitationForms == null || exploitationForms.isEmpty()
                ? Set.of() : Collections.unmodifiableSet(EnumSet.copyOf(exploitationForms));
        riskGroups = distinct(riskGroups);
        recruitmentChannels = distinct(recruitmentChannels);
        destinationCountries = distinct(destinationCountries);
        for (String country : destinationCountries) {
            if (!COUNTRIES.contains(country)) {
                throw DomainProblem.ruleViolated("regionalcommissions.trendReport.unknownCountry", country);
            }
        }
    }

    public static boolean isCountry(String code) {
        return COUNTRIES.contains(code);
    }

    private static List<String> distinct(List<String> values) {
        return values == null ? List.of() : List.copyOf(new LinkedHashSet<>(values));
    }
}
