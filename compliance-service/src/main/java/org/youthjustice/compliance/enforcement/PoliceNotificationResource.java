package org.youthjustice.compliance.enforcement;

import static org.youthjustice.kernel.problem.QueryParameters.parse;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.youthjustice.kernel.problem.ProblemException;
import org.youthjustice.kernel.tenancy.Roles;
import org.youthjustice.problem.Violation;

/**
 * CMP-8: the police read the missed appointments of out-of-court disposals they are told of, for their
 * own authority only (their client is bound to it). No child's name or address: the case reference.
 */
@Path("/police-notifications")
@Tag(name = "police")
@Produces(MediaType.APPLICATION_JSON)
public class PoliceNotificationResource {
    @Inject
    PoliceNotifications notifications;

    @GET
    @RolesAllowed({ Roles.PARTNER_POLICE, Roles.TEAM_MANAGER, Roles.SERVICE_MANAGER })
    @Operation(summary = "Missed appointments of out-of-court disposals notified to the police (CMP-8)", description = """
            Oldest first, after `since` when given (an instant: poll with the last `notifiedAt` you read), at most 200.""")
    @APIResponse(responseCode = "200", description = "The notifications")
    @APIResponse(responseCode = "400", description = "`since` is not an instant")
    public List<PoliceNotifications.Notification> notifications(@QueryParam("since") String since) {
        List<Violation> violations = new ArrayList<>();
        Instant after = parse(since, "since", violations, Instant::parse, "an instant, e.g. 2026-11-23T09:00:00Z");
        if (!violations.isEmpty()) {
            throw ProblemException.invalid(violations);
        }
        return notifications.after(after);
    }
}
