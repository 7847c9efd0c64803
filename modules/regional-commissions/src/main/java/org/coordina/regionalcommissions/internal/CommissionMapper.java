package org.coordina.regionalcommissions.internal;

import org.mapstruct.Mapper;

/** Maps commission requests to domain values and commissions to their API views. */
@Mapper
interface CommissionMapper {

    CommissionSummary toSummary(Commission commission);

    CommissionView toView(Commission commission);

    CommissionDetails toDetails(EstablishCommissionRequest request);

    CommissionDetails toDetails(CommissionDetailsData data);

    Secretary toSecretary(SecretaryData data);
}
