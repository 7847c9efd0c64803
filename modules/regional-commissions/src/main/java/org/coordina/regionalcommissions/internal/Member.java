package org.coordina.regionalcommissions.internal;

import java.time.LocalDate;
import java.util.Objects;
import java.util.UUID;

import org.coordina.sharedkernel.persistence.AuditTrail;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Embedded;
import org.springframework.data.relational.core.mapping.Table;

/**
 * A member of a local commission. Members are an aggregate of their own, referring to their
 * commission by id: a secretary editing one member never conflicts with an edit of another member
 * or of the commission, and the list is read page by page instead of loading the whole commission.
 * Members carry personal contact data, so they cause no events.
 */
@Table(schema = "regionalcommissions", name = "member")
public class Member {

    @Id
    private UUID id;

    private UUID commissionId;

    private String name;

    private String institution;

    private String position;

    private String email;

    private String phone;

    private LocalDate joinedOn;

    private LocalDate leftOn;

    @Version
    private long version;

    @Embedded.Empty
    private AuditTrail audit = new AuditTrail();

    /** For Spring Data only. */
    private Member() {
    }

    /** A person joining the commission with this id. */
    static Member join(UUID commissionId, MemberDetails details) {
        var member = new Member();
        member.id = UUID.randomUUID();
        member.commissionId = Objects.requireNonNull(commissionId, "commissionId");
        member.apply(details);
        return member;
    }

    /** Corrects or completes what is recorded, including the day the member left. */
    void update(MemberDetails details) {
        apply(details);
    }

    private void apply(MemberDetails details) {
        Objects.requireNonNull(details, "details");
        name = details.name();
        institution = details.institution();
        position = details.position();
        email = details.email();
        phone = details.phone();
        joinedOn = details.joinedOn();
        leftOn = details.leftOn();
    }

    // Public getters only because MapStruct reads public accessors; the class itself stays package-private.
    public UUID getId() {
        return id;
    }

    public UUID getCommissionId() {
        return commissionId;
    }

    public String getName() {
        return name;
    }

    public String getInstitution() {
        return institution;
    }

    public String getPosition() {
        return position;
    }

    public String getEmail() {
        return email;
    }

    public String getPhone() {
        return phone;
    }

    public LocalDate getJoinedOn() {
        return joinedOn;
    }

    public LocalDate getLeftOn() {
        return leftOn;
    }

    public long getVersion() {
        return version;
    }
}
