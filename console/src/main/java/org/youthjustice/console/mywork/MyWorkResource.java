package org.youthjustice.console.mywork;

import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.youthjustice.console.api.Api;
import org.youthjustice.console.api.Json;
import org.youthjustice.console.web.Page;
import org.youthjustice.console.web.Pages;

/**
 * My work: the milestones the user is responsible for, soonest due first (so the overdue ones come first), then the
 * follow-ups, enforcement steps and letters due, each with its rule, due date and how the date was worked out.
 * Managers switch to their team's or the authority's lists. The lists are order-service's and compliance-service's due
 * lists, as the user may read them (GET /api/orders/milestones, GET /api/compliance/due).
 */
@Path("/")
@Produces(MediaType.TEXT_HTML)
public class MyWorkResource {
    @Inject
    Api api;

    @Inject
    Page page;

    /** A day the count of working days did not count, and why ("Saturday", "bank holiday: Christmas"). */
    public record DayOff(LocalDate date, String reason) {
    }

    /** One line of the due list, with how its due date was worked out (order-service's explanation). */
    public record Due(UUID caseId, String caseReference, String child, String rule, String step, LocalDate dueDate,
            String status, LocalDate triggeredOn, String timeLimit, String policyVersion, List<DayOff> skipped) {
        public boolean overdue() {
            return "overdue".equals(status);
        }
    }

    /** A follow-up, enforcement step or letter due (compliance-service's due list), with its explanation. */
    public record ComplianceDue(UUID caseId, String caseReference, String action, String rule, LocalDate dueDate, boolean overdue,
            LocalDate triggeredOn, String timeLimit, String policyVersion, List<DayOff> skipped) {
    }

    /** The list's scopes a user may choose, as tabs. */
    public record Scope(String value, String label, boolean current) {
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance myWork(List<Due> due, long total, List<ComplianceDue> compliance, long complianceTotal,
                List<Scope> scopes, String scope);
    }

    private static List<DayOff> skipped(JsonNode explanation) {
        List<DayOff> skipped = new ArrayList<>();
        explanation.path("skipped").forEach(day -> skipped.add(new DayOff(Json.date(day, "date"),
                "bank holiday".equals(Json.text(day, "why")) ? Json.text(day, "name") + ", a bank holiday" : Json.text(day, "name"))));
        return skipped;
    }

    @GET
    public TemplateInstance myWork(@QueryParam("scope") String asked) {
        if (!page.any(Page.DUE_LIST_READERS)) {
            return Pages.startPage();
        }
        // "team" is the token's team: offered only to those who have one
        boolean team = page.isManager() && page.team() != null;
        String scope = "team".equals(asked) && team || "authority".equals(asked) && page.isManager() ? asked : "mine";
        Api.Answer answer = Pages.ok(api.get("/api/orders/milestones?scope=" + scope + "&limit=200"));
        List<Due> due = new ArrayList<>();
        for (JsonNode line : answer.body()) {
            JsonNode milestone = line.path("milestone");
            JsonNode explanation = milestone.path("explanation");
            due.add(new Due(Json.id(milestone, "caseId"), Json.text(line, "caseReference"),
                    Json.text(line, "givenName") + " " + Json.text(line, "familyName"), Json.text(milestone, "rule"),
                    Json.text(milestone, "step"), Json.date(milestone, "dueDate"), Json.text(milestone, "status"),
                    Json.day(explanation, "triggeredAt"), Json.text(explanation, "timeLimit"),
                    Json.text(explanation, "policyVersion"), skipped(explanation)));
        }
        List<Scope> scopes = new ArrayList<>();
        if (page.isManager()) {
            scopes.add(new Scope("mine", "Mine", scope.equals("mine")));
            if (team) {
                scopes.add(new Scope("team", "My team", scope.equals("team")));
            }
            scopes.add(new Scope("authority", "Whole authority", scope.equals("authority")));
        }
        long total = answer.totalCount().map(Long::parseLong).orElse((long) due.size());
        List<ComplianceDue> compliance = new ArrayList<>();
        long complianceTotal = 0;
        if (page.any(Page.COMPLIANCE_DUE_READERS)) {
            Api.Answer items = Pages.ok(api.get("/api/compliance/due?scope=" + scope + "&limit=200"));
            for (JsonNode item : items.body()) {
                JsonNode explanation = item.path("explanation");
                compliance.add(new ComplianceDue(Json.id(item, "caseId"), Json.text(item, "caseReference"), Json.text(item, "action"),
                        Json.text(item, "rule"), Json.date(item, "dueDate"), Json.flag(item, "overdue"),
                        Json.day(explanation, "triggeredAt"), Json.text(explanation, "timeLimit"),
                        Json.text(explanation, "policyVersion"), skipped(explanation)));
            }
            complianceTotal = items.totalCount().map(Long::parseLong).orElse((long) compliance.size());
        }
        return Templates.myWork(due, total, compliance, complianceTotal, scopes, scope);
    }
}
