package org.youthjustice.victims.casework;

import io.quarkus.security.Authenticated;
import jakarta.inject.Inject;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.youthjustice.kernel.problem.ProblemException;
import org.youthjustice.kernel.tenancy.Caller;
import org.youthjustice.kernel.tenancy.CaseHolding;
import org.youthjustice.problem.Violation;
import org.youthjustice.victims.contact.ContactTasks;
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
    @APIResponse(responseCode = "200", description = "The tasks", content = @Content(mediaType = MediaType.APPLICATION_JSON,
            examples = @ExampleObject(name = "tasks", value = """
                    [{"id": "6a7b8c9d-0e1f-4a2b-8c3d-4e5f6a7b8c9d", "victimRef": "0b9c5a4e-2d1f-4e3c-8b7a-6d5e4f3a2b1c",
                      "caseId": "3f1c2b9e-8d7a-4c61-9f0e-2a5b6c7d8e9f", "purpose": "sentence-outcome", "rule": "VIC-6",
                      "dueDate": "2026-11-23", "dueAt": "2026-11-23T23:59:59.999999Z", "status": "due", "closedAt": null, "closedReason": null,
                      "explanation": {"rule": "VIC-6", "trigger": "the sentence on 2026-11-20; the victim is under 17 (VIC-6)",
                                      "triggeredAt": "2026-11-20T00:00:00Z", "timeLimit": "1 working-days", "policyVersion": "wokingham@3f2a1b0c9d8e",
                                      "dueDate": "2026-11-23", "skipped": [{"date": "2026-11-21", "why": "weekend"}, {"date": "2026-11-22", "why": "weekend"}],
                                      "summary": "VIC-6: 1 working-days from the sentence on 2026-11-20; the victim is under 17 (VIC-6) (2026-11-20), under policy wokingham@3f2a1b0c9d8e: due by the end of 2026-11-23, not counting 2 weekend or bank holiday day(s)"}}]""")))
    @APIResponse(responseCode = "400", description = "An unknown scope, or paging out of range")
    @APIResponse(responseCode = "404", description = "Not yours to see: victim work is for restorative justice workers and managers")
    public List<ContactTasks.TaskView> due(
            @Parameter(description = "mine or authority") @QueryParam("scope") @DefaultValue("mine") String scope,
            @QueryParam("offset") @DefaultValue("0") @Min(0) int offset,
            @QueryParam("limit") @DefaultValue("100") @Min(1) @Max(500) int limit) {
        access.requireVictimWork();
        if (!scope.equals("mine") && !scope.equals("authority")) {
            throw ProblemException.invalid(List.of(Violation.ofField("scope", "must be mine or authority")));
        }
        java.util.UUID me = scope.equals("mine") ? CaseHolding.workerId(caller.subject()) : null;
        if (scope.equals("mine") && me == null) {
            return List.of();
        }
        return tasks.due(me, offset, limit).stream().map(tasks::view).toList();
    }
}
