package org.coordina.regionalcommissions.internal.web;

import org.coordina.regionalcommissions.internal.Member;
import org.coordina.regionalcommissions.internal.MemberDetails;
import org.coordina.regionalcommissions.internal.MemberEntry;
import org.mapstruct.Mapper;

/** Maps member requests to domain values and members to their API views. */
@Mapper
interface MemberMapper {

    MemberView toView(Member member);

    MemberView toView(MemberEntry entry);

    MemberDetails toDetails(MemberRequest request);
}
