package org.youthjustice.kernel.tenancy;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import java.util.Optional;

/**
 * The authority that this unit of work acts for: the caller's, from the token, in a request; the
 * event's, from its envelope, in a consumer. Every tenant-owned entity is read and written only
 * within it (see {@link TenantOwned}).
 */
@RequestScoped
public class TenantContext {
    @Inject
    Caller caller;

    private String actingFor;

    /**
     * Acts for {@code authority} where no caller's token decides it: a consumer applying an event of
     * that authority, or a scheduled job working through one authority at a time.
     */
    public void actFor(String authority) {
        if (caller.isAuthenticated()) {
            throw new IllegalStateException("a request acts for its caller's authority only");
        }
        if (actingFor != null && !actingFor.equals(authority)) {
            throw new IllegalStateException("this unit of work already acts for " + actingFor);
        }
        actingFor = authority;
    }

    public Optional<String> authority() {
        return actingFor != null ? Optional.of(actingFor) : caller.authorityIfPresent();
    }

    /** The authority, or a 403 when there is none. */
    public String requireAuthority() {
        return actingFor != null ? actingFor : caller.authority();
    }
}
