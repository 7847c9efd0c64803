package org.coordina.internationalcooperation.internal;

import java.util.List;
import java.util.UUID;

import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.ListCrudRepository;

/** The legislative initiatives with their stages. */
interface LegislativeInitiativeRepository extends ListCrudRepository<LegislativeInitiative, UUID> {

    @Query("SELECT * FROM internationalcooperation.legislative_initiative WHERE eu_act = :euAct")
    List<LegislativeInitiative> findByEuAct(String euAct);
}
