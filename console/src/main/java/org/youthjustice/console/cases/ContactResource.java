package org.youthjustice.console.cases;

import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.inject.Inject;
import jakarta.ws.rs.BeanParam;
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
import org.youthjustice.console.web.FormValues;
import org.youthjustice.console.web.Page;
import org.youthjustice.console.web.Pages;

/**
 * Record a contact with the child or family, or an attempt at one (order-service's casework): a contact made with the
 * child present meets first contact (MIL-2) and post-sentence contact (MIL-1), a home visit meets the one due (MIL-4),
 * a phone call that did not reach the child starts the unannounced home visit (MIL-3). The case page then shows the
 * milestones as they stand.
 */
@Path("/cases/{caseId}/contacts")
@Produces(MediaType.TEXT_HTML)
public class ContactResource {
    private static final ZoneId UK = ZoneId.of("Europe/London");
    static final List<String> TYPES = List.of("home-visit", "office", "virtual", "phone");
    static final List<String> ATTENDEES = List.of("child", "parent-carer", "other-professional");

    @Inject
    Api api;

    @Inject
    Page page;

    @Inject
    Csrf csrf;

    /** The form as posted: every field as typed. */
    public static class ContactForm {
        @RestForm("csrf-token") public String csrfToken;
        @RestForm public String type = "";
        @RestForm("occurredOn-day") public String day = "";
        @RestForm("occurredOn-month") public String month = "";
        @RestForm("occurredOn-year") public String year = "";
        @RestForm public String time = "";
        @RestForm public String made = "";
        @RestForm public String announced = "";
        @RestForm public List<String> present = new ArrayList<>();
        @RestForm public String summary = "";

        public boolean attended(String who) {
            return present.contains(who);
        }
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance contact(UUID caseId, String child, ContactForm form, FieldErrors errors, List<String> types,
                List<String> attendees, List<String> yesNo);
    }

    @GET
    @Path("/new")
    public TemplateInstance blank(@PathParam("caseId") UUID caseId) {
        mayRecord();
        return form(caseId, new ContactForm(), new FieldErrors());
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Object record(@PathParam("caseId") UUID caseId, @BeanParam ContactForm form) {
        csrf.verify(form.csrfToken);
        mayRecord();
        FieldErrors errors = new FieldErrors();
        LocalDate on = FormValues.date(form.day, form.month, form.year);
        if (on == null) {
            errors.add("occurredOn", null, FormValues.blank(form.day) && FormValues.blank(form.month) && FormValues.blank(form.year)
                    ? "Enter the date of the contact" : "The date of the contact must be a real date");
        }
        LocalTime at = FormValues.time(form.time);
        if (at == null) {
            errors.add("time", null, form.time.isBlank() ? "Enter the time of the contact" : "Enter the time as hours and minutes, for example 14:30");
        }
        Map<String, Object> entry = new LinkedHashMap<>();
        entry.put("type", form.type.isBlank() ? null : form.type);
        // with the date or time unreadable, order-service is asked anyway for what else is wrong: the time is then missing,
        // which it is certain to refuse, and nothing is recorded
        entry.put("occurredAt", on == null || at == null ? null : on.atTime(at).atZone(UK).toOffsetDateTime().toString());
        entry.put("made", "yes".equals(form.made) ? Boolean.TRUE : "no".equals(form.made) ? Boolean.FALSE : null);
        entry.put("announced", "yes".equals(form.announced) ? Boolean.TRUE : "no".equals(form.announced) ? Boolean.FALSE : null);
        entry.put("present", form.present);
        entry.put("summary", form.summary.isBlank() ? null : form.summary.trim());
        Api.Answer answer = api.post("/api/orders/cases/" + caseId + "/contacts", entry);
        if (answer.ok()) {
            return Response.seeOther(URI.create("/cases/" + caseId + "?recorded=contact")).build();
        }
        Pages.refusalOrFail(answer);
        errors.addRefusal(answer.violations(), field -> switch (field) {
            case "type", "made", "announced", "summary" -> field;
            case "occurredAt" -> errors.has("occurredOn") || errors.has("time") ? FieldErrors.REPORTED : "occurredOn";
            default -> field.startsWith("present") ? "present" : null;
        }, Map.of("type", "Select how the contact was made", "made", "Select whether the contact was made",
                "announced", "Select an answer", "summary", "Select an answer", "present", "Select an answer"));
        return Response.status(answer.status()).entity(form(caseId, form, errors)).build();
    }

    private TemplateInstance form(UUID caseId, ContactForm form, FieldErrors errors) {
        JsonNode child = Pages.ok(api.get("/api/orders/cases/" + caseId)).body().path("child");
        return Templates.contact(caseId, Json.text(child, "givenName") + " " + Json.text(child, "familyName"), form, errors,
                TYPES, ATTENDEES, List.of("yes", "no"));
    }

    private void mayRecord() {
        if (!page.canRecordContacts()) {
            throw new ForbiddenException();
        }
    }
}
