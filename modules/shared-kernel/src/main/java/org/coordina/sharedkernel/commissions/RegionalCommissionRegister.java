package org.coordina.sharedkernel.commissions;

import java.time.Clock;
import java.util.Collection;
import java.util.List;
import java.util.TreeSet;
import java.util.UUID;

import org.coordina.sharedkernel.domain.CommissionCode;
import org.coordina.sharedkernel.domain.DomainProblem;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.transaction.annotation.Transactional;

/**
 * A module's own projection of the regional commissions, kept in the module's schema and fed by the module's
 * listener of the regional-commissions events; it checks the commission codes the module's data names. Each module
 * subclasses it (a {@code CommissionRegister} of its own, wired to its schema), so that its services are given
 * its register and no other module's.
 */
public abstract class RegionalCommissionRegister {

    private final Logger log = LoggerFactory.getLogger(getClass());

    private final RegisteredCommissionRepository commissions;

    private final Clock clock;

    private final String unknownMessageCode;

    /** The register over these rows; {@code unknownMessageCode} is the module's message for unknown commissions. */
    protected RegionalCommissionRegister(RegisteredCommissionRepository commissions, Clock clock,
            String unknownMessageCode) {
        this.commissions = commissions;
        this.clock = clock;
        this.unknownMessageCode = unknownMessageCode;
    }

    /**
     * Records what an event says (null: unchanged), unless a newer version is known; whether it changed. The
     * status is the regional-commissions status, kept by its name (one of {@link CommissionState}'s).
     */
    @Transactional
    public boolean project(UUID commissionId, CommissionCode code, String nameBg, String nameEn, Enum<?> status,
            long version) {
        var state = status == null ? null : CommissionState.valueOf(status.name()).name();
        var changed = commissions.upsert(commissionId, code.value(), nameBg, nameEn, state, version, clock.instant());
        if (!changed) {
            log.debug("Ignored version {} of commission {} ({}): already as new or newer", version, code, commissionId);
        }
        return changed;
    }

    /** Refuses codes of commissions unknown here or dissolved, naming them in order. */
    public void requireUsable(Collection<CommissionCode> codes) {
        if (codes.isEmpty()) {
            return;
        }
        var missing = new TreeSet<String>();
        codes.forEach(code -> missing.add(code.value()));
        commissions.findUsable(missing).forEach(known -> missing.remove(known.code()));
        if (!missing.isEmpty()) {
            throw DomainProblem.ruleViolated(unknownMessageCode, String.join(", ", missing));
        }
    }

    /** Refuses a commission unknown here or dissolved. */
    public void requireUsable(CommissionCode code) {
        requireUsable(List.of(code));
    }

    /** The commissions with these codes that are known here and not dissolved. */
    public List<RegisteredCommission> findUsable(Collection<String> codes) {
        return commissions.findUsable(codes);
    }

    /** The active commissions, by code. */
    public List<RegisteredCommission> findActive() {
        return commissions.findActive();
    }

    /** The commission with this code, as a list (none or one). */
    public List<RegisteredCommission> findByCode(String code) {
        return commissions.findByCode(code);
    }
}
