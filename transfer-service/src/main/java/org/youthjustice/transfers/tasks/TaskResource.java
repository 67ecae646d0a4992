package org.youthjustice.transfers.tasks;

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
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.youthjustice.kernel.paging.Page;
import org.youthjustice.kernel.paging.PageRequest;
import org.youthjustice.kernel.tenancy.Roles;
import org.youthjustice.problem.Violation;

/** The authority's transfer tasks, overdue first: reviews, signatures, caretaking's exchanges and flags. */
@Path("/transfers/tasks")
@Tag(name = "transfer reviews", description = "The receiving authority's review of a transfer request and the face-to-face transfer meeting (TRF-6, TRF-7, TRF-16)")
@Produces(MediaType.APPLICATION_JSON)
public class TaskResource {
    @Inject
    TransferTasks tasks;

    @GET
    @RolesAllowed({ Roles.CASE_WORKER, Roles.SENIOR_CASE_MANAGER, Roles.ADVANCED_PRACTITIONER, Roles.TEAM_MANAGER,
            Roles.SERVICE_MANAGER })
    @Operation(summary = "Transfer tasks: what transfers ask of your authority now, overdue first, then the soonest due", description = """
            `scope=authority` (default): all of your authority's. `scope=mine`: those of the transfers you requested, \
            reviewed or drafted the caretaking agreement of. Tasks: `review` an incoming request (TRF-7: 2 working days \
            from its submission, the receiving authority's policy); `sign-agreement` (TRF-8); `answer-stage-update` \
            (TRF-15) and `decide-on-non-compliance` (TRF-14) for the home; `act-on-compliance-decision` (TRF-14) and \
            `send-contact-records` (TRF-9) for the host; `contact-records-overdue` (TRF-9) for the home; \
            `presumption-of-full-transfer` (TRF-2) for both; `record-continuation-reason` (TRF-2) for the home; \
            `open-case-from-package` (TRF-17) for a package imported from a service outside the partnership.""")
    @APIResponse(responseCode = "200", description = "The tasks", content = @Content(
            mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = TransferTasks.Task.class, type = SchemaType.ARRAY),
            examples = @ExampleObject(name = "tasks", value = """
                    [{"task": "review", "rule": "TRF-7", "transferId": "8c0b7a4e-1f2d-4e3c-9b8a-7d6e5f4a3b2c",
                      "caseId": "3f1c2b9e-8d7a-4c61-9f0e-2a5b6c7d8e9f", "kind": "caretaking", "homeAuthority": "wokingham",
                      "otherAuthority": "wokingham", "version": 1, "submittedAt": "2026-11-24T10:00:00Z",
                      "dueDate": "2026-11-26", "status": "overdue"},
                     {"task": "presumption-of-full-transfer", "rule": "TRF-2", "transferId": "9d1c8b5f-2e3a-4f4d-8c9b-8e7f6a5b4c3d",
                      "caseId": "4a2d3c0f-9e8b-4d72-8a1f-3b6c7d8e9f0a", "kind": "caretaking", "homeAuthority": "wokingham",
                      "otherAuthority": "nottinghamshire", "version": null, "submittedAt": null, "dueDate": "2027-02-28",
                      "status": "flagged"}]""")))
    @APIResponse(responseCode = "400", description = "A scope that is not mine or authority, or paging out of range (offset, limit): "
            + "each field listed")
    public Response tasks(@QueryParam("scope") String scope, @Parameter(description = "items to skip, default 0") @QueryParam("offset") String offset,
            @Parameter(description = "items per page, default 100, at most 500") @QueryParam("limit") String limit, @Context UriInfo uri) {
        String value = scope == null || scope.isBlank() ? "authority" : scope.trim();
        List<Violation> violations = new ArrayList<>();
        if (!value.equals("mine") && !value.equals("authority")) {
            violations.add(Violation.ofField("scope", "must be mine or authority"));
        }
        PageRequest page = PageRequest.of(offset, limit, 100, 500, violations);
        // worked out from the authority's transfers under way, merged from several kinds and ordered by urgency: the page
        // is cut from the whole list (an authority has tens of transfers under way, not thousands)
        return Page.of(tasks.tasks(value.equals("mine")), page).toResponse(uri);
    }


}
