package org.coordina.regionalcommissions.internal.web;

import org.coordina.regionalcommissions.internal.Member;
import org.coordina.regionalcommissions.internal.MemberDetails;
import org.mapstruct.Mapper;

/** Maps member requests to domain values and members to their API views. */
@Mapper
interface MemberMapper {

    MemberView toView(Member member);

    MemberDetails toDetails(MemberRequest request);
}
