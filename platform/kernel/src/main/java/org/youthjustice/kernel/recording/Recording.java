package org.youthjustice.kernel.recording;

import jakarta.persistence.PersistenceException;
import jakarta.ws.rs.core.Response;
import java.util.Optional;
import java.util.function.Supplier;

/** How a record submitted twice is answered: once stored, then 200 with what was stored first. */
public final class Recording {
    private Recording() {
    }

    /**
     * Records once: when the same record is submitted twice at the same moment, the unique index
     * refuses the second, which then answers with the first.
     */
    public static <R> R once(Supplier<R> record, Supplier<Optional<R>> recordedMeanwhile) {
        try {
            return record.get();
        } catch (PersistenceException concurrentDuplicate) {
            return recordedMeanwhile.get().orElseThrow(() -> concurrentDuplicate);
        }
    }

    /** 201 for a new record, 200 for one recorded before. */
    public static Response answer(boolean duplicate, Object view) {
        return Response.status(duplicate ? Response.Status.OK : Response.Status.CREATED).entity(view).build();
    }
}
