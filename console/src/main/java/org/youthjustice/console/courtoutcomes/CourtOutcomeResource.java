package org.youthjustice.console.courtoutcomes;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.inject.Inject;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.ForbiddenException;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.youthjustice.console.api.Api;
import org.youthjustice.console.api.Json;
import org.youthjustice.console.web.Csrf;
import org.youthjustice.console.web.FieldErrors;
import org.youthjustice.console.web.Page;
import org.youthjustice.console.web.Pages;

/**
 * Record a court outcome (court officers and business support, ORD-1). The form posts to the console, which submits
 * it to order-service; every violation order-service finds comes back against its field with its rule id, in the
 * GOV.UK error summary, and nothing is recorded until all are mended. On success, the child's case page.
 */
@Path("/court-outcomes")
@Produces(MediaType.TEXT_HTML)
public class CourtOutcomeResource {
    /** The requirements a youth rehabilitation order may carry (ORD-4), as order-service names them. */
    static final List<String> REQUIREMENTS = List.of("activity", "supervision", "unpaid-work", "programme", "attendance-centre",
            "prohibited-activity", "curfew", "exclusion", "electronic-monitoring", "residence", "local-authority-residence",
            "fostering", "mental-health-treatment", "drug-treatment", "intoxicating-substance-treatment", "education",
            "intensive-supervision-and-surveillance");
    static final List<String> ORDER_TYPES = List.of("youth-rehabilitation-order", "referral-order", "detention-and-training-order",
            "reparation-order", "parenting-order");
    static final List<String> OUTCOMES = List.of("sentenced", "adjourned-for-psr", "remanded", "bail-support",
            "committed-to-crown-court");

    static final List<String> GENDERS = List.of("female", "male", "non-binary", "not-known");

    /** Where each of order-service's fields is on the form: a violation is shown against that input. */
    private static final Map<String, String> FIELDS = new LinkedHashMap<>();

    static {
        FIELDS.put("court.name", "courtName");
        FIELDS.put("court.location", "courtLocation");
        FIELDS.put("court", "courtName");
        FIELDS.put("courtReference", "courtReference");
        FIELDS.put("hearingDate", "hearingDate");
        FIELDS.put("outcome", "outcome");
        FIELDS.put("child.givenName", "givenName");
        FIELDS.put("child.familyName", "familyName");
        FIELDS.put("child.dateOfBirth", "dateOfBirth");
        FIELDS.put("child.genderIdentity", "genderIdentity");
        FIELDS.put("child.lookedAfter", "lookedAfter");
        FIELDS.put("child", "givenName");
        FIELDS.put("offences[0].description", "offenceDescription");
        FIELDS.put("offences[0].imprisonable", "offenceImprisonable");
        FIELDS.put("offences", "offenceDescription");
        FIELDS.put("order.type", "orderType");
        FIELDS.put("order.startDate", "orderStartDate");
        FIELDS.put("order.endDate", "orderEndDate");
        FIELDS.put("order.requirements", "requirements");
        FIELDS.put("order", "orderType");
        FIELDS.put("nextHearingDate", "nextHearingDate");
    }

    /** What to ask for when a field was left empty, in the GOV.UK style ("Enter …", "Select …"). */
    private static final Map<String, String> PROMPTS = Map.ofEntries(
            Map.entry("courtName", "Enter the court"),
            Map.entry("courtReference", "Enter the court reference"),
            Map.entry("outcome", "Select the outcome"),
            Map.entry("givenName", "Enter the child's given name"),
            Map.entry("familyName", "Enter the child's family name"),
            Map.entry("genderIdentity", "Select the child's gender identity"),
            Map.entry("lookedAfter", "Select whether the child is looked after"),
            Map.entry("offenceDescription", "Enter the offence"),
            Map.entry("offenceImprisonable", "Select whether the offence is imprisonable"),
            Map.entry("orderType", "Select the order made"));

    @Inject
    Api api;

    @Inject
    Page page;

    @Inject
    Csrf csrf;

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance form(CourtOutcomeForm form, FieldErrors errors, List<String> outcomes,
                List<String> orderTypes, List<String> requirementTypes, List<String> yesNo, List<String> genders);
    }

    @GET
    @Path("/new")
    public TemplateInstance blank() {
        mayRecord();
        return form(new CourtOutcomeForm(), new FieldErrors());
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Object record(@BeanParam CourtOutcomeForm form) {
        csrf.verify(form.csrfToken);
        mayRecord();
        FieldErrors errors = new FieldErrors();
        Map<String, String> unreadable = form.unreadableDates();
        unreadable.forEach((field, message) -> errors.add(field, null, message));
        // With a date it cannot read, the console still asks order-service for everything else that is wrong, so that
        // the page lists every error at once, but only when a date order-service requires is the one missing: then
        // order-service is certain to refuse the outcome and records nothing.
        if (!unreadable.isEmpty() && unreadable.keySet().stream().noneMatch(form.requiredDates()::contains)) {
            return Response.status(400).entity(form(form, errors)).build();
        }
        Api.Answer answer = api.post("/api/orders/court-outcomes", form.submission());
        if (answer.ok()) {
            UUID caseId = Json.id(answer.body(), "caseId");
            return Response.seeOther(URI.create(caseId == null ? "/cases" : "/cases/" + caseId + "?recorded=court-outcome")).build();
        }
        Pages.refusalOrFail(answer);
        for (Api.Violation violation : answer.violations()) {
            String field = formField(violation.field());
            // a date the console could not read has its own message already; order-service only saw it missing
            if (field == null || !unreadable.containsKey(field)) {
                errors.add(field, violation.rule(), violation.missing() && PROMPTS.containsKey(field) ? PROMPTS.get(field) : violation.message());
            }
        }
        return Response.status(answer.status()).entity(form(form, errors)).build();
    }

    /** The form field of an API field: the most precise one known, else its nearest known parent, else the summary. */
    static String formField(String apiField) {
        if (apiField == null) {
            return null;
        }
        String field = apiField;
        while (true) {
            if (FIELDS.containsKey(field)) {
                return FIELDS.get(field);
            }
            if (field.matches("order\\.requirements\\[\\d+\\].*")) {
                return "requirements";
            }
            int cut = Math.max(field.lastIndexOf('.'), field.lastIndexOf('['));
            if (cut <= 0) {
                return null;
            }
            field = field.substring(0, cut);
        }
    }

    private TemplateInstance form(CourtOutcomeForm form, FieldErrors errors) {
        return Templates.form(form, errors, OUTCOMES, ORDER_TYPES, REQUIREMENTS, List.of("yes", "no"), GENDERS);
    }

    private void mayRecord() {
        if (!page.canRecordCourtOutcomes()) {
            throw new ForbiddenException();
        }
    }
}
