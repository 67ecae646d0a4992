package org.youthjustice.compliance.enforcement;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.youthjustice.compliance.absences.Absence;
import org.youthjustice.compliance.absences.AbsenceResource.AbsenceView;
import org.youthjustice.compliance.absences.Absences;
import org.youthjustice.compliance.letters.Letters;
import org.youthjustice.compliance.supervision.CaseAccess;
import org.youthjustice.kernel.tenancy.Roles;

/** An order's enforcement, read in one call, and the steps people complete (CMP-5 to CMP-8). */
@Path("/cases/{caseId}")
@Tag(name = "enforcement", description = "An order's escalation: warnings, the compliance meeting, breach proceedings (CMP-5 to CMP-8)")
@Produces(MediaType.APPLICATION_JSON)
public class EnforcementResource {
    @Inject
    Clock clock;

    @Inject
    CaseAccess access;

    @Inject
    Enforcement enforcement;

    @Inject
    Absences absences;

    @Inject
    Letters letters;

    public record StepView(UUID id, EscalationPolicy.Step step, String rule, int unacceptableCount, EnforcementStep.Status status,
            LocalDate dueDate, String timeLimit, String policyVersion, boolean overdue, Instant doneAt, String doneBy, String reason,
            Instant meetingAt, String reportSummary, Boolean riskFlag, String reportedBy, UUID absenceId) {
        static StepView of(EnforcementStep s, Instant now) {
            return new StepView(s.id, s.step(), s.rule, s.unacceptableCount, s.status, s.dueDate, s.timeLimit, s.policyVersion,
                    s.status == EnforcementStep.Status.DUE && s.dueAt != null && now.isAfter(s.dueAt), s.doneAt, s.doneBy, s.reason,
                    s.meetingAt, s.reportSummary, s.riskFlag, s.reportedBy, s.absenceId);
        }
    }

    public record Counts(int missed, int awaitingJudgement, int acceptable, int unacceptable) {
    }

    /** What is to be done next, by when: a step due, or an absence to follow up and judge. */
    public record NextAction(String action, String rule, LocalDate dueDate, boolean overdue, UUID stepId, UUID absenceId,
            UUID letterId) {
    }

    public record EscalationView(UUID orderId, Counts counts, boolean exceptionUsed, StepView currentStep,
            List<NextAction> nextActions, List<StepView> history, List<AbsenceView> absences) {
    }

    public record MeetingEntry(@NotNull Instant at, @Size(max = 200) String place) {
    }

    public record HeldEntry(@NotNull Instant heldAt) {
    }

    public record BreachReportEntry(@NotBlank @Size(max = 4000) String summary, @NotNull Boolean riskOrSafeguardingConcerns) {
    }

    @GET
    @Path("/orders/{orderId}/escalation")
    @RolesAllowed({ Roles.CASE_WORKER, Roles.SENIOR_CASE_MANAGER, Roles.ADVANCED_PRACTITIONER, Roles.TEAM_MANAGER,
            Roles.SERVICE_MANAGER, Roles.BUSINESS_SUPPORT })
    @Operation(summary = "An order's escalation in one call", description = """
            The counts of missed, awaiting, acceptable and unacceptable absences; the current step; what is due \
            next and by when (follow-ups of absences, CMP-4; warning and breach letters to write, CMP-5 to CMP-7; the \
            compliance meeting, CMP-6; breach proceedings, CMP-7), soonest first; and the history of every step with who did it, when, and why.""")
    @APIResponse(responseCode = "200", description = "The order's escalation")
    @APIResponse(responseCode = "400", description = "No such order on this case")
    @APIResponse(responseCode = "404", description = "No such case in your authority, or not one you may see")
    public EscalationView escalation(@PathParam("caseId") UUID caseId, @PathParam("orderId") UUID orderId) {
        var childCase = access.readable(caseId);
        access.order(childCase, orderId);
        Instant now = clock.instant();
        List<Absence> ofOrder = absences.ofOrder(orderId);
        List<StepView> history = enforcement.steps(orderId).stream().map(s -> StepView.of(s, now)).toList();
        Counts counts = new Counts(ofOrder.size(), count(ofOrder, Absence.Judgement.AWAITING),
                count(ofOrder, Absence.Judgement.ACCEPTABLE), count(ofOrder, Absence.Judgement.UNACCEPTABLE));
        java.util.ArrayList<NextAction> next = new java.util.ArrayList<>();
        ofOrder.stream().filter(a -> a.judgement == Absence.Judgement.AWAITING).forEach(a -> next.add(new NextAction(
                a.followedUpAt == null ? "follow up the missed appointment" : "judge the absence", "CMP-4", a.followUpDueDate,
                a.followedUpAt == null && now.isAfter(a.followUpDueAt), null, a.id, null)));
        history.stream().filter(s -> s.status() == EnforcementStep.Status.DUE).forEach(s -> next.add(new NextAction(
                s.step().wireName(), s.rule(), s.dueDate(), s.overdue(), s.id(), null, null)));
        letters.pending(orderId).forEach(l -> {
            Letters.Due due = Letters.dueOf(l.requestedAt);
            next.add(new NextAction(Letters.action(l.kind), l.rule, due.date(), now.isAfter(due.at()), l.stepId, null, l.id));
        });
        next.sort(Comparator.comparing(NextAction::dueDate, Comparator.nullsLast(Comparator.naturalOrder())));
        StepView current = history.stream().filter(s -> s.status() != EnforcementStep.Status.WITHDRAWN)
                .reduce((first, second) -> second).orElse(null);
        return new EscalationView(orderId, counts, ofOrder.stream().anyMatch(a -> a.exceptionUsed), current, next, history,
                ofOrder.stream().map(a -> AbsenceView.of(a, now)).toList());
    }

    @POST
    @Path("/enforcement/{stepId}/compliance-meeting")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({ Roles.CASE_WORKER, Roles.SENIOR_CASE_MANAGER, Roles.ADVANCED_PRACTITIONER, Roles.TEAM_MANAGER })
    @Operation(summary = "Arrange the compliance meeting with a manager (CMP-6)", description = """
            Within 10 days of the second missed appointment (422 CMP-6 otherwise); announced as \
            `compliance-meeting.scheduled`.""")
    @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON, examples = @ExampleObject(name = "meeting",
            value = "{\"at\": \"2026-12-01T16:00:00Z\", \"place\": \"YJS office, Shute End\"}")))
    @APIResponse(responseCode = "200", description = "Arranged")
    @APIResponse(responseCode = "404", description = "No such case or step in your authority, or not one you may see")
    @APIResponse(responseCode = "409", description = "Not a compliance meeting that is due; "
            + "or the case was transferred out of your authority (TRF-1): read-only here")
    @APIResponse(responseCode = "422", description = "Later than the time limit allows (CMP-6)")
    public StepView scheduleMeeting(@PathParam("caseId") UUID caseId, @PathParam("stepId") UUID stepId,
            @Valid @NotNull MeetingEntry entry) {
        return StepView.of(enforcement.scheduleMeeting(access.workable(caseId), stepId, entry.at(), entry.place()), clock.instant());
    }

    @POST
    @Path("/enforcement/{stepId}/meeting-held")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({ Roles.ADVANCED_PRACTITIONER, Roles.TEAM_MANAGER, Roles.SERVICE_MANAGER })
    @Operation(summary = "A manager records the compliance meeting held (CMP-6)")
    @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON, examples = @ExampleObject(name = "held",
            value = "{\"heldAt\": \"2026-12-01T16:00:00Z\"}")))
    @APIResponse(responseCode = "200", description = "Recorded")
    @APIResponse(responseCode = "404", description = "No such case or step in your authority")
    @APIResponse(responseCode = "409", description = "Not a compliance meeting that is due; "
            + "or the case was transferred out of your authority (TRF-1): read-only here")
    public StepView meetingHeld(@PathParam("caseId") UUID caseId, @PathParam("stepId") UUID stepId,
            @Valid @NotNull HeldEntry entry) {
        return StepView.of(enforcement.meetingHeld(access.changeable(caseId), stepId, entry.heldAt()), clock.instant());
    }

    @POST
    @Path("/enforcement/{stepId}/breach-report")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({ Roles.CASE_WORKER, Roles.SENIOR_CASE_MANAGER, Roles.ADVANCED_PRACTITIONER, Roles.TEAM_MANAGER })
    @Operation(summary = "Write the breach report (CMP-7)", description = """
            Says whether there are risk or safeguarding concerns, which list the case in court sooner.""")
    @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON, examples = @ExampleObject(name = "report",
            value = "{\"summary\": \"Three unexplained absences since 2 November...\", \"riskOrSafeguardingConcerns\": false}")))
    @APIResponse(responseCode = "200", description = "Written")
    @APIResponse(responseCode = "400", description = "Invalid fields, each listed")
    @APIResponse(responseCode = "404", description = "No such case or step in your authority, or not one you may see")
    @APIResponse(responseCode = "409", description = "Not breach proceedings that are due; "
            + "or the case was transferred out of your authority (TRF-1): read-only here")
    public StepView breachReport(@PathParam("caseId") UUID caseId, @PathParam("stepId") UUID stepId,
            @Valid @NotNull BreachReportEntry entry) {
        return StepView.of(enforcement.breachReport(access.workable(caseId), stepId, entry.summary(),
                entry.riskOrSafeguardingConcerns()), clock.instant());
    }

    @POST
    @Path("/enforcement/{stepId}/approval")
    @RolesAllowed({ Roles.ADVANCED_PRACTITIONER, Roles.TEAM_MANAGER, Roles.SERVICE_MANAGER })
    @Operation(summary = "A line manager approves the breach report, initiating breach proceedings (CMP-7)", description = """
            Not the report's author (403). Announced as `breach.initiated`; order-service then tracks the court \
            listing (2 weeks, sooner when risk-flagged).""")
    @APIResponse(responseCode = "200", description = "Approved: breach initiated")
    @APIResponse(responseCode = "403", description = "The report's author, or not a manager")
    @APIResponse(responseCode = "404", description = "No such case or step in your authority")
    @APIResponse(responseCode = "409", description = "Not breach proceedings that are due; "
            + "or the case was transferred out of your authority (TRF-1): read-only here")
    @APIResponse(responseCode = "422", description = "No breach report yet (CMP-7)")
    public StepView approve(@PathParam("caseId") UUID caseId, @PathParam("stepId") UUID stepId) {
        return StepView.of(enforcement.approveBreach(access.changeable(caseId), stepId), clock.instant());
    }

    private static int count(List<Absence> absences, Absence.Judgement judgement) {
        return (int) absences.stream().filter(a -> a.judgement == judgement).count();
    }
}
