package org.coordina.internationalcooperation.internal;

import java.time.Clock;
import java.util.Collection;
import java.util.HashSet;
import java.util.UUID;

import org.coordina.sharedkernel.domain.DomainProblem;
import org.coordina.sharedkernel.persistence.StaleVersions;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Registers and changes cooperation partners, and checks the partners other records name. */
@Service
@Transactional
public class Partners {

    private final PartnerRepository partners;

    private final CooperationHistory history;

    private final Clock clock;

    Partners(PartnerRepository partners, CooperationHistory history, Clock clock) {
        this.partners = partners;
        this.history = history;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public Partner find(UUID id) {
        return partners.findById(id).orElseThrow(() -> DomainProblem.notFound("internationalcooperation.partner.notFound", id));
    }

    public Partner register(PartnerDetails details) {
        var saved = partners.save(Partner.register(details, clock.instant()));
        history.created("Partner", saved.getId(), saved.getVersion(), "registered", saved.snapshot());
        return saved;
    }

    public Partner change(UUID id, long expectedVersion, PartnerDetails details) {
        var partner = find(id);
        StaleVersions.require("Partner " + id, partner.getVersion(), expectedVersion);
        var before = partner.snapshot();
        if (!partner.change(details)) {
            return partner;
        }
        var saved = partners.save(partner);
        history.changed("Partner", id, saved.getVersion(), "changed", before, saved.snapshot(), null);
        return saved;
    }

    /** Refuses ids of partners that are not registered. */
    void requireKnown(Collection<UUID> ids) {
        if (!ids.isEmpty() && partners.countExisting(new HashSet<>(ids)) != new HashSet<>(ids).size()) {
            throw DomainProblem.ruleViolated("internationalcooperation.partner.unknown");
        }
    }
}
