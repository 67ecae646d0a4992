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
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.youthjustice.kernel.paging.PageRequest;
import org.youthjustice.kernel.problem.ProblemException;
import org.youthjustice.kernel.tenancy.CaseHolding;
import org.youthjustice.kernel.tenancy.Caller;
import org.youthjustice.kernel.tenancy.Roles;
import org.youthjustice.orders.casefile.CaseFiles.CaseSummary;
import org.youthjustice.orders.casefile.CaseFiles.CaseView;
import org.youthjustice.orders.cases.ChildCase;
import org.youthjustice.orders.cases.TransferredOutCase;
import org.youthjustice.problem.Violation;

@Path("/cases")
@Tag(name = "cases", description = "The child's case: search, the case file, its due lists (X-1)")
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
            description = "By part of the child's given or family name (any case; %, _ and ' stand for themselves), date "
                    + "of birth (YYYY-MM-DD), case reference (the whole reference, e.g. YJ-2026-ABC123), status (open, closed, transferred-out), team, and case manager (a worker id, or "
                    + "`me`); all given criteria must match. A case worker finds only the cases they hold and their team's. "
                    + "The cases your authority transferred out to another (TRF-1) are listed with status `transferred-out`, "
                    + "unless you ask for open or closed ones or a case manager. By family name, given name and date of "
                    + "birth; paged: `limit` cases (default 50, at most 200) from `offset`, `X-Total-Count` says how many "
                    + "match in all, `Link` points to the next and previous pages.")
    @APIResponse(responseCode = "200", description = "A page of the matching cases, possibly none",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = CaseSummary.class, type = SchemaType.ARRAY)))
    @APIResponse(responseCode = "400", description = "A criterion, `offset` or `limit` is not valid, each listed")
    public Response search(@QueryParam("name") String name, @QueryParam("reference") String reference,
            @QueryParam("dateOfBirth") String dateOfBirth,
            @QueryParam("status") String status, @QueryParam("team") String team, @QueryParam("caseManager") String caseManagerId,
            @Parameter(description = "items to skip, default 0") @QueryParam("offset") String offset,
            @Parameter(description = "items per page, default 50, at most 200") @QueryParam("limit") String limit,
            @Context UriInfo uri) {
        List<Violation> violations = new ArrayList<>();
        LocalDate born = parse(dateOfBirth, "dateOfBirth", violations, LocalDate::parse, "a date as YYYY-MM-DD");
        boolean transferredOut = TransferredOutCase.TRANSFERRED_OUT.equals(status);
        ChildCase.Status state = transferredOut ? null
                : parse(status, "status", violations, s -> ChildCase.Status.valueOf(s.toUpperCase()), "open, closed or transferred-out");
        UUID caseManager = "me".equals(caseManagerId) ? CaseHolding.workerId(caller.subject())
                : parse(caseManagerId, "caseManager", violations, UUID::fromString, "a worker id or 'me'");
        PageRequest page = null;
        try {
            page = PageRequest.of(offset, limit, 50, 200);
        } catch (ProblemException invalid) {
            // listed with the criteria's violations: one 400 names every bad field
            violations.addAll(invalid.problem().violations());
        }
        if (!violations.isEmpty()) {
            throw ProblemException.invalid(violations);
        }
        return caseFiles.search(new CaseFiles.Criteria(name, reference, born, state, transferredOut, caseManager, team), page)
                .toResponse(uri);
    }

    @GET
    @Path("/{id}")
    @Produces(MediaType.APPLICATION_JSON)
    @Transactional
    @RolesAllowed({ Roles.CASE_WORKER, Roles.SENIOR_CASE_MANAGER, Roles.ADVANCED_PRACTITIONER, Roles.TEAM_MANAGER,
            Roles.SERVICE_MANAGER, Roles.COURT_OFFICER, Roles.BUSINESS_SUPPORT })
    @Operation(summary = "A child's case with its court outcomes", description = """
            The case with its court outcomes, orders, risk levels, allocations, milestones, caretaking and victim risk \
            flags. A case your authority transferred out to another (TRF-1) answers with your closed record of it: \
            `status` is `transferred-out`, `readOnly` is true, `transferredOut` names the formal transfer date, the \
            receiving authority and the transfer, and the rest is what your authority held when the case left \
            (milestones as they stood that day). Nothing the receiving authority recorded since is shown (X-1), and \
            recording on the case answers 409. Read by the roles reading every case, and by those who held it when it \
            left. A case transferred back in later is read live again.""")
    @APIResponse(responseCode = "200", description = "The case, or your closed record of a case you transferred out",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = CaseView.class),
                    examples = {
                    @ExampleObject(name = "open", value = """
                            {"id": "3f1c2b9e-8d7a-4c61-9f0e-2a5b6c7d8e9f", "reference": "WOK-2026-0142", "status": "open",
                             "readOnly": false, "transferredOut": null, "openedAt": "2026-06-01T09:30:00Z",
                             "child": {"givenName": "Ash", "familyName": "Reed", "dateOfBirth": "2011-05-05",
                                       "genderIdentity": "male", "lookedAfter": false, "parentCarers": []},
                             "outcomes": [], "orders": [], "milestones": [], "caretaking": [], "victimRiskFlags": []}"""),
                    @ExampleObject(name = "transferred out", value = """
                            {"id": "3f1c2b9e-8d7a-4c61-9f0e-2a5b6c7d8e9f", "reference": "WOK-2026-0142",
                             "status": "transferred-out", "readOnly": true,
                             "transferredOut": {"date": "2026-11-20", "receivingAuthority": "nottinghamshire",
                                                "transferId": "8c0b7a4e-1f2d-4e3c-9b8a-7d6e5f4a3b2c"},
                             "openedAt": "2026-06-01T09:30:00Z",
                             "child": {"givenName": "Ash", "familyName": "Reed", "dateOfBirth": "2011-05-05",
                                       "genderIdentity": null, "lookedAfter": null, "parentCarers": []},
                             "outcomes": [{"id": "0b9e6c1a-4f3d-4b2a-8e7f-6a5b4c3d2e1f", "court": "Reading Youth Court",
                                           "hearingDate": "2026-06-01", "outcome": "sentenced",
                                           "offences": [{"description": "burglary", "imprisonable": true}]}],
                             "orders": [{"id": "5d4c3b2a-1e0f-4a9b-8c7d-6e5f4a3b2c1d", "type": "youth-rehabilitation-order",
                                         "startDate": "2026-06-01", "endDate": "2027-05-31", "status": "made",
                                         "requirements": [{"type": "supervision"}]}],
                             "allocation": null,
                             "milestones": [{"rule": "MIL-4", "step": "home-visit", "dueDate": "2026-12-10",
                                             "status": "due"}],
                             "caretaking": [], "victimRiskFlags": []}""") }))
    @APIResponse(responseCode = "404", description = "No such case in your authority, or not one of your cases")
    public CaseView get(@PathParam("id") UUID id) {
        return caseFiles.view(id);
    }
}
