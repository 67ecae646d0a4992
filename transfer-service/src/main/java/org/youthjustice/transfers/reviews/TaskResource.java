package org.youthjustice.transfers.reviews;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.youthjustice.events.transfers.TransferKind;
import org.youthjustice.kernel.problem.ProblemException;
import org.youthjustice.kernel.tenancy.Roles;
import org.youthjustice.problem.Violation;

/** The receiving authority's transfer tasks: incoming requests awaiting review, overdue first (TRF-6, TRF-7). */
@Path("/transfers/tasks")
@Tag(name = "transfer reviews")
@Produces(MediaType.APPLICATION_JSON)
public class TaskResource {
    @Inject
    Reviews reviews;

    public record TaskView(UUID transferId, UUID caseId, TransferKind kind, String homeAuthority, int version, Instant submittedAt,
            LocalDate dueDate, String status) {
    }

    @GET
    @RolesAllowed({ Roles.ADVANCED_PRACTITIONER, Roles.TEAM_MANAGER, Roles.SERVICE_MANAGER })
    @Operation(summary = "Transfer tasks: incoming requests awaiting review, overdue first, then the soonest due", description = """
            `scope=authority` (default): every request awaiting your authority's review. `scope=mine`: those coming \
            back to you, re-submitted after you stayed or rejected an earlier version. Each with its TRF-7 time limit \
            (2 working days from the submission, the receiving authority's policy): due or overdue.""")
    @APIResponse(responseCode = "200", description = "The tasks", content = @Content(mediaType = MediaType.APPLICATION_JSON,
            examples = @ExampleObject(name = "tasks", value = """
                    [{"transferId": "8c0b7a4e-1f2d-4e3c-9b8a-7d6e5f4a3b2c", "caseId": "3f1c2b9e-8d7a-4c61-9f0e-2a5b6c7d8e9f",
                      "kind": "caretaking", "homeAuthority": "wokingham", "version": 1, "submittedAt": "2026-11-24T10:00:00Z",
                      "dueDate": "2026-11-26", "status": "overdue"}]""")))
    @APIResponse(responseCode = "400", description = "A scope that is not mine or authority")
    public List<TaskView> tasks(@QueryParam("scope") String scope) {
        String value = scope == null || scope.isBlank() ? "authority" : scope.trim();
        if (!value.equals("mine") && !value.equals("authority")) {
            throw ProblemException.invalid(List.of(Violation.ofField("scope", "must be mine or authority")));
        }
        return reviews.tasks(value.equals("mine")).stream().map(task -> new TaskView(task.transfer().id, task.transfer().caseId,
                task.transfer().kind, task.transfer().homeAuthority, task.version().number, task.version().submittedAt,
                task.timeLimit().dueDate(), task.timeLimit().status())).toList();
    }

}
