package org.youthjustice.kernel.tenancy;

import io.quarkus.arc.Arc;
import io.quarkus.hibernate.orm.PersistenceUnitExtension;
import io.quarkus.hibernate.orm.runtime.tenant.TenantResolver;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * Tells Hibernate the authority of the current unit of work, which it then writes into and filters
 * every query of a {@link TenantOwned} entity by. With no authority, the session's tenant is
 * {@link #NO_AUTHORITY}, which owns no record: nothing is found and nothing can be written.
 */
@PersistenceUnitExtension
@ApplicationScoped
public class AuthorityTenantResolver implements TenantResolver {
    public static final String NO_AUTHORITY = "-";

    @Inject
    TenantContext tenantContext;

    @Override
    public String getDefaultTenantId() {
        return NO_AUTHORITY;
    }

    @Override
    public String resolveTenantId() {
        if (!Arc.container().requestContext().isActive()) {
            return NO_AUTHORITY;
        }
        return tenantContext.authority().orElse(NO_AUTHORITY);
    }
}
