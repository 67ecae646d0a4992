package org.youthjustice.kernel.tenancy;

import io.quarkus.arc.Arc;
import io.quarkus.arc.InjectableContext;
import io.quarkus.arc.ManagedContext;
import java.util.function.Supplier;

/**
 * Scheduled work that goes authority by authority (overdue milestones, retention) gives each authority a unit of work
 * of its own: a request context in which the {@link TenantContext} acts for that authority only.
 */
public final class UnitsOfWork {
    private UnitsOfWork() {
    }

    /** Runs {@code work} in a request context of its own, setting aside (and then restoring) any active one. */
    public static <T> T inRequestContext(Supplier<T> work) {
        ManagedContext context = Arc.container().requestContext();
        InjectableContext.ContextState outer = context.isActive() ? context.getState() : null;
        if (outer != null) {
            context.deactivate();
        }
        context.activate();
        try {
            return work.get();
        } finally {
            context.terminate();
            if (outer != null) {
                context.activate(outer);
            }
        }
    }
}
