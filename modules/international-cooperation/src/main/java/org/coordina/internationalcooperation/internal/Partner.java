package org.coordina.internationalcooperation.internal;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import org.coordina.internationalcooperation.events.PartnerKind;
import org.coordina.internationalcooperation.events.PartnerRegistered;
import org.coordina.sharedkernel.persistence.AuditTrail;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.domain.AbstractAggregateRoot;
import org.springframework.data.relational.core.mapping.Embedded;
import org.springframework.data.relational.core.mapping.Table;

/** A body the national commission cooperates with: an international organisation, an EU body, a foreign authority, an NGO. */
@Table(schema = "internationalcooperation", name = "partner")
public class Partner extends AbstractAggregateRoot<Partner> {

    @Id
    private UUID id;

    private String nameBg;

    private String nameEn;

    private PartnerKind kind;

    private String country;

    private String contacts;

    private String website;

    @Version
    private long version;

    @Embedded.Empty
    private AuditTrail audit = new AuditTrail();

    /** For Spring Data only. */
    private Partner() {
    }

    static Partner register(PartnerDetails details, Instant now) {
        var partner = new Partner();
        partner.id = UUID.randomUUID();
        partner.apply(details);
        partner.registerEvent(new PartnerRegistered(UUID.randomUUID(), now, partner.id, partner.version + 1, details.nameBg(),
                details.nameEn(), details.kind(), details.country()));
        return partner;
    }

    /** Replaces what the partner is; whether anything changed. */
    boolean change(PartnerDetails details) {
        if (details().equals(details)) {
            return false;
        }
        apply(details);
        return true;
    }

    PartnerDetails details() {
        return new PartnerDetails(nameBg, nameEn, kind, country, contacts, website);
    }

    Map<String, Object> snapshot() {
        var fields = new LinkedHashMap<String, Object>();
        fields.put("nameBg", nameBg);
        fields.put("nameEn", nameEn);
        fields.put("kind", kind);
        fields.put("country", country);
        fields.put("contacts", contacts);
        fields.put("website", website);
        return fields;
    }

    private void apply(PartnerDetails details) {
        nameBg = details.nameBg();
        nameEn = details.nameEn();
        kind = details.kind();
        country = details.country();
        contacts = details.contacts();
        website = details.website();
    }

    public UUID getId() {
        return id;
    }

    public String getNameBg() {
        return nameBg;
    }

    public String getNameEn() {
        return nameEn;
    }

    public PartnerKind getKind() {
        return kind;
    }

    public String getCountry() {
        return country;
    }

    public String getContacts() {
        return contacts;
    }

    public String getWebsite() {
        return website;
    }

    public long getVersion() {
        return version;
    }
}
