package org.youthjustice.console.victims;

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
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
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
 * Victim contact for restorative justice workers (victim-service, VIC-*): the contact they owe the victims of their
 * cases, and each attempt at it recorded. A victim is a reference here, never a name: their details stay in
 * victim-service, read there with a reason given (VIC-4, VIC-5). A contact made after sentence, telling the outcome and
 * offering support, meets the task (VIC-1; within 1 working day for a victim under 17, VIC-6).
 */
@Path("/victim-tasks")
@Produces(MediaType.TEXT_HTML)
public class VictimContactResource {
    private static final ZoneId UK = ZoneId.of("Europe/London");
    static final List<String> PURPOSES = List.of("sentence-outcome", "progress-update", "conclusion");
    static final List<String> METHODS = List.of("phone", "email", "letter", "home-visit", "office-visit");
    static final List<String> CONTACTED = List.of("victim", "parent-or-guardian");
    static final List<String> RESULTS = List.of("contacted", "no-answer", "message-left", "declined", "details-wrong");

    @Inject
    Api api;

    @Inject
    Page page;

    @Inject
    Csrf csrf;

    public record VictimTask(UUID caseId, UUID victimRef, String purpose, String rule, LocalDate dueDate, String status,
            String explanation) {
        public boolean overdue() {
            return "overdue".equals(status);
        }
    }

    /** The choices the contact form offers, each as the API names it. */
    public record Choices(List<String> methods, List<String> contacted, List<String> results, List<String> yesNo) {
    }

    private static final Choices CHOICES = new Choices(METHODS, CONTACTED, RESULTS, List.of("yes", "no"));

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance victimTasks(List<VictimTask> tasks, long total, String banner);

        static native TemplateInstance contact(UUID victimRef, String purpose, Form form, FieldErrors errors, Choices choices);
    }

    @GET
    public TemplateInstance victimTasks(@QueryParam("recorded") String recorded) {
        mayWork();
        Api.Answer answer = Pages.ok(api.get("/api/victims/tasks?limit=200"));
        List<VictimTask> tasks = new ArrayList<>();
        for (JsonNode t : answer.body()) {
            tasks.add(new VictimTask(Json.id(t, "caseId"), Json.id(t, "victimRef"), Json.text(t, "purpose"), Json.text(t, "rule"),
                    Json.date(t, "dueDate"), Json.text(t, "status"), Json.text(t.path("explanation"), "summary")));
        }
        return Templates.victimTasks(tasks, answer.totalCount().map(Long::parseLong).orElse((long) tasks.size()),
                "contact".equals(recorded) ? "Contact recorded" : null);
    }

    @GET
    @Path("/{victimRef}/{purpose}/contact")
    public TemplateInstance contactForm(@PathParam("victimRef") UUID victimRef, @PathParam("purpose") String purpose) {
        mayWork();
        return Templates.contact(victimRef, known(purpose), Form.blank(), new FieldErrors(), CHOICES);
    }

    /** One attempt at the contact a task asks for, made or not: victim-service attaches it to the victim's open task. */
    @POST
    @Path("/{victimRef}/{purpose}/contact")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response contact(@PathParam("victimRef") UUID victimRef, @PathParam("purpose") String purpose,
            MultivaluedMap<String, String> fields) {
        Form form = csrf.verified(fields);
        mayWork();
        known(purpose);
        FieldErrors errors = new FieldErrors();
        LocalDate on = form.date("attemptedOn", "the date of the attempt", true, errors);
        LocalTime at = FormValues.time(form.value("time"));
        if (at == null) {
            errors.add("time", null, form.given("time") == null ? "Enter the time of the attempt"
                    : "Enter the time as hours and minutes, for example 14:30");
        }
        Map<String, Object> entry = new LinkedHashMap<>();
        entry.put("purpose", purpose);
        // a date or time it cannot read is sent missing, which victim-service is certain to refuse: every error at once
        entry.put("attemptedAt", on == null || at == null ? null : on.atTime(at).atZone(UK).toInstant().toString());
        entry.put("method", form.given("method"));
        entry.put("contactedPerson", form.given("contactedPerson"));
        entry.put("result", form.given("result"));
        entry.put("outcomeTold", "yes".equals(form.value("outcomeTold")));
        entry.put("supportOffered", "yes".equals(form.value("supportOffered")));
        entry.put("notes", form.given("notes"));
        Api.Answer answer = api.post("/api/victims/victims/" + victimRef + "/contacts", entry);
        if (answer.ok()) {
            return Response.seeOther(URI.create("/victim-tasks?recorded=contact")).build();
        }
        Pages.refusalOrFail(answer);
        errors.addRefusal(answer.violations(), field -> switch (field) {
            case "method", "contactedPerson", "result", "outcomeTold", "supportOffered", "notes" -> field;
            case "attemptedAt" -> errors.has("attemptedOn") || errors.has("time") ? FieldErrors.REPORTED : "attemptedOn";
            default -> null;
        }, Map.of("method", "Select how the contact was attempted", "contactedPerson", "Select who was contacted",
                "result", "Select what came of it"));
        return Response.status(answer.status()).entity(Templates.contact(victimRef, purpose, form, errors, CHOICES)).build();
    }

    /** A purpose victim-service knows; any other address is not a page. */
    private static String known(String purpose) {
        if (!PURPOSES.contains(purpose)) {
            throw new NotFoundException();
        }
        return purpose;
    }

    private void mayWork() {
        if (!page.canWorkVictims()) {
            throw new ForbiddenException();
        }
    }
}
