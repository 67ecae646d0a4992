package org.youthjustice.console.cases;

import static org.youthjustice.console.web.FormValues.blank;
import static org.youthjustice.console.web.FormValues.date;
import static org.youthjustice.console.web.FormValues.time;

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
import jakarta.ws.rs.core.MediaType;
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
import org.jboss.resteasy.reactive.RestForm;
import org.youthjustice.console.api.Api;
import org.youthjustice.console.api.Json;
import org.youthjustice.console.web.Csrf;
import org.youthjustice.console.web.FieldErrors;
import org.youthjustice.console.web.Page;
import org.youthjustice.console.web.Pages;

/**
 * Compliance on the case (compliance-service): an appointment made, its attendance recorded (a missed one opens an
 * absence with its follow-up, CMP-4), an absence judged acceptable with its written evidence or unacceptable (CMP-2).
 * Each form posts here and goes to compliance-service through the gateway; the case page then shows where it stands.
 */
@Path("/cases/{caseId}")
@Produces(MediaType.TEXT_HTML)
public class ComplianceResource {
    private static final ZoneId UK = ZoneId.of("Europe/London");
    static final List<String> EVIDENCE = List.of("sick-note", "school-letter", "employer-letter", "email");

    @Inject
    Api api;

    @Inject
    Page page;

    @Inject
    Csrf csrf;

    /** An order of the case, to make the appointment under. */
    public record Order(UUID id, String type, LocalDate startDate) {
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance appointment(UUID caseId, String child, List<Order> orders, Map<String, String> form,
                FieldErrors errors);

        static native TemplateInstance judgement(UUID caseId, UUID absenceId, String child, Map<String, String> form,
                FieldErrors errors, List<String> evidenceKinds, List<String> yesNo);
    }

    @GET
    @Path("/appointments/new")
    public Response newAppointment(@PathParam("caseId") UUID caseId) {
        mayWork();
        return appointmentPage(caseId, Map.of(), new FieldErrors(), 200);
    }

    @POST
    @Path("/appointments")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response makeAppointment(@PathParam("caseId") UUID caseId, @RestForm("csrf-token") String token,
            @RestForm String orderId, @RestForm String kind, @RestForm("on-day") String day, @RestForm("on-month") String month,
            @RestForm("on-year") String year, @RestForm String starts, @RestForm String ends, @RestForm String place,
            @RestForm String withWhom) {
        csrf.verify(token);
        mayWork();
        Map<String, String> form = new LinkedHashMap<>();
        form.put("orderId", orderId);
        form.put("kind", kind);
        form.put("on-day", day);
        form.put("on-month", month);
        form.put("on-year", year);
        form.put("starts", starts);
        form.put("ends", ends);
        form.put("place", place);
        form.put("withWhom", withWhom);
        FieldErrors errors = new FieldErrors();
        LocalDate on = date(day, month, year);
        if (on == null) {
            errors.add("on", null, blank(day) && blank(month) && blank(year) ? "Enter the date of the appointment"
                    : "The date of the appointment must be a real date");
        }
        LocalTime from = time(starts);
        if (from == null) {
            errors.add("starts", null, "Enter the start time as hours and minutes, for example 14:30");
        }
        LocalTime to = time(ends);
        if (to == null) {
            errors.add("ends", null, "Enter the end time as hours and minutes, for example 15:30");
        }
        Map<String, Object> entry = new LinkedHashMap<>();
        entry.put("orderId", blank(orderId) ? null : orderId.trim());
        entry.put("kind", blank(kind) ? null : kind.trim());
        // an unreadable date or time is sent missing, which compliance-service is certain to refuse: the page then lists
        // every error at once, and nothing is made
        entry.put("startsAt", on == null || from == null ? null : on.atTime(from).atZone(UK).toInstant().toString());
        entry.put("endsAt", on == null || to == null ? null : on.atTime(to).atZone(UK).toInstant().toString());
        entry.put("place", blank(place) ? null : place.trim());
        entry.put("withWhom", blank(withWhom) ? null : withWhom.trim());
        Api.Answer answer = api.post("/api/compliance/cases/" + caseId + "/appointments", entry);
        if (answer.ok()) {
            return Response.seeOther(URI.create("/cases/" + caseId + "?recorded=appointment")).build();
        }
        Pages.refusalOrFail(answer);
        for (Api.Violation violation : answer.violations()) {
            String field = violation.field() == null ? null : switch (violation.field()) {
                case "orderId", "kind", "place", "withWhom" -> violation.field();
                case "startsAt" -> errors.has("on") || errors.has("starts") ? "skip" : "starts";
                case "endsAt" -> errors.has("on") || errors.has("ends") ? "skip" : "ends";
                default -> null;
            };
            if (!"skip".equals(field)) {
                errors.add(field, violation.rule(), violation.message());
            }
        }
        return appointmentPage(caseId, form, errors, answer.status());
    }

    @POST
    @Path("/appointments/{appointmentId}/attendance")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response attendance(@PathParam("caseId") UUID caseId, @PathParam("appointmentId") UUID appointmentId,
            @RestForm("csrf-token") String token, @RestForm String attended) {
        csrf.verify(token);
        mayWork();
        Map<String, Object> entry = new LinkedHashMap<>();
        entry.put("attended", "yes".equals(attended) ? Boolean.TRUE : "no".equals(attended) ? Boolean.FALSE : null);
        Api.Answer answer = api.post("/api/compliance/cases/" + caseId + "/appointments/" + appointmentId + "/attendance", entry);
        if (!answer.ok()) {
            Pages.refusalOrFail(answer);
            // a conflict (recorded otherwise meanwhile) or an invalid answer: the case page shows the appointment as it is
            return Response.seeOther(URI.create("/cases/" + caseId + "?recorded=attendance-refused")).build();
        }
        return Response.seeOther(URI.create("/cases/" + caseId + "?recorded=attendance")).build();
    }

    /**
     * Write a pending warning or breach letter (CMP-5 to CMP-7, CMP-11) from the authority's template. One whose
     * content is not arranged yet (the next appointment, the compliance meeting, a parent or carer to copy) stays
     * pending, and the case page says why.
     */
    @POST
    @Path("/letters/{letterId}/production")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response produceLetter(@PathParam("caseId") UUID caseId, @PathParam("letterId") UUID letterId,
            @RestForm("csrf-token") String token) {
        csrf.verify(token);
        mayWork();
        Api.Answer answer = api.post("/api/compliance/cases/" + caseId + "/letters/" + letterId + "/production", Map.of());
        if (answer.ok()) {
            return Response.seeOther(URI.create("/cases/" + caseId + "?recorded=letter")).build();
        }
        if (answer.status() != 409 && answer.status() != 422) {
            Pages.ok(answer);
        }
        return Response.seeOther(URI.create("/cases/" + caseId + "?recorded=letter-not-ready")).build();
    }

    @GET
    @Path("/absences/{absenceId}/judgement")
    public Response judgementForm(@PathParam("caseId") UUID caseId, @PathParam("absenceId") UUID absenceId) {
        mayWork();
        return judgementPage(caseId, absenceId, Map.of(), new FieldErrors(), 200);
    }

    @POST
    @Path("/absences/{absenceId}/judgement")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response judge(@PathParam("caseId") UUID caseId, @PathParam("absenceId") UUID absenceId,
            @RestForm("csrf-token") String token, @RestForm String acceptable, @RestForm String evidenceKind,
            @RestForm String evidenceDescription) {
        csrf.verify(token);
        mayWork();
        Map<String, String> form = new LinkedHashMap<>();
        form.put("acceptable", acceptable);
        form.put("evidenceKind", evidenceKind);
        form.put("evidenceDescription", evidenceDescription);
        Map<String, Object> entry = new LinkedHashMap<>();
        entry.put("acceptable", "yes".equals(acceptable) ? Boolean.TRUE : "no".equals(acceptable) ? Boolean.FALSE : null);
        if (!blank(evidenceKind) || !blank(evidenceDescription)) {
            Map<String, Object> evidence = new LinkedHashMap<>();
            evidence.put("kind", blank(evidenceKind) ? null : evidenceKind);
            evidence.put("description", blank(evidenceDescription) ? null : evidenceDescription.trim());
            entry.put("evidence", evidence);
        }
        Api.Answer answer = api.post("/api/compliance/cases/" + caseId + "/absences/" + absenceId + "/judgement", entry);
        if (answer.ok()) {
            return Response.seeOther(URI.create("/cases/" + caseId + "?recorded=judgement")).build();
        }
        Pages.refusalOrFail(answer);
        FieldErrors errors = new FieldErrors();
        for (Api.Violation violation : answer.violations()) {
            String field = violation.field() == null ? "acceptable" : switch (violation.field()) {
                case "acceptable" -> "acceptable";
                case "evidence.kind" -> "evidenceKind";
                case "evidence.description", "evidence" -> "evidenceDescription";
                default -> "acceptable";
            };
            errors.add(field, violation.rule(), violation.message());
        }
        return judgementPage(caseId, absenceId, form, errors, answer.status());
    }

    private Response appointmentPage(UUID caseId, Map<String, String> form, FieldErrors errors, int status) {
        JsonNode file = Pages.ok(api.get("/api/orders/cases/" + caseId)).body();
        List<Order> orders = new ArrayList<>();
        file.path("orders").forEach(o -> orders.add(new Order(Json.id(o, "id"), Json.text(o, "type"), Json.date(o, "startDate"))));
        return Response.status(status).entity(Templates.appointment(caseId, childName(file), orders, form, errors)).build();
    }

    private Response judgementPage(UUID caseId, UUID absenceId, Map<String, String> form, FieldErrors errors, int status) {
        JsonNode file = Pages.ok(api.get("/api/orders/cases/" + caseId)).body();
        return Response.status(status).entity(Templates.judgement(caseId, absenceId, childName(file), form, errors, EVIDENCE,
                List.of("yes", "no"))).build();
    }

    private static String childName(JsonNode file) {
        return Json.text(file.path("child"), "givenName") + " " + Json.text(file.path("child"), "familyName");
    }


    private void mayWork() {
        if (!page.canWorkCompliance()) {
            throw new ForbiddenException();
        }
    }
}
