package org.coordina.regionalcommissions.internal;

import java.net.URI;
import java.util.Map;
import java.util.UUID;

import jakarta.validation.Valid;
import org.coordina.sharedkernel.security.CommissionAccess;
import org.coordina.sharedkernel.web.Versions;
import org.springframework.data.domain.Pageable;
import org.springframework.data.web.PageableDefault;
import org.springframework.data.web.PagedModel;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code /api/v1/commissions/{code}/members}: read by those who may read the commission (members'
 * contacts included), changed by the commission's own secretary only.
 */
@RestController
@RequestMapping(CommissionController.PATH + "/{code}/members")
class MemberController {

    private static final Map<String, String> SORTABLE = Map.of("name", "name", "institution", "institution",
            "joinedOn", "joinedOn", "leftOn", "leftOn");

    private final CommissionMembers members;

    private final MemberMapper mapper;

    private final CommissionAccess access;

    MemberController(CommissionMembers members, MemberMapper mapper, CommissionAccess access) {
        this.members = members;
        this.mapper = mapper;
        this.access = access;
    }

    @GetMapping
    PagedModel<MemberView> list(@PathVariable String code, @PageableDefault(sort = "name") Pageable pageable) {
        access.checkRead(code);
        return new PagedModel<>(members.list(code, PageRequests.restrict(pageable, SORTABLE)).map(mapper::toView));
    }

    @GetMapping("/{id}")
    ResponseEntity<MemberView> show(@PathVariable String code, @PathVariable UUID id) {
        access.checkRead(code);
        return withEtag(members.find(code, id));
    }

    @PostMapping
    ResponseEntity<MemberView> add(@PathVariable String code, @Valid @RequestBody MemberData data) {
        access.checkWrite(code);
        var member = members.add(code, mapper.toDetails(data));
        return ResponseEntity.created(URI.create(CommissionController.PATH + "/" + code + "/members/" + member.getId()))
                .eTag(Versions.etag(member.getVersion()))
                .body(mapper.toView(member));
    }

    @PutMapping("/{id}")
    ResponseEntity<MemberView> update(@PathVariable String code, @PathVariable UUID id,
            @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch,
            @Valid @RequestBody MemberData data) {
        access.checkWrite(code);
        return withEtag(members.update(code, id, Versions.fromIfMatch(ifMatch), mapper.toDetails(data)));
    }

    @DeleteMapping("/{id}")
    ResponseEntity<Void> remove(@PathVariable String code, @PathVariable UUID id,
            @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch) {
        access.checkWrite(code);
        members.remove(code, id, Versions.fromIfMatch(ifMatch));
        return ResponseEntity.noContent().build();
    }

    private ResponseEntity<MemberView> withEtag(Member member) {
        return ResponseEntity.ok().eTag(Versions.etag(member.getVersion())).body(mapper.toView(member));
    }
}
