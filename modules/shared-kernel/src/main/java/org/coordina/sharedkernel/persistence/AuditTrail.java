package org.coordina.sharedkernel.persistence;

import java.time.Instant;

import org.springframework.data.annotation.CreatedBy;
import org.springframework.data.annotation.CreatedDate;
import org.springframework.data.annotation.LastModifiedBy;
import org.springframework.data.annotation.LastModifiedDate;

/**
 * Who created and last changed an aggregate, and when: the columns {@code created_by},
 * {@code created_at}, {@code last_modified_by} and {@code last_modified_at}, embedded in every
 * mutable aggregate ({@code @Embedded.Empty AuditTrail audit}) and filled by Spring Data auditing
 * from the security context. A class rather than a record: auditing sets its fields in place, which
 * Spring Data JDBC cannot do on an embedded record.
 */
public class AuditTrail {

    @CreatedBy
    private String createdBy;

    @CreatedDate
    private Instant createdAt;

    @LastModifiedBy
    private String lastModifiedBy;

    @LastModifiedDate
    private Instant lastModifiedAt;

    /** An empty trail, filled in when the aggregate is first saved. */
    public AuditTrail() {
    }

    public String getCreatedBy() {
        return createdBy;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public String getLastModifiedBy() {
        return lastModifiedBy;
    }

    public Instant getLastModifiedAt() {
        return lastModifiedAt;
    }
}
