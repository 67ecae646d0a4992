package org.youthjustice.victims.casework;

import io.quarkus.security.Authenticated;
import jakarta.inject.Inject;
import jakarta.ws.rs.DefaultValue;
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
import org.youthjustice.kernel.tenancy.Caller;
import org.youthjustice.kernel.tenancy.CaseHolding;
import org.youthjustice.problem.Violation;
import org.youthjustice.victims.contact.ContactTasks;
import org.youthjustice.victims.contact.VictimTask;
import org.youthjustice.victims.personaldata.PersonalDataAccess;

/** The contacts owed to victims, due first (VIC-1, VIC-6, VIC-8), with how each due date was worked out. */
@Path("/tasks")
@Authenticated
@Tag(name = "victim contact tasks", description = "What is owed to victims, and by when")
@Produces(MediaType.APPLICATION_JSON)
public class TaskResource {
    @Inject
    PersonalDataAccess access;

    @Inject
    ContactTasks tasks;

    @Inject
    Caller caller;

    @GET
    @Operation(summary = "Open contact tasks, soonest due first", description = """
            scope=mine (default): the cases you are the restorative justice worker of (ALC-11); scope=authority: every \
            open task of your authority. Each with its rule, due date and explanation: trigger, time limit, policy version \
            and the weekends and bank holidays not counted.""")
    @APIResponse(responseCode = "200", description = "The tasks", content = @Content(
            mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ContactTasks.TaskView.class, type = SchemaType.ARRAY),
            examples = @ExampleObject(name = "tasks", value = """
                    [{"id": "6a7b8c9d-0e1f-4a2b-8c3d-4e5f6a7b8c9d", "victimRef": "0b9c5a4e-2d1f-4e3c-8b7a-6d5e4f3a2b1c",
                      "caseId": "3f1c2b9e-8d7a-4c61-9f0e-2a5b6c7d8e9f", "purpose": "sentence-outcome", "rule": "VIC-6",
                      "dueDate": "2026-11-23", "dueAt": "2026-11-23T23:59:59.999999Z", "status": "due", "closedAt": null, "closedReason": null,
                      "explanation": {"rule": "VIC-6", "trigger": "the sentence on 2026-11-20; the victim is under 17 (VIC-6)",
                                      "triggeredAt": "2026-11-20T00:00:00Z", "timeLimit": "1 working-days", "policyVersion": "wokingham@3f2a1b0c9d8e",
                                      "dueDate": "2026-11-23", "skipped": [{"date": "2026-11-21", "why": "weekend", "name": "Saturday"}, {"date": "2026-11-22", "why": "weekend", "name": "Sunday"}],
                                      "summary": "VIC-6: 1 working-days from the sentence on 2026-11-20; the victim is under 17 (VIC-6) (2026-11-20), under policy wokingham@3f2a1b0c9d8e: due by the end of 2026-11-23, not counting 2026-11-21 (Saturday), 2026-11-22 (Sunday)"}}]""")))
    @APIResponse(responseCode = "400", description = "An unknown scope, or paging out of range (offset, limit): each field listed")
    @APIResponse(responseCode = "404", description = "Not yours to see: victim work is for restorative justice workers and managers")
    public Response due(
            @Parameter(description = "mine or authority") @QueryParam("scope") @DefaultValue("mine") String scope,
            @Parameter(description = "items to skip, default 0") @QueryParam("offset") String offset,
            @Parameter(description = "items per page, default 100, at most 500") @QueryParam("limit") String limit, @Context UriInfo uri) {
        access.requireVictimWork();
        List<Violation> violations = new ArrayList<>();
        if (!scope.equals("mine") && !scope.equals("authority")) {
            violations.add(Violation.ofField("scope", "must be mine or authority"));
        }
        PageRequest page = PageRequest.of(offset, limit, 100, 500, violations);
        java.util.UUID me = scope.equals("mine") ? CaseHolding.workerId(caller.subject()) : null;
        if (scope.equals("mine") && me == null) {
            return new Page<ContactTasks.TaskView>(List.of(), 0, page).toResponse(uri);
        }
        Page<VictimTask> due = tasks.due(me, page);
        return new Page<>(due.items().stream().map(tasks::view).toList(), due.total(), page).toResponse(uri);
    }


}
