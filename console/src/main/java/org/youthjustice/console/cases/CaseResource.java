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
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.jboss.resteasy.reactive.RestForm;
import org.youthjustice.console.api.Api;
import org.youthjustice.console.api.Json;
import org.youthjustice.console.transfers.TransferView;
import org.youthjustice.console.web.Csrf;
import org.youthjustice.console.web.Page;
import org.youthjustice.console.web.Pages;

/**
 * Find a child, and the child's case page. The search is posted, never a query string: a child's name must not end up
 * in an address, a browser's history or a proxy's log. The case page is order-service's case file as the user may read
 * it; a case of another authority is "Page not found", exactly as the API answers 404.
 */
@Path("/cases")
@Produces(MediaType.TEXT_HTML)
public class CaseResource {
    @Inject
    Api api;

    @Inject
    Page page;

    @Inject
    Csrf csrf;

    public record Found(UUID id, String reference, String child, LocalDate dateOfBirth, String status) {
    }

    public record Order(String type, LocalDate startDate, LocalDate endDate, String status, List<String> requirements) {
    }

    public record Milestone(String rule, String step, LocalDate dueDate, String status) {
        public boolean overdue() {
            return "overdue".equals(status);
        }
    }

    public record Outcome(String court, LocalDate hearingDate, String outcome, List<String> offences) {
    }

    public record Risk(String rosh, String saw, String likelihoodOfReoffending, String scaledApproach, LocalDate completedOn) {
    }

    public record Allocation(String caseManager, String band, String team, LocalDate allocatedOn) {
    }

    public record Contact(String type, LocalDate on, boolean made, List<String> present, String summary) {
    }

    public record Appointment(UUID id, String kind, LocalDate on, String starts, String place, String status) {
        /** Attendance is recorded on a scheduled appointment (compliance-service refuses one that has not started). */
        public boolean open() {
            return "scheduled".equals(status);
        }
    }

    public record Absence(UUID id, LocalDate missedOn, LocalDate followUpDue, String followUpStatus, String judgement) {
        public boolean awaiting() {
            return "awaiting-judgement".equals(judgement);
        }
    }

    public record Letter(UUID id, String kind, String rule, String status, LocalDate letterDate) {
        public boolean produced() {
            return "produced".equals(status);
        }

        public boolean pending() {
            return "pending".equals(status);
        }
    }

    /**
     * One next action of an order's escalation (CMP-*): a follow-up, a judgement, a warning, a meeting, a breach step;
     * {@code stepId} the enforcement step it belongs to, if any.
     */
    public record NextAction(String action, String rule, LocalDate dueDate, boolean overdue, UUID orderId, UUID stepId) {
        /** A compliance meeting or breach proceedings: acted on in the step's own page. */
        public boolean enforcementStep() {
            return stepId != null && ("compliance-meeting".equals(action) || "breach-proceedings".equals(action));
        }
    }

    /** An order's escalation as compliance-service counts it: absences by kind, and what is to be done next. */
    public record Escalation(String order, int missed, int acceptable, int unacceptable, int awaitingJudgement,
            String currentStep, List<NextAction> nextActions) {
    }

    /** What compliance-service holds on the case, when the user may read it (else null: the section is left out). */
    public record Compliance(List<Appointment> appointments, List<Absence> absences, List<Letter> letters,
            List<Escalation> escalation) {
    }

    public record CaseFile(UUID id, String reference, String status, boolean readOnly, String givenName, String familyName,
            LocalDate dateOfBirth, String genderIdentity, Boolean lookedAfter, List<Outcome> outcomes, List<Order> orders,
            Risk risk, Allocation allocation, List<Allocation> allocations, List<Milestone> milestones,
            List<String> victimRiskFlags) {
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance find(String name, String reference, List<Found> found, Long total, String error);

        static native TemplateInstance caseFile(CaseFile file, List<Contact> contacts, Compliance compliance,
                Transfers transfers, String banner,
                String notice);
    }

    @GET
    public TemplateInstance findForm() {
        mayRead();
        return Templates.find("", "", null, null, null);
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public TemplateInstance find(@RestForm("csrf-token") String token, @RestForm String name, @RestForm String reference) {
        csrf.verify(token);
        mayRead();
        String byName = name == null ? "" : name.trim();
        String byReference = reference == null ? "" : reference.trim();
        if (byName.isEmpty() && byReference.isEmpty()) {
            return Templates.find(byName, byReference, null, null, "Enter part of the child's name or the case reference");
        }
        StringBuilder query = new StringBuilder("/api/orders/cases?limit=50");
        if (!byName.isEmpty()) {
            query.append("&name=").append(URLEncoder.encode(byName, StandardCharsets.UTF_8));
        }
        if (!byReference.isEmpty()) {
            query.append("&reference=").append(URLEncoder.encode(byReference, StandardCharsets.UTF_8));
        }
        Api.Answer searched = api.get(query.toString());
        if (searched.status() == 400) {
            // what order-service could not search by (a name too short, a reference not of its form): said on the form
            return Templates.find(byName, byReference, null, null, String.join(". ",
                    searched.violations().stream().map(Api.Violation::message).toList()));
        }
        Api.Answer answer = Pages.ok(searched);
        List<Found> found = new ArrayList<>();
        for (JsonNode c : answer.body()) {
            found.add(new Found(Json.id(c, "id"), Json.text(c, "reference"),
                    Json.text(c, "givenName") + " " + Json.text(c, "familyName"), Json.date(c, "dateOfBirth"), Json.text(c, "status")));
        }
        return Templates.find(byName, byReference, found, answer.totalCount().map(Long::parseLong).orElse((long) found.size()), null);
    }

    @GET
    @Path("/{id}")
    public TemplateInstance caseFile(@PathParam("id") UUID id, @QueryParam("recorded") String recorded) {
        mayRead();
        JsonNode c = Pages.ok(api.get("/api/orders/cases/" + id)).body();
        JsonNode child = c.path("child");
        List<Outcome> outcomes = new ArrayList<>();
        c.path("outcomes").forEach(o -> {
            List<String> offences = new ArrayList<>();
            o.path("offences").forEach(f -> offences.add(Json.text(f, "description")));
            outcomes.add(new Outcome(Json.text(o, "court"), Json.date(o, "hearingDate"), Json.text(o, "outcome"), offences));
        });
        List<Order> orders = new ArrayList<>();
        c.path("orders").forEach(o -> {
            List<String> requirements = new ArrayList<>();
            o.path("requirements").forEach(r -> requirements.add(Json.text(r, "type")));
            orders.add(new Order(Json.text(o, "type"), Json.date(o, "startDate"), Json.date(o, "endDate"), Json.text(o, "status"),
                    requirements));
        });
        List<Milestone> milestones = new ArrayList<>();
        c.path("milestones").forEach(m -> milestones.add(
                new Milestone(Json.text(m, "rule"), Json.text(m, "step"), Json.date(m, "dueDate"), Json.text(m, "status"))));
        JsonNode r = c.path("risk");
        Risk risk = r.isObject() ? new Risk(Json.text(r, "rosh"), Json.text(r, "saw"), Json.text(r, "likelihoodOfReoffending"),
                Json.text(r, "scaledApproach"), Json.date(r, "completedOn")) : null;
        List<Allocation> allocations = new ArrayList<>();
        c.path("allocations").forEach(a -> allocations.add(allocation(a)));
        List<String> flags = new ArrayList<>();
        c.path("victimRiskFlags").forEach(f -> flags.add(Json.text(f, "flag")));
        JsonNode held = c.path("allocation");
        return Templates.caseFile(new CaseFile(id, Json.text(c, "reference"), Json.text(c, "status"), Json.flag(c, "readOnly"),
                Json.text(child, "givenName"), Json.text(child, "familyName"), Json.date(child, "dateOfBirth"),
                Json.text(child, "genderIdentity"), child.path("lookedAfter").isBoolean() ? child.path("lookedAfter").asBoolean() : null,
                outcomes, orders, risk, held.isObject() ? allocation(held) : null, allocations, milestones, flags),
                contacts(id), compliance(id, orders(c)), transfers(id),
                // what the user has just recorded, named by the page that redirected here (no personal data in the URL)
                switch (recorded == null ? "" : recorded) {
                    case "court-outcome" -> "Court outcome recorded";
                    case "contact" -> "Contact recorded";
                    case "appointment" -> "Appointment made";
                    case "attendance" -> "Attendance recorded";
                    case "judgement" -> "Absence judged";
                    case "plan" -> "Plan recorded";
                    case "letter" -> "Letter written";
                    case "meeting-arranged" -> "Compliance meeting arranged";
                    case "meeting-held" -> "Compliance meeting recorded as held";
                    case "breach-report" -> "Breach report written";
                    case "breach-approved" -> "Breach approved: proceedings started";
                    default -> null;
                },
                switch (recorded == null ? "" : recorded) {
                    case "attendance-refused" -> "The attendance was not recorded: the appointment had changed meanwhile. "
                            + "It is shown as it stands.";
                    case "letter-not-ready" -> "The letter cannot be written yet: arrange what it must name first (the next "
                            + "appointment for a first warning, CMP-5; the compliance meeting for a second, CMP-6), or record "
                            + "a parent or carer to copy for a child under 16 (X-6).";
                    default -> null;
                });
    }

    /**
     * A section's answer: one the user may not have (403) or the service does not know yet (404) leaves the section
     * out; any other failure fails the page, rather than showing "none" where there may be some.
     */
    private static Api.Answer shown(Api.Answer answer) {
        return answer.ok() || answer.status() == 403 || answer.status() == 404 ? answer : Pages.ok(answer);
    }

    /** The case's transfers to another authority (outgoing) and from one (incoming), each newest first. */
    public record Transfers(List<TransferView> outgoing, List<TransferView> incoming) {
        public boolean any() {
            return !outgoing.isEmpty() || !incoming.isEmpty();
        }
    }

    /** The case's transfers (transfer-service); none when the user may not read them. */
    private Transfers transfers(UUID id) {
        List<TransferView> outgoing = new ArrayList<>();
        List<TransferView> incoming = new ArrayList<>();
        Api.Answer answer = page.any(Page.TRANSFER_READERS) ? shown(api.get("/api/transfers/transfers?limit=20&caseId=" + id)) : null;
        if (answer != null && answer.ok()) {
            answer.body().path("outgoing").forEach(t -> outgoing.add(TransferView.of(t, page.authority())));
            answer.body().path("incoming").forEach(t -> incoming.add(TransferView.of(t, page.authority())));
        }
        return new Transfers(outgoing, incoming);
    }

    /** The case's contacts (order-service), newest first; none when the user may not read them. */
    private List<Contact> contacts(UUID id) {
        Api.Answer answer = shown(api.get("/api/orders/cases/" + id + "/contacts"));
        List<Contact> contacts = new ArrayList<>();
        if (answer.ok()) {
            answer.body().forEach(c -> {
                List<String> present = new ArrayList<>();
                c.path("present").forEach(p -> present.add(p.asText()));
                contacts.add(0, new Contact(Json.text(c, "type"), Json.day(c, "occurredAt"), Json.flag(c, "made"), present,
                        Json.text(c, "summary")));
            });
        }
        return contacts;
    }

    /**
     * A produced letter's PDF (compliance-service), downloaded through the console with the user's token. Its file
     * name names the kind of letter only: a child's name in it would be left in the downloads folder and its history.
     */
    @GET
    @Path("/{id}/letters/{letterId}/pdf")
    @Produces("application/pdf")
    public Response letterPdf(@PathParam("id") UUID id, @PathParam("letterId") UUID letterId) {
        mayRead();
        Api.Answer pdf = Pages.ok(api.get("/api/compliance/cases/" + id + "/letters/" + letterId + "/pdf"));
        if (pdf.contentType().filter(type -> type.startsWith("application/pdf")).isEmpty()) {
            throw new jakarta.ws.rs.NotFoundException();
        }
        return Response.ok(pdf.bytes(), "application/pdf")
                .header("Content-Disposition", "attachment; filename=\"letter-" + letterId + ".pdf\"").build();
    }

    /** Appointments and absences (compliance-service), or null when it does not know the case or the user may not read it. */
    /** The case's orders by id, with their type as words for the escalation's heading. */
    private static java.util.Map<UUID, String> orders(JsonNode file) {
        java.util.Map<UUID, String> orders = new java.util.LinkedHashMap<>();
        file.path("orders").forEach(o -> orders.put(Json.id(o, "id"), Json.text(o, "type")));
        return orders;
    }

    private Compliance compliance(UUID id, java.util.Map<UUID, String> orders) {
        Api.Answer appointments = shown(api.get("/api/compliance/cases/" + id + "/appointments"));
        Api.Answer absences = shown(api.get("/api/compliance/cases/" + id + "/absences"));
        Api.Answer letters = shown(api.get("/api/compliance/cases/" + id + "/letters"));
        if (!appointments.ok() || !absences.ok() || !letters.ok()) {
            return null;
        }
        List<Letter> written = new ArrayList<>();
        letters.body().forEach(l -> written.add(new Letter(Json.id(l, "id"), Json.text(l, "kind"), Json.text(l, "rule"),
                Json.text(l, "status"), Json.date(l, "letterDate"))));
        List<Appointment> made = new ArrayList<>();
        appointments.body().forEach(a -> {
            String starts = Json.text(a, "startsAt");
            java.time.ZonedDateTime at = starts == null ? null : java.time.Instant.parse(starts).atZone(java.time.ZoneId.of("Europe/London"));
            made.add(new Appointment(Json.id(a, "id"), Json.text(a, "kind"), at == null ? null : at.toLocalDate(),
                    at == null ? "" : at.toLocalTime().toString(), Json.text(a, "place"), Json.text(a, "status")));
        });
        List<Absence> missed = new ArrayList<>();
        absences.body().forEach(a -> missed.add(new Absence(Json.id(a, "id"), Json.day(a, "missedAt"),
                Json.date(a.path("followUp"), "dueDate"), Json.text(a.path("followUp"), "status"), Json.text(a, "judgement"))));
        List<Escalation> escalation = new ArrayList<>();
        orders.forEach((orderId, type) -> {
            Api.Answer answer = shown(api.get("/api/compliance/cases/" + id + "/orders/" + orderId + "/escalation"));
            if (answer.ok()) {
                JsonNode e = answer.body();
                JsonNode counts = e.path("counts");
                List<NextAction> next = new ArrayList<>();
                e.path("nextActions").forEach(a -> next.add(new NextAction(Json.text(a, "action"), Json.text(a, "rule"),
                        Json.date(a, "dueDate"), Json.flag(a, "overdue"), orderId, Json.id(a, "stepId"))));
                escalation.add(new Escalation(type, counts.path("missed").asInt(), counts.path("acceptable").asInt(),
                        counts.path("unacceptable").asInt(), counts.path("awaitingJudgement").asInt(),
                        Json.text(e.path("currentStep"), "step"), next));
            }
        });
        return new Compliance(made, missed, written, escalation);
    }

    private static Allocation allocation(JsonNode a) {
        return new Allocation(Json.text(a, "caseManager"), Json.text(a, "band"), Json.text(a, "team"), Json.day(a, "allocatedAt"));
    }

    private void mayRead() {
        if (!page.canReadCases()) {
            throw new ForbiddenException();
        }
    }
}
