package org.coordina.victimsupport.internal;

import java.util.Optional;
import java.util.UUID;

import org.springframework.data.repository.ListCrudRepository;

/** The victim statistics, one per commission and quarter. */
interface VictimStatisticsRepository extends ListCrudRepository<VictimStatistics, UUID> {

    Optional<VictimStatistics> findByCommissionCodeAndYearAndQuarter(String commissionCode, int year, int quarter);
}
