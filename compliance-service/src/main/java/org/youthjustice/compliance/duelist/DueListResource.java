package org.youthjustice.compliance.duelist;

import static org.youthjustice.kernel.problem.QueryParameters.parse;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.youthjustice.kernel.problem.ProblemException;
import org.youthjustice.kernel.tenancy.Caller;
import org.youthjustice.kernel.tenancy.DueListScope;
import org.youthjustice.kernel.tenancy.Roles;
import org.youthjustice.problem.Violation;

/** Compliance's due list ({@link DueList}) for me, my team or the authority. */
@Path("/due")
@Tag(name = "enforcement")
@Produces(MediaType.APPLICATION_JSON)
public class DueListResource {
    @Inject
    DueList dueList;

    @Inject
    Caller caller;

    @GET
    @RolesAllowed({ Roles.CASE_WORKER, Roles.SENIOR_CASE_MANAGER, Roles.ADVANCED_PRACTITIONER, Roles.TEAM_MANAGER,
            Roles.SERVICE_MANAGER })
    @Operation(summary = "Follow-ups and enforcement steps due, soonest first", description = """
            `scope=mine` (default: cases you hold), `team` (your team's, or for managers the `team` named) or \
            `authority` (managers); `status=overdue` for those past their time limit; at most `limit` (200) items.""")
    @APIResponse(responseCode = "200", description = "The items due")
    @APIResponse(responseCode = "400", description = "Invalid criteria, each listed")
    @APIResponse(responseCode = "403", description = "A scope your role does not read")
    public List<DueList.DueItem> due(@QueryParam("scope") String scope, @QueryParam("team") String team,
            @QueryParam("status") String status, @QueryParam("limit") String limit) {
        List<Violation> violations = new ArrayList<>();
        DueListScope whose = DueListScope.read(scope, team, caller, violations);
        if (status != null && !List.of("due", "overdue").contains(status)) {
            violations.add(Violation.ofField("status", "must be due or overdue"));
        }
        Integer max = parse(limit, "limit", violations, Integer::valueOf, "a whole number from 1 to 500");
        if (max != null && (max < 1 || max > 500)) {
            violations.add(Violation.ofField("limit", "must be a whole number from 1 to 500"));
        }
        if (!violations.isEmpty()) {
            throw ProblemException.invalid(violations);
        }
        whose.authorize(caller);
        return dueList.of(whose, status, max == null ? 200 : max);
    }
}
