package org.youthjustice.console.allocations;

import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.ForbiddenException;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jboss.resteasy.reactive.RestForm;
import org.youthjustice.console.api.Api;
import org.youthjustice.console.api.Json;
import org.youthjustice.console.web.Csrf;
import org.youthjustice.console.web.FieldErrors;
import org.youthjustice.console.web.Page;
import org.youthjustice.console.web.Pages;

/**
 * The allocation meeting (team managers, advanced practitioners, service managers): the open allocation requests,
 * soonest due first, with each team's capacity (ALC-1); one request's candidates ranked with their reasons and the
 * rules choosing each would break; the decision, with the rationale a broken rule needs (ALC-12). All of it is
 * allocation-service's, read and decided through the gateway with the manager's own token.
 */
@Path("/allocations")
@Produces(MediaType.TEXT_HTML)
public class AllocationResource {
    @Inject
    Api api;

    @Inject
    Page page;

    @Inject
    Csrf csrf;

    public record Request(UUID id, UUID caseId, String caseReference, String caseKind, String team, LocalDate dueDate, String reason) {
    }

    public record Team(String team, int workers, int percent, int threshold, boolean overThreshold) {
    }

    public record Breach(String rule, String reason) {
    }

    public record Candidate(UUID workerId, int rank, String name, String grade, int capacityPercent, String availability,
            List<Breach> breaks, List<String> reasons) {
    }

    public record Excluded(String name, String rule, String reason) {
    }

    public record RjCandidate(UUID workerId, String name, String team) {
    }

    /** The child as order-service knows them, when the manager may read the case (else only the request's facts). */
    public record Child(String name, String reference) {
    }

    public record Meeting(Request request, Child child, List<Candidate> candidates, List<Excluded> excluded,
            boolean restorativeJusticeNeeded, String restorativeJusticeReason, List<RjCandidate> rjCandidates) {
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance requests(List<Request> requests, long total, List<Team> teams, String banner);

        static native TemplateInstance meeting(Meeting meeting, FieldErrors errors, String workerId, String rationale,
                String rjWorkerId);
    }

    @GET
    public TemplateInstance requests(@QueryParam("decided") String decided) {
        mayAllocate();
        Api.Answer answer = Pages.ok(api.get("/api/allocations/allocation-requests?limit=200"));
        List<Request> requests = new ArrayList<>();
        for (JsonNode r : answer.body()) {
            requests.add(request(r));
        }
        List<Team> teams = new ArrayList<>();
        for (JsonNode t : Pages.ok(api.get("/api/allocations/teams")).body()) {
            JsonNode total = t.path("total");
            teams.add(new Team(Json.text(t, "team"), t.path("workers").asInt(), total.path("percent").asInt(),
                    total.path("threshold").asInt(), total.path("overThreshold").asBoolean()));
        }
        return Templates.requests(requests, answer.totalCount().map(Long::parseLong).orElse((long) requests.size()), teams,
                "yes".equals(decided) ? "Case allocated" : null);
    }

    @GET
    @Path("/{id}")
    public TemplateInstance meeting(@PathParam("id") UUID id) {
        mayAllocate();
        return Templates.meeting(meetingOf(id), new FieldErrors(), "", "", "");
    }

    @POST
    @Path("/{id}")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Object decide(@PathParam("id") UUID id, @RestForm("csrf-token") String token, @RestForm String workerId,
            @RestForm String rationale, @RestForm String rjWorkerId) {
        csrf.verify(token);
        mayAllocate();
        FieldErrors errors = new FieldErrors();
        UUID worker = uuid(workerId);
        if (worker == null) {
            errors.add("workerId", null, "Select the case manager");
        }
        UUID rj = uuid(rjWorkerId);
        if (errors.isEmpty()) {
            Map<String, Object> decision = new java.util.LinkedHashMap<>();
            decision.put("workerId", worker);
            decision.put("rationale", rationale == null || rationale.isBlank() ? null : rationale.trim());
            decision.put("rjWorkerId", rj);
            Api.Answer answer = api.post("/api/allocations/allocation-requests/" + id + "/decision", decision);
            if (answer.ok()) {
                return Response.seeOther(URI.create("/allocations?decided=yes")).build();
            }
            Pages.refusalOrFail(answer);
            for (Api.Violation violation : answer.violations()) {
                // a rule the choice breaks comes against the rationale, which answers it (ALC-12); a worker who cannot
                // be chosen, against the choice
                String field = List.of("workerId", "rationale", "rjWorkerId").contains(violation.field()) ? violation.field() : null;
                errors.add(field, violation.rule(), violation.message());
            }
        }
        Meeting meeting = meetingOf(id);
        return Response.status(errors.isEmpty() ? 400 : 422).entity(Templates.meeting(meeting, onThePage(errors, meeting),
                workerId == null ? "" : workerId, rationale == null ? "" : rationale, rjWorkerId == null ? "" : rjWorkerId)).build();
    }

    /** Errors of fields the page does not show (no RJ worker asked for, no candidate to choose) go to the summary only. */
    private static FieldErrors onThePage(FieldErrors errors, Meeting meeting) {
        FieldErrors shown = new FieldErrors();
        for (FieldErrors.FieldError error : errors.all()) {
            boolean absent = "rjWorkerId".equals(error.field()) && !meeting.restorativeJusticeNeeded()
                    || "workerId".equals(error.field()) && meeting.candidates().isEmpty();
            shown.add(absent ? null : error.field(), error.rule(), error.message());
        }
        return shown;
    }

    private Meeting meetingOf(UUID id) {
        JsonNode view = Pages.ok(api.get("/api/allocations/allocation-requests/" + id)).body();
        Request request = request(view.path("request"));
        List<Candidate> candidates = new ArrayList<>();
        view.path("proposal").path("candidates").forEach(c -> {
            List<Breach> breaks = new ArrayList<>();
            c.path("breaks").forEach(b -> breaks.add(new Breach(Json.text(b, "rule"), Json.text(b, "reason"))));
            List<String> reasons = new ArrayList<>();
            c.path("reasons").forEach(r -> reasons.add(r.asText()));
            candidates.add(new Candidate(Json.id(c, "workerId"), c.path("rank").asInt(), Json.text(c, "name"), Json.text(c, "grade"),
                    c.path("capacityPercent").asInt(), Json.text(c.path("availability"), "status"), breaks, reasons));
        });
        List<Excluded> excluded = new ArrayList<>();
        view.path("proposal").path("excluded").forEach(e -> excluded.add(
                new Excluded(Json.text(e, "name"), Json.text(e, "rule"), Json.text(e, "reason"))));
        JsonNode rj = view.path("restorativeJustice");
        List<RjCandidate> rjCandidates = new ArrayList<>();
        rj.path("candidates").forEach(c -> rjCandidates.add(new RjCandidate(Json.id(c, "workerId"), Json.text(c, "name"),
                Json.text(c, "team"))));
        Child child = null;
        Api.Answer file = api.get("/api/orders/cases/" + request.caseId());
        if (file.ok()) {
            JsonNode c = file.body();
            child = new Child(Json.text(c.path("child"), "givenName") + " " + Json.text(c.path("child"), "familyName"),
                    Json.text(c, "reference"));
        }
        return new Meeting(request, child, candidates, excluded, rj.path("needed").asBoolean(false), Json.text(rj, "reason"),
                rjCandidates);
    }

    private static Request request(JsonNode r) {
        return new Request(Json.id(r, "id"), Json.id(r, "caseId"), Json.text(r, "caseReference"), Json.text(r, "caseKind"), Json.text(r, "team"),
                Json.date(r, "dueDate"), Json.text(r, "reason"));
    }

    private static UUID uuid(String value) {
        try {
            return value == null || value.isBlank() ? null : UUID.fromString(value.trim());
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private void mayAllocate() {
        if (!page.any(Page.ALLOCATORS)) {
            throw new ForbiddenException();
        }
    }
}
