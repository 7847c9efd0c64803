package org.coordina.internationalcooperation.internal;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.coordina.internationalcooperation.events.CooperationActivityKind;
import org.coordina.internationalcooperation.events.CooperationActivityRecorded;
import org.coordina.sharedkernel.domain.CommissionCode;
import org.coordina.sharedkernel.persistence.AuditTrail;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.domain.AbstractAggregateRoot;
import org.springframework.data.relational.core.mapping.Embedded;
import org.springframework.data.relational.core.mapping.MappedCollection;
import org.springframework.data.relational.core.mapping.Table;

/** Something done with partners abroad: a project, a visit, a conference, a referral of victims (counts only), a campaign. */
@Table(schema = "internationalcooperation", name = "cooperation_activity")
public class CooperationActivity extends AbstractAggregateRoot<CooperationActivity> {

    @Id
    private UUID id;

    private CooperationActivityKind kind;

    private String titleBg;

    private String titleEn;

    @MappedCollection(idColumn = "activity_id")
    private Set<ActivityPartner> partners = new HashSet<>();

    private LocalDate startsOn;

    private LocalDate endsOn;

    private String place;

    @MappedCollection(idColumn = "activity_id")
    private Set<ActivityCommission> commissions = new HashSet<>();

    private String funder;

    private BigDecimal budget;

    private String currency;

    private String outcomes;

    private UUID planningActivityId;

    private Integer peopleReached;

    private Integer referrals;

    @MappedCollection(idColumn = "activity_id")
    private Set<ActivityCountry> countries = new HashSet<>();

    @Version
    private long version;

    @Embedded.Empty
    private AuditTrail audit = new AuditTrail();

    /** For Spring Data only. */
    private CooperationActivity() {
    }

    static CooperationActivity record(ActivityDetails details, Instant now) {
        var activity = new CooperationActivity();
        activity.id = UUID.randomUUID();
        activity.apply(details);
        activity.registerEvent(new CooperationActivityRecorded(UUID.randomUUID(), now, activity.id, activity.version + 1, details.kind(),
                details.titleBg(), details.titleEn(), details.startsOn(), details.endsOn(), activity.getCommissions(),
                activity.getPartnerIds(), details.planningActivityId(), details.peopleReached(), details.referrals(),
                activity.getCountries()));
        return activity;
    }

    /** Replaces what the activity is; whether anything changed. */
    boolean change(ActivityDetails details) {
        if (details().equals(details)) {
            return false;
        }
        apply(details);
        return true;
    }

    ActivityDetails details() {
        return new ActivityDetails(kind, titleBg, titleEn, Set.copyOf(getPartnerIds()), startsOn, endsOn, place,
                Set.copyOf(getCommissions()), funder, budget, currency, outcomes, planningActivityId, peopleReached,
                referrals, Set.copyOf(getCountries()));
    }

    Map<String, Object> snapshot() {
        var fields = new LinkedHashMap<String, Object>();
        fields.put("kind", kind);
        fields.put("titleBg", titleBg);
        fields.put("titleEn", titleEn);
        fields.put("partnerIds", getPartnerIds());
        fields.put("startsOn", startsOn);
        fields.put("endsOn", endsOn);
        fields.put("place", place);
        fields.put("commissions", getCommissions().stream().map(CommissionCode::value).toList());
        fields.put("funder", funder);
        fields.put("budget", budget);
        fields.put("currency", currency);
        fields.put("outcomes", outcomes);
        fields.put("planningActivityId", planningActivityId);
        fields.put("peopleReached", peopleReached);
        fields.put("referrals", referrals);
        fields.put("countries", getCountries());
        return fields;
    }

    private void apply(ActivityDetails details) {
        kind = details.kind();
        titleBg = details.titleBg();
        titleEn = details.titleEn();
        partners = details.partnerIds().stream().map(ActivityPartner::new).collect(Collectors.toCollection(HashSet::new));
        startsOn = details.startsOn();
        endsOn = details.endsOn();
        place = details.place();
        commissions = details.commissions().stream().map(code -> new ActivityCommission(code.value()))
                .collect(Collectors.toCollection(HashSet::new));
        funder = details.funder();
        budget = details.budget();
        currency = details.currency();
        outcomes = details.outcomes();
        planningActivityId = details.planningActivityId();
        peopleReached = details.peopleReached();
        referrals = details.referrals();
        countries = details.countries().stream().map(ActivityCountry::new).collect(Collectors.toCollection(HashSet::new));
    }

    public UUID getId() {
        return id;
    }

    public CooperationActivityKind getKind() {
        return kind;
    }

    public String getTitleBg() {
        return titleBg;
    }

    public String getTitleEn() {
        return titleEn;
    }

    public List<UUID> getPartnerIds() {
        return partners.stream().map(ActivityPartner::partnerId).sorted().toList();
    }

    public LocalDate getStartsOn() {
        return startsOn;
    }

    public LocalDate getEndsOn() {
        return endsOn;
    }

    public String getPlace() {
        return place;
    }

    public List<CommissionCode> getCommissions() {
        return commissions.stream().map(ActivityCommission::code).sorted().map(CommissionCode::new).toList();
    }

    public String getFunder() {
        return funder;
    }

    public BigDecimal getBudget() {
        return budget;
    }

    public String getCurrency() {
        return currency;
    }

    public String getOutcomes() {
        return outcomes;
    }

    public UUID getPlanningActivityId() {
        return planningActivityId;
    }

    public Integer getPeopleReached() {
        return peopleReached;
    }

    public Integer getReferrals() {
        return referrals;
    }

    public List<String> getCountries() {
        return countries.stream().map(ActivityCountry::country).sorted().toList();
    }

    public long getVersion() {
        return version;
    }
}
