package org.coordina.regionalcommissions.internal;

import org.coordina.testsupport.InMemoryRepository;
import java.util.List;
import java.util.Optional;

/** The commissions in a map. */
class InMemoryCommissions extends InMemoryRepository<Commission> implements CommissionRepository {

    InMemoryCommissions(List<Object> published) {
        super(Commission.class, published);
    }

    @Override
    public Optional<Commission> findByCode(String code) {
        return where(commission -> commission.getCode().value().equals(code)).stream().findFirst();
    }

    @Override
    public boolean existsByCode(String code) {
        return findByCode(code).isPresent();
    }
}
