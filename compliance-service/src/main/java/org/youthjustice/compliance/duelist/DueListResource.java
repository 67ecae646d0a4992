package org.youthjustice.compliance.duelist;

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
import org.youthjustice.kernel.tenancy.Caller;
import org.youthjustice.kernel.tenancy.DueListScope;
import org.youthjustice.kernel.tenancy.Roles;
import org.youthjustice.problem.Violation;

/** Compliance's due list ({@link DueList}) for me, my team or the authority. */
@Path("/due")
@Tag(name = "enforcement", description = "An order's escalation: warnings, the compliance meeting, breach proceedings (CMP-5 to CMP-8)")
@Produces(MediaType.APPLICATION_JSON)
public class DueListResource {
    /** The page the list always answered with when no limit was named. */
    static final int DEFAULT_LIMIT = 200;
    static final int MAX_LIMIT = 500;

    @Inject
    DueList dueList;

    @Inject
    Caller caller;

    @GET
    @RolesAllowed({ Roles.CASE_WORKER, Roles.SENIOR_CASE_MANAGER, Roles.ADVANCED_PRACTITIONER, Roles.TEAM_MANAGER,
            Roles.SERVICE_MANAGER })
    @Operation(summary = "Follow-ups and enforcement steps due, soonest first", description = """
            `scope=mine` (default: cases you hold), `team` (your team's, or for managers the `team` named) or \
            `authority` (managers); `status=overdue` for those past their time limit. Paged: `limit` items (200 by \
            default, at most 500) from `offset`; `X-Total-Count` holds the whole list's size.""")
    @APIResponse(responseCode = "200", description = "The items due", content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = DueList.DueItem.class, type = SchemaType.ARRAY)))
    @APIResponse(responseCode = "400", description = "Invalid criteria or paging values, each listed")
    @APIResponse(responseCode = "403", description = "A scope your role does not read")
    public Response due(@QueryParam("scope") String scope, @QueryParam("team") String team,
            @QueryParam("status") String status,
            @Parameter(description = "items to skip, default 0") @QueryParam("offset") String offset,
            @Parameter(description = "items per page, default 200, at most 500") @QueryParam("limit") String limit,
            @Context UriInfo uri) {
        List<Violation> violations = new ArrayList<>();
        DueListScope whose = DueListScope.read(scope, team, caller, violations);
        if (status != null && !List.of("due", "overdue").contains(status)) {
            violations.add(Violation.ofField("status", "must be due or overdue"));
        }
        PageRequest page = PageRequest.of(offset, limit, DEFAULT_LIMIT, MAX_LIMIT, violations); // one 400 for bad paging and bad criteria
        whose.authorize(caller);
        return dueList.of(whose, status, page).toResponse(uri);
    }
}
