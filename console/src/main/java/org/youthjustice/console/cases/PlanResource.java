package org.youthjustice.console.cases;

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
 * Record a plan (order-service's casework): an intervention plan or its review co-produced with the child, with its
 * copy to the parent or carer of a child under 16, meets MIL-6; an action plan, MIL-15. What is still missing for the
 * milestone comes back from order-service and is shown on the case page.
 */
@Path("/cases/{caseId}/plans")
@Produces(MediaType.TEXT_HTML)
public class PlanResource {
    static final List<String> KINDS = List.of("intervention-plan", "plan-review", "action-plan");

    @Inject
    Api api;

    @Inject
    Page page;

    @Inject
    Csrf csrf;

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance plan(UUID caseId, String child, Map<String, String> form, FieldErrors errors,
                List<String> kinds, List<String> yesNo);
    }

    @GET
    @Path("/new")
    public Response blank(@PathParam("caseId") UUID caseId) {
        mayRecord();
        return page(caseId, Map.of(), new FieldErrors(), 200);
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response record(@PathParam("caseId") UUID caseId, @RestForm("csrf-token") String token, @RestForm String kind,
            @RestForm("completedOn-day") String day, @RestForm("completedOn-month") String month,
            @RestForm("completedOn-year") String year, @RestForm String coProducedWithChild,
            @RestForm("copiedOn-day") String copyDay, @RestForm("copiedOn-month") String copyMonth,
            @RestForm("copiedOn-year") String copyYear) {
        csrf.verify(token);
        mayRecord();
        Map<String, String> form = new LinkedHashMap<>();
        form.put("kind", kind);
        form.put("completedOn-day", day);
        form.put("completedOn-month", month);
        form.put("completedOn-year", year);
        form.put("coProducedWithChild", coProducedWithChild);
        form.put("copiedOn-day", copyDay);
        form.put("copiedOn-month", copyMonth);
        form.put("copiedOn-year", copyYear);
        FieldErrors errors = new FieldErrors();
        LocalDate completed = FormValues.date(day, month, year);
        if (completed == null) {
            errors.add("completedOn", null, FormValues.blank(day) && FormValues.blank(month) && FormValues.blank(year)
                    ? "Enter the date the plan was completed" : "The date the plan was completed must be a real date");
        }
        boolean copyGiven = !(FormValues.blank(copyDay) && FormValues.blank(copyMonth) && FormValues.blank(copyYear));
        LocalDate copied = FormValues.date(copyDay, copyMonth, copyYear);
        if (copyGiven && copied == null) {
            errors.add("copiedOn", null, "The date the copy was sent must be a real date");
        }
        if (copyGiven && copied == null && completed != null) {
            // an optional date the console cannot read: order-service would record the plan without it
            return page(caseId, form, errors, 400);
        }
        Map<String, Object> entry = new LinkedHashMap<>();
        entry.put("kind", FormValues.blank(kind) ? null : kind);
        // a completion date it cannot read is sent missing, which order-service is certain to refuse: every error at once
        entry.put("completedOn", completed == null ? null : completed.toString());
        entry.put("coProducedWithChild", "yes".equals(coProducedWithChild) ? Boolean.TRUE
                : "no".equals(coProducedWithChild) ? Boolean.FALSE : null);
        entry.put("copiedToParentCarerOn", copied == null ? null : copied.toString());
        Api.Answer answer = api.post("/api/orders/cases/" + caseId + "/plans", entry);
        if (answer.ok()) {
            return Response.seeOther(URI.create("/cases/" + caseId + "?recorded=plan")).build();
        }
        Pages.refusalOrFail(answer);
        errors.addRefusal(answer.violations(), field -> switch (field) {
            case "kind", "coProducedWithChild" -> field;
            case "completedOn" -> errors.has("completedOn") ? FieldErrors.REPORTED : "completedOn";
            case "copiedToParentCarerOn" -> "copiedOn";
            default -> null;
        }, Map.of());
        return page(caseId, form, errors, answer.status());
    }

    private Response page(UUID caseId, Map<String, String> form, FieldErrors errors, int status) {
        JsonNode child = Pages.ok(api.get("/api/orders/cases/" + caseId)).body().path("child");
        return Response.status(status).entity(Templates.plan(caseId, Json.text(child, "givenName") + " "
                + Json.text(child, "familyName"), form, errors, KINDS, List.of("yes", "no"))).build();
    }

    private void mayRecord() {
        if (!page.canRecordPlans()) {
            throw new ForbiddenException();
        }
    }
}
