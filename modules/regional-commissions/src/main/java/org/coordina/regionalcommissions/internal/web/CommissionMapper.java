package org.coordina.regionalcommissions.internal.web;

import org.coordina.regionalcommissions.internal.Commission;
import org.coordina.regionalcommissions.internal.CommissionDetails;
import org.coordina.regionalcommissions.internal.Secretary;
import org.mapstruct.Mapper;

/** Maps commission requests to domain values and commissions to their API views. */
@Mapper
interface CommissionMapper {

    CommissionSummary toSummary(Commission commission);

    CommissionView toView(Commission commission);

    CommissionDetails toDetails(EstablishCommissionRequest request);

    CommissionDetails toDetails(CommissionDetailsRequest request);

    Secretary toSecretary(SecretaryRequest request);
}
