package org.coordina.regionalcommissions.internal;

import java.util.Optional;

/** The commissions in a map. */
class InMemoryCommissions extends InMemoryRepository<Commission> implements CommissionRepository {

    InMemoryCommissions() {
        super(Commission.class);
    }

    @Override
    public Optional<Commission> findByCode(String code) {
        return where(commission -> commission.getCode().equals(code)).stream().findFirst();
    }

    @Override
    public boolean existsByCode(String code) {
        return findByCode(code).isPresent();
    }
}
