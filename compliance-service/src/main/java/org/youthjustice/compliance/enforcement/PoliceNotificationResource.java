package org.youthjustice.compliance.enforcement;

import static org.youthjustice.kernel.problem.QueryParameters.parse;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.youthjustice.kernel.paging.PageRequest;
import org.youthjustice.kernel.tenancy.Roles;
import org.youthjustice.problem.Violation;

/**
 * CMP-8: the police read the missed appointments of out-of-court disposals they are told of, for their
 * own authority only (their client is bound to it). No child's name or address: the case reference.
 */
@Path("/police-notifications")
@Tag(name = "police", description = "Notifications to the police partner of out-of-court non-compliance (CMP-8)")
@Produces(MediaType.APPLICATION_JSON)
public class PoliceNotificationResource {
    /** The page the list always answered with. */
    static final int DEFAULT_LIMIT = 200;
    static final int MAX_LIMIT = 500;

    @Inject
    PoliceNotifications notifications;

    @GET
    @RolesAllowed({ Roles.PARTNER_POLICE, Roles.TEAM_MANAGER, Roles.SERVICE_MANAGER })
    @Operation(summary = "Missed appointments of out-of-court disposals notified to the police (CMP-8)", description = """
            Oldest first, after `since` when given (an instant: poll with the last `notifiedAt` you read). Paged: \
            `limit` items (200 by default, at most 500) from `offset`; `X-Total-Count` holds how many there are after \
            `since`.""")
    @APIResponse(responseCode = "200", description = "The notifications", content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = PoliceNotifications.Notification.class, type = SchemaType.ARRAY)))
    @APIResponse(responseCode = "400", description = "`since` is not an instant, or invalid paging values, each listed")
    public Response notifications(@QueryParam("since") String since,
            @Parameter(description = "items to skip, default 0") @QueryParam("offset") String offset,
            @Parameter(description = "items per page, default 200, at most 500") @QueryParam("limit") String limit,
            @Context UriInfo uri) {
        List<Violation> violations = new ArrayList<>();
        Instant after = parse(since, "since", violations, Instant::parse, "an instant, e.g. 2026-11-23T09:00:00Z");
        PageRequest page = PageRequest.of(offset, limit, DEFAULT_LIMIT, MAX_LIMIT, violations); // one 400 for bad paging and bad criteria
        return notifications.after(after, page).toResponse(uri);
    }
}
