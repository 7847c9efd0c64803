package org.coordina.regionalcommissions.internal;

import org.mapstruct.Mapper;

/** Maps member requests to domain values and members to their API views. */
@Mapper
interface MemberMapper {

    MemberView toView(Member member);

    MemberDetails toDetails(MemberData data);
}
