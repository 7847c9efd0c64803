package org.coordina.internationalcooperation.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.coordina.internationalcooperation.events.LegislativeInitiativeAdvanced;
import org.coordina.internationalcooperation.events.LegislativeStage;
import org.coordina.sharedkernel.domain.DomainProblem;
import org.coordina.sharedkernel.persistence.AuditTrail;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.domain.AbstractAggregateRoot;
import org.springframework.data.relational.core.mapping.Embedded;
import org.springframework.data.relational.core.mapping.MappedCollection;
import org.springframework.data.relational.core.mapping.Table;

/**
 * A change of the law the commission follows or drives, such as transposing an EU directive, with the stages it
 * went through and when. Stages only move forward (proposal, public consultation, in parliament, adopted); it may
 * be dropped at any stage before adoption; adopted and dropped are final.
 */
@Table(schema = "internationalcooperation", name = "legislative_initiative")
public class LegislativeInitiative extends AbstractAggregateRoot<LegislativeInitiative> {

    @Id
    private UUID id;

    private String titleBg;

    private String titleEn;

    private String euAct;

    private String responsibleInstitution;

    private LegislativeStage stage;

    @MappedCollection(idColumn = "initiative_id", keyColumn = "ordinal")
    private List<StageReached> stages = new ArrayList<>();

    @Version
    private long version;

    @Embedded.Empty
    private AuditTrail audit = new AuditTrail();

    /** For Spring Data only. */
    private LegislativeInitiative() {
    }

    /** A new initiative at its first stage, reached on that day. */
    static LegislativeInitiative propose(String titleBg, String titleEn, String euAct, String responsibleInstitution,
            StageReached first) {
        if (isFinal(first.stage())) {
            throw DomainProblem.ruleViolated("internationalcooperation.initiative.startsFinal", first.stage());
        }
        var initiative = new LegislativeInitiative();
        initiative.id = UUID.randomUUID();
        initiative.titleBg = titleBg;
        initiative.titleEn = titleEn;
        initiative.euAct = euAct;
        initiative.responsibleInstitution = responsibleInstitution;
        initiative.stage = first.stage();
        initiative.stages.add(first);
        return initiative;
    }

    /** Moves the initiative to a later stage (or drops it), on a day no earlier than the last stage's. */
    void advance(StageReached next, Instant now) {
        if (isFinal(stage) || next.stage() != LegislativeStage.DROPPED && next.stage().compareTo(stage) <= 0) {
            throw DomainProblem.conflict("internationalcooperation.initiative.stageTransition", stage, next.stage());
        }
        var last = stages.get(stages.size() - 1);
        if (next.reachedOn().isBefore(last.reachedOn())) {
            throw DomainProblem.ruleViolated("internationalcooperation.initiative.stageDate", next.reachedOn(),
                    last.reachedOn());
        }
        var previous = stage;
        stage = next.stage();
        stages.add(next);
        registerEvent(new LegislativeInitiativeAdvanced(UUID.randomUUID(), now, id, version + 1, titleBg, titleEn, euAct,
                previous, stage, next.reachedOn()));
    }

    private static boolean isFinal(LegislativeStage stage) {
        return stage == LegislativeStage.ADOPTED || stage == LegislativeStage.DROPPED;
    }

    Map<String, Object> snapshot() {
        var fields = new LinkedHashMap<String, Object>();
        fields.put("titleBg", titleBg);
        fields.put("titleEn", titleEn);
        fields.put("euAct", euAct);
        fields.put("responsibleInstitution", responsibleInstitution);
        fields.put("stage", stage);
        fields.put("reachedOn", stages.get(stages.size() - 1).reachedOn());
        return fields;
    }

    public UUID getId() {
        return id;
    }

    public String getTitleBg() {
        return titleBg;
    }

    public String getTitleEn() {
        return titleEn;
    }

    public String getEuAct() {
        return euAct;
    }

    public String getResponsibleInstitution() {
        return responsibleInstitution;
    }

    public LegislativeStage getStage() {
        return stage;
    }

    public List<StageReached> getStages() {
        return List.copyOf(stages);
    }

    public long getVersion() {
        return version;
    }
}
