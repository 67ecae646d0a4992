package org.youthjustice.kernel.tenancy;

import jakarta.persistence.Column;
import jakarta.persistence.MappedSuperclass;
import org.hibernate.annotations.TenantId;

/**
 * A record that belongs to exactly one authority. Hibernate sets {@code authority} from the
 * unit of work's authority on insert, adds it to every query, and refuses to change it, so no query
 * can forget it: another authority's record is simply not found, which the API answers with 404.
 * A service's table gives the column {@code check (authority <> '-')}, so that a write by a unit of
 * work that acts for no authority ({@link AuthorityTenantResolver#NO_AUTHORITY}) fails.
 */
@MappedSuperclass
public abstract class TenantOwned {
    @TenantId
    @Column(name = "authority", nullable = false, updatable = false)
    private String authority;

    public String authority() {
        return authority;
    }
}
