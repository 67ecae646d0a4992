package org.youthjustice.victims.dataprotection;

import static org.youthjustice.kernel.tenancy.UnitsOfWork.inRequestContext;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.function.Supplier;
import org.youthjustice.kernel.tenancy.TenantContext;

/**
 * Runs a scheduled job once per authority that has victims, each in a unit of work of its own that acts for that
 * authority only, so the job's queries are narrowed by the tenancy filter like a user's.
 */
@ApplicationScoped
public class PerAuthority {
    @Inject
    EntityManager entityManager;

    @Inject
    TenantContext tenantContext;

    /** {@code work} per authority, in a transaction; the sum of what each returned. */
    public int run(Supplier<Integer> work) {
        int total = 0;
        for (String authority : inRequestContext(this::authorities)) {
            total += inRequestContext(() -> {
                tenantContext.actFor(authority);
                return QuarkusTransaction.requiringNew().call(work::get);
            });
        }
        return total;
    }

    @SuppressWarnings("unchecked")
    private List<String> authorities() {
        // across authorities: a native query, which the tenancy filter does not narrow
        return QuarkusTransaction.requiringNew().call(() -> entityManager
                .createNativeQuery("select distinct authority from victim where erased_at is null").getResultList());
    }
}
