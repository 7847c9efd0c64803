package org.coordina.regionalcommissions.internal.web;

import java.util.UUID;

import jakarta.validation.Valid;
import org.coordina.regionalcommissions.internal.CommissionMembers;
import org.coordina.regionalcommissions.internal.Member;
import org.coordina.sharedkernel.domain.CommissionCode;
import org.coordina.sharedkernel.security.ReadsCommissionData;
import org.coordina.sharedkernel.security.WritesCommissionData;
import org.coordina.sharedkernel.web.ExpectedVersion;
import org.coordina.sharedkernel.web.Responses;
import org.coordina.sharedkernel.web.SortableBy;
import org.springframework.data.domain.Pageable;
import org.springframework.data.web.PageableDefault;
import org.springframework.data.web.PagedModel;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code /api/v1/commissions/{code}/members}: read by those who may read the commission (members'
 * contacts included), changed by the commission's own secretary only.
 */
@RestController
@RequestMapping(CommissionController.PATH + "/{code}/members")
class MemberController {

    private final CommissionMembers members;

    private final MemberMapper mapper;

    MemberController(CommissionMembers members, MemberMapper mapper) {
        this.members = members;
        this.mapper = mapper;
    }

    @GetMapping
    @ReadsCommissionData
    PagedModel<MemberView> list(@PathVariable CommissionCode code,
            @SortableBy({ "name", "institution", "joinedOn", "leftOn" }) @PageableDefault(sort = "name") Pageable pageable) {
        return new PagedModel<>(members.list(code, pageable).map(mapper::toView));
    }

    @GetMapping("/{id}")
    @ReadsCommissionData
    ResponseEntity<MemberView> show(@PathVariable CommissionCode code, @PathVariable UUID id) {
        return withEtag(members.find(code, id));
    }

    @PostMapping
    @WritesCommissionData
    ResponseEntity<MemberView> add(@PathVariable CommissionCode code, @Valid @RequestBody MemberRequest request) {
        var member = members.add(code, mapper.toDetails(request));
        return Responses.created(member.getId(), member.getVersion(), mapper.toView(member));
    }

    @PutMapping("/{id}")
    @WritesCommissionData
    ResponseEntity<MemberView> update(@PathVariable CommissionCode code, @PathVariable UUID id,
            @ExpectedVersion long version, @Valid @RequestBody MemberRequest request) {
        return withEtag(members.update(code, id, version, mapper.toDetails(request)));
    }

    @DeleteMapping("/{id}")
    @WritesCommissionData
    ResponseEntity<Void> remove(@PathVariable CommissionCode code, @PathVariable UUID id,
            @ExpectedVersion long version) {
        members.remove(code, id, version);
        return ResponseEntity.noContent().build();
    }

    private ResponseEntity<MemberView> withEtag(Member member) {
        return Responses.withEtag(member.getVersion(), mapper.toView(member));
    }
}
