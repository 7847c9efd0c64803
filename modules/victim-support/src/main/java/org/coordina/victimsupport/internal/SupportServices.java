package org.coordina.victimsupport.internal;

import java.time.Clock;
import java.util.List;
import java.util.UUID;

import org.coordina.sharedkernel.domain.DomainProblem;
import org.coordina.sharedkernel.persistence.HistoryEntry;
import org.coordina.sharedkernel.persistence.StaleVersions;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Keeps the register of support services: the only way a service enters it or changes. */
@Service
@Transactional
public class SupportServices {

    static final String TYPE = "SupportService";

    private final SupportServiceRepository services;

    private final VictimSupportHistory history;

    private final Clock clock;

    SupportServices(SupportServiceRepository services, VictimSupportHistory history, Clock clock) {
        this.services = services;
        this.history = history;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public SupportService find(UUID id) {
        return services.findById(id).orElseThrow(() -> DomainProblem.notFound("victimsupport.service.notFound", id));
    }

    public SupportService register(ServiceDetails details) {
        var saved = services.save(SupportService.register(details, clock.instant()));
        history.created(TYPE, saved.getId(), saved.getVersion(), "registered", saved.snapshot());
        return saved;
    }

    public SupportService change(UUID id, long expectedVersion, ServiceDetails details) {
        var service = find(id);
        StaleVersions.require("The support service " + id, service.getVersion(), expectedVersion);
        var before = service.snapshot();
        if (!service.change(details, clock.instant())) {
            return service;
        }
        var saved = services.save(service);
        history.changed(TYPE, id, saved.getVersion(), "changed", before, saved.snapshot(), null);
        return saved;
    }

    /** Refuses an activity's service that is not in the register (422). */
    @Transactional(readOnly = true)
    void requireKnown(UUID id) {
        if (id != null && !services.existsById(id)) {
            throw DomainProblem.ruleViolated("victimsupport.service.unknown", id);
        }
    }

    @Transactional(readOnly = true)
    public List<HistoryEntry> history(UUID id) {
        return history.of(find(id).getId());
    }
}
