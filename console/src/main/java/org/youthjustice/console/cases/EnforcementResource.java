package org.youthjustice.console.cases;

import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.ForbiddenException;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.youthjustice.console.api.Api;
import org.youthjustice.console.api.Json;
import org.youthjustice.console.web.Csrf;
import org.youthjustice.console.web.FieldErrors;
import org.youthjustice.console.web.Form;
import org.youthjustice.console.web.FormValues;
import org.youthjustice.console.web.Page;
import org.youthjustice.console.web.Pages;

/**
 * An enforcement step of an order (compliance-service): after the second unacceptable absence, the compliance meeting
 * with a manager, arranged within its time limit and recorded as held by the manager (CMP-6); after the third, the
 * breach report, approved by a manager other than its author, which starts breach proceedings (CMP-7). The step's page
 * offers what is to be done next, to those who may do it.
 */
@Path("/cases/{caseId}/orders/{orderId}/enforcement/{stepId}")
@Produces(MediaType.TEXT_HTML)
public class EnforcementResource {
    private static final ZoneId UK = ZoneId.of("Europe/London");

    @Inject
    Api api;

    @Inject
    Page page;

    @Inject
    Csrf csrf;

    /** The step as compliance-service holds it, with what the page offers now ({@code next}: arrange, held, report, approve). */
    public record Step(UUID caseId, UUID orderId, UUID id, String step, String rule, String status, LocalDate dueDate,
            boolean overdue, ZonedDateTime meetingAt, String reportSummary, Boolean riskFlag, String reportedBy,
            String next) {
        public boolean meeting() {
            return "compliance-meeting".equals(step);
        }
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance enforcement(String child, Step step, Form form, FieldErrors errors, String notice,
                java.util.List<String> yesNo);
    }

    @GET
    public TemplateInstance step(@PathParam("caseId") UUID caseId, @PathParam("orderId") UUID orderId,
            @PathParam("stepId") UUID stepId) {
        mayRead();
        return page(caseId, orderId, stepId, Form.blank(), new FieldErrors(), null);
    }

    /** CMP-6: the meeting arranged, at a date, time and place, within the time limit after the second absence. */
    @POST
    @Path("/meeting")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response arrange(@PathParam("caseId") UUID caseId, @PathParam("orderId") UUID orderId, @PathParam("stepId") UUID stepId,
            MultivaluedMap<String, String> fields) {
        Form form = posted(fields, Page.ENFORCEMENT_WORKERS);
        return meeting(caseId, orderId, stepId, form, "the date of the meeting", "/compliance-meeting", "at",
                Map.of("place", form.given("place") == null ? "" : form.given("place")), "meeting-arranged");
    }

    /** CMP-6: the manager records the meeting held. */
    @POST
    @Path("/held")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response held(@PathParam("caseId") UUID caseId, @PathParam("orderId") UUID orderId, @PathParam("stepId") UUID stepId,
            MultivaluedMap<String, String> fields) {
        return meeting(caseId, orderId, stepId, posted(fields, Page.DECIDING_MANAGERS), "the date the meeting was held",
                "/meeting-held", "heldAt", Map.of(), "meeting-held");
    }

    /** The meeting's date and time ({@code on}) sent as the instant {@code apiField}, with what else the action takes. */
    private Response meeting(UUID caseId, UUID orderId, UUID stepId, Form form, String what, String action, String apiField,
            Map<String, String> more, String done) {
        FieldErrors errors = new FieldErrors();
        Map<String, Object> entry = new LinkedHashMap<>();
        entry.put(apiField, instant(form, "on", what, errors));
        more.forEach((field, value) -> entry.put(field, value.isEmpty() ? null : value));
        return sent(caseId, orderId, stepId, form, errors, action, entry, done, apiField, "on");
    }

    /** CMP-7: the breach report, saying whether there are risk or safeguarding concerns (the court lists it sooner). */
    @POST
    @Path("/report")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response report(@PathParam("caseId") UUID caseId, @PathParam("orderId") UUID orderId, @PathParam("stepId") UUID stepId,
            MultivaluedMap<String, String> fields) {
        Form form = posted(fields, Page.ENFORCEMENT_WORKERS);
        Map<String, Object> entry = new LinkedHashMap<>();
        entry.put("summary", form.given("summary"));
        entry.put("riskOrSafeguardingConcerns", "yes".equals(form.value("riskOrSafeguardingConcerns")) ? Boolean.TRUE
                : "no".equals(form.value("riskOrSafeguardingConcerns")) ? Boolean.FALSE : null);
        return sent(caseId, orderId, stepId, form, new FieldErrors(), "/breach-report", entry, "breach-report", null, null);
    }

    /** CMP-7: a manager other than the report's author approves it: breach proceedings start. */
    @POST
    @Path("/approval")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response approve(@PathParam("caseId") UUID caseId, @PathParam("orderId") UUID orderId, @PathParam("stepId") UUID stepId,
            MultivaluedMap<String, String> fields) {
        Form form = posted(fields, Page.DECIDING_MANAGERS);
        Api.Answer answer = api.post("/api/compliance/cases/" + caseId + "/enforcement/" + stepId + "/approval", Map.of());
        if (answer.status() == 403) {
            // the author of the report, who is a manager: compliance-service asks another manager to approve it
            return Response.status(403).entity(page(caseId, orderId, stepId, form, new FieldErrors(),
                    "You wrote this breach report: another manager approves it (CMP-7).")).build();
        }
        return sent(caseId, orderId, stepId, form, new FieldErrors(), answer, "breach-approved", null, null);
    }

    private Response sent(UUID caseId, UUID orderId, UUID stepId, Form form, FieldErrors errors, String action,
            Map<String, Object> entry, String done, String apiDateField, String formDateField) {
        return sent(caseId, orderId, stepId, form, errors,
                api.post("/api/compliance/cases/" + caseId + "/enforcement/" + stepId + action, entry), done, apiDateField,
                formDateField);
    }

    /**
     * Done: back to the case page, saying so. Refused: the step's page again with every error, the console's own
     * (dates it could not read, sent missing so that compliance-service refuses them too) and compliance-service's.
     */
    private Response sent(UUID caseId, UUID orderId, UUID stepId, Form form, FieldErrors errors, Api.Answer answer, String done,
            String apiDateField, String formDateField) {
        if (answer.ok()) {
            return Response.seeOther(URI.create("/cases/" + caseId + "?recorded=" + done)).build();
        }
        Pages.refusalOrFail(answer);
        errors.addRefusal(answer.violations(), field -> field.equals(apiDateField)
                        ? (errors.has(formDateField) ? FieldErrors.REPORTED : formDateField)
                        : field.matches("place|summary|riskOrSafeguardingConcerns") ? field : null,
                Map.of("summary", "Enter the breach report",
                        "riskOrSafeguardingConcerns", "Select whether there are risk or safeguarding concerns"));
        return Response.status(answer.status()).entity(page(caseId, orderId, stepId, form, errors, null)).build();
    }

    /** A date input {@code field} and its time ({@code field}-time) as an instant, or null with the errors said. */
    private static String instant(Form form, String field, String what, FieldErrors errors) {
        LocalDate on = form.date(field, what, true, errors);
        LocalTime at = FormValues.time(form.value(field + "-time"));
        if (at == null) {
            errors.add(field + "-time", null, form.given(field + "-time") == null ? "Enter the time"
                    : "Enter the time as hours and minutes, for example 14:30");
        }
        return on == null || at == null ? null : on.atTime(at).atZone(UK).toInstant().toString();
    }

    private TemplateInstance page(UUID caseId, UUID orderId, UUID stepId, Form form, FieldErrors errors, String notice) {
        JsonNode child = Pages.ok(api.get("/api/orders/cases/" + caseId)).body().path("child");
        JsonNode escalation = Pages.ok(api.get("/api/compliance/cases/" + caseId + "/orders/" + orderId + "/escalation")).body();
        JsonNode found = null;
        for (JsonNode s : escalation.path("history")) {
            if (stepId.toString().equals(Json.text(s, "id"))) {
                found = s;
            }
        }
        if (found == null) {
            throw new NotFoundException();
        }
        String meetingAt = Json.text(found, "meetingAt");
        String step = Json.text(found, "step");
        String report = Json.text(found, "reportSummary");
        boolean due = "due".equals(Json.text(found, "status"));
        String next = !due ? null
                : "compliance-meeting".equals(step) ? (meetingAt == null ? offered("arrange", Page.ENFORCEMENT_WORKERS)
                        : offered("held", Page.DECIDING_MANAGERS))
                : "breach-proceedings".equals(step) ? (report == null ? offered("report", Page.ENFORCEMENT_WORKERS)
                        : offered("approve", Page.DECIDING_MANAGERS))
                : null;
        return Templates.enforcement(Json.text(child, "givenName") + " " + Json.text(child, "familyName"),
                new Step(caseId, orderId, stepId, step, Json.text(found, "rule"), Json.text(found, "status"),
                        Json.date(found, "dueDate"), Json.flag(found, "overdue"),
                        meetingAt == null ? null : Instant.parse(meetingAt).atZone(UK), report,
                        found.path("riskFlag").isBoolean() ? found.path("riskFlag").asBoolean() : null, Json.text(found, "reportedBy"),
                        next),
                form, errors, notice, java.util.List.of("yes", "no"));
    }

    private String offered(String action, java.util.Set<String> roles) {
        return page.any(roles) ? action : null;
    }

    private void mayRead() {
        if (!page.canWorkCompliance()) {
            throw new ForbiddenException();
        }
    }

    /** The posted form, once its CSRF token is this session's and the user has one of {@code roles}. */
    private Form posted(MultivaluedMap<String, String> fields, java.util.Set<String> roles) {
        Form form = csrf.verified(fields);
        mayDo(roles);
        return form;
    }

    private void mayDo(java.util.Set<String> roles) {
        if (!page.any(roles)) {
            throw new ForbiddenException();
        }
    }
}
