package org.youthjustice.orders.casefile;

import static org.youthjustice.kernel.problem.QueryParameters.parse;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.youthjustice.kernel.problem.ProblemException;
import org.youthjustice.kernel.tenancy.CaseHolding;
import org.youthjustice.kernel.tenancy.Caller;
import org.youthjustice.kernel.tenancy.Roles;
import org.youthjustice.orders.casefile.CaseFiles.CaseSummary;
import org.youthjustice.orders.casefile.CaseFiles.CaseView;
import org.youthjustice.orders.cases.ChildCase;
import org.youthjustice.problem.Violation;

@Path("/cases")
@Tag(name = "cases")
public class CaseFileResource {
    @Inject
    Caller caller;

    @Inject
    CaseFiles caseFiles;

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Transactional
    @RolesAllowed({ Roles.CASE_WORKER, Roles.SENIOR_CASE_MANAGER, Roles.ADVANCED_PRACTITIONER, Roles.TEAM_MANAGER,
            Roles.SERVICE_MANAGER, Roles.COURT_OFFICER, Roles.BUSINESS_SUPPORT })
    @Operation(summary = "Search your authority's cases",
            description = "By part of the child's given or family name, date of birth (YYYY-MM-DD), status (open, closed) "
                    + "team, and case manager (a worker id, or `me`); all given criteria must match. A case worker finds only "
                    + "the cases they hold and their team's. At most `limit` cases (default 50, at most 200), by family name.")
    @APIResponse(responseCode = "200", description = "The matching cases, possibly none")
    @APIResponse(responseCode = "400", description = "A criterion is not valid, each listed")
    public List<CaseSummary> search(@QueryParam("name") String name, @QueryParam("dateOfBirth") String dateOfBirth,
            @QueryParam("status") String status, @QueryParam("team") String team, @QueryParam("caseManager") String caseManagerId,
            @QueryParam("limit") String limit) {
        List<Violation> violations = new ArrayList<>();
        LocalDate born = parse(dateOfBirth, "dateOfBirth", violations, LocalDate::parse, "a date as YYYY-MM-DD");
        ChildCase.Status state = parse(status, "status", violations, s -> ChildCase.Status.valueOf(s.toUpperCase()), "open or closed");
        UUID caseManager = "me".equals(caseManagerId) ? CaseHolding.workerId(caller.subject())
                : parse(caseManagerId, "caseManager", violations, UUID::fromString, "a worker id or 'me'");
        Integer max = parse(limit, "limit", violations, Integer::valueOf, "a whole number from 1 to 200");
        if (max != null && (max < 1 || max > 200)) {
            violations.add(Violation.ofField("limit", "must be a whole number from 1 to 200"));
        }
        if (!violations.isEmpty()) {
            throw ProblemException.invalid(violations);
        }
        return caseFiles.search(new CaseFiles.Criteria(name, born, state, caseManager, team, max));
    }

    @GET
    @Path("/{id}")
    @Produces(MediaType.APPLICATION_JSON)
    @Transactional
    @RolesAllowed({ Roles.CASE_WORKER, Roles.SENIOR_CASE_MANAGER, Roles.ADVANCED_PRACTITIONER, Roles.TEAM_MANAGER,
            Roles.SERVICE_MANAGER, Roles.COURT_OFFICER, Roles.BUSINESS_SUPPORT })
    @Operation(summary = "A child's case with its court outcomes")
    @APIResponse(responseCode = "200", description = "The case")
    @APIResponse(responseCode = "404", description = "No such case in your authority, or not one of your cases")
    public CaseView get(@PathParam("id") UUID id) {
        return caseFiles.view(id);
    }
}
