package org.youthjustice.console.evidence;

import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.inject.Inject;
import jakarta.ws.rs.ForbiddenException;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.ServiceUnavailableException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.youthjustice.console.api.Api;
import org.youthjustice.console.api.Json;
import org.youthjustice.console.web.Formats;
import org.youthjustice.console.web.Page;
import org.youthjustice.console.web.Pages;

/**
 * A case's inspection evidence (reporting-service, GET /api/reporting/cases/{caseId}/inspection-evidence): for each of
 * HM Inspectorate of Probation's standards (assessment; planning; implementation and delivery; reviewing) the question
 * it asks, a chart and table of its time limits by outcome, each time limit, and the dated facts, oldest first; and the
 * same evidence as reporting-service's PDF for an inspector, handed on through the console. For the managers and
 * advanced practitioners of the case's own authority, as the API allows: reporting-service decides, the page shows it.
 */
@Path("/cases/{caseId}")
@Produces(MediaType.TEXT_HTML)
public class EvidenceResource {
    @Inject
    Api api;

    @Inject
    Page page;

    /** One time limit of a standard: {@code met} the day it was met, for one met on time or late. */
    public record TimeLimit(String rule, String step, LocalDate due, String status, LocalDate met, String reason) {
    }

    /** One dated fact of a standard: an assessment, the order, the allocation, a warning, and so on. */
    public record Fact(LocalDate date, String kind, String rule, String summary) {
    }

    /** A standard with its question, its time limits (counted and one by one) and its facts. */
    public record Standard(String standard, String title, String question, OutcomeChart chart, List<TimeLimit> timeLimits,
            List<Fact> facts) {
    }

    /** The evidence as reporting-service gave it; {@code standards} empty when it holds no fact of the case yet. */
    public record Evidence(UUID caseId, String authority, String generatedAt, List<Standard> standards) {
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance evidence(Evidence evidence);
    }

    @GET
    @Path("/inspection-evidence")
    public TemplateInstance evidence(@PathParam("caseId") UUID caseId) {
        mayRead();
        Api.Answer answer = api.get("/api/reporting/cases/" + caseId + "/inspection-evidence");
        if (answer.status() == 404) {
            // reporting-service knows a case by its events only: a case order-service holds (of the user's authority) whose
            // first event has not reached reporting-service yet has no fact yet, and the page says so; a case order-service
            // does not hold either, or another authority's, is "Page not found" (Pages.ok), as the API answers
            Pages.ok(api.get("/api/orders/cases/" + caseId));
            return Templates.evidence(new Evidence(caseId, null, null, List.of()));
        }
        JsonNode body = Pages.ok(answer).body();
        List<Standard> standards = new ArrayList<>();
        for (JsonNode s : body.path("standards")) {
            standards.add(standard(s));
        }
        boolean anything = standards.stream().anyMatch(s -> !s.timeLimits().isEmpty() || !s.facts().isEmpty());
        String generated = Json.text(body, "generatedAt");
        return Templates.evidence(new Evidence(caseId, Json.text(body, "authority"),
                generated == null ? "" : Formats.moment(Instant.parse(generated)), anything ? standards : List.of()));
    }

    /**
     * The evidence as reporting-service's PDF, fetched with the user's token and handed on as a download. Its file name
     * is the case's id only, as reporting-service names it: a child's name would be left in the downloads folder.
     */
    @GET
    @Path("/inspection-evidence.pdf")
    @Produces({ "application/pdf", MediaType.TEXT_HTML })
    public Response pdf(@PathParam("caseId") UUID caseId) {
        mayRead();
        Api.Answer answer = Pages.ok(api.download("/api/reporting/cases/" + caseId + "/inspection-evidence.pdf", "application/pdf"));
        if (answer.contentType().filter(type -> type.startsWith("application/pdf")).isEmpty()) {
            throw new ServiceUnavailableException("reporting-service answered no PDF");
        }
        return Response.ok(answer.bytes(), "application/pdf")
                .header("Content-Disposition", "attachment; filename=\"inspection-evidence-" + caseId + ".pdf\"").build();
    }

    private static Standard standard(JsonNode s) {
        String title = Json.text(s, "title");
        Map<String, Long> counts = new LinkedHashMap<>();
        s.path("timeLimits").fields().forEachRemaining(e -> counts.put(e.getKey(), e.getValue().asLong()));
        List<TimeLimit> timeLimits = new ArrayList<>();
        List<Fact> facts = new ArrayList<>();
        // reporting-service gives the entries oldest first: kept in its order
        for (JsonNode e : s.path("entries")) {
            if ("time-limit".equals(Json.text(e, "kind"))) {
                timeLimits.add(timeLimit(e));
            } else {
                facts.add(new Fact(Json.date(e, "date"), Json.text(e, "kind"), Json.text(e, "rule"), Json.text(e, "summary")));
            }
        }
        OutcomeChart chart = counts.values().stream().mapToLong(Long::longValue).sum() == 0 ? null
                : OutcomeChart.of("chart-" + Json.text(s, "standard"), title, counts);
        return new Standard(Json.text(s, "standard"), title, Json.text(s, "question"), chart, timeLimits, facts);
    }

    /** A time limit entry, from its own fields: the step as words ("first-home-visit" is "First home visit"). */
    private static TimeLimit timeLimit(JsonNode e) {
        String step = Json.text(e, "step");
        String words = step == null ? Json.text(e, "summary")
                : Character.toUpperCase(step.charAt(0)) + step.substring(1).replace('-', ' ');
        return new TimeLimit(Json.text(e, "rule"), words, Json.date(e, "dueDate"), Json.text(e, "status"),
                Json.date(e, "metOn"), Json.text(e, "reason"));
    }

    /** An outcome's wire name as words: "met-on-time" is "met on time". */
    static String outcomeWords(String outcome) {
        return outcome.replace('-', ' ');
    }

    private void mayRead() {
        if (!page.canReadInspectionEvidence()) {
            throw new ForbiddenException();
        }
    }
}
