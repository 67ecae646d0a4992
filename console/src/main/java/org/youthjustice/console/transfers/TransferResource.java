package org.youthjustice.console.transfers;

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
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import org.youthjustice.console.api.Api;
import org.youthjustice.console.api.Json;
import org.youthjustice.console.web.Csrf;
import org.youthjustice.console.web.FieldErrors;
import org.youthjustice.console.web.Form;
import org.youthjustice.console.web.Page;
import org.youthjustice.console.web.Pages;

/**
 * Transfers between authorities (transfer-service, TRF-*): what they ask of the user's authority now, its incoming and
 * outgoing transfers, and one transfer's page, where the receiving authority's manager decides on the request (TRF-6,
 * TRF-7) after the face-to-face meeting a high RoSH needs (TRF-16), and a caretaking agreement is drafted and signed by
 * both authorities' managers (TRF-8). transfer-service decides who may do each: the page offers an action to those it
 * would allow, and shows its refusal, with the rule, to anyone else.
 */
@Path("/transfers")
@Produces(MediaType.TEXT_HTML)
public class TransferResource {
    static final List<String> DECISIONS = List.of("accepted", "stayed", "rejected");

    @Inject
    Api api;

    @Inject
    Page page;

    @Inject
    Csrf csrf;

    public record Task(UUID transferId, String task, String rule, String kind, String otherAuthority, LocalDate dueDate, String status) {
        public boolean overdue() {
            return "overdue".equals(status);
        }
    }

    /** What the transfer's page offers the signed-in user now. */
    public record Actions(boolean review, boolean meeting, boolean draftAgreement, boolean sign) {
        public boolean any() {
            return review || meeting || draftAgreement || sign;
        }
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance transfers(List<Task> tasks, long totalTasks, List<TransferView> incoming,
                List<TransferView> outgoing);

        static native TemplateInstance transfer(TransferView transfer, Agreement agreement, Actions actions, String banner,
                String notice);

        static native TemplateInstance review(TransferView transfer, Form form, FieldErrors errors, List<String> decisions);

        static native TemplateInstance meeting(TransferView transfer, Form form, FieldErrors errors);

        static native TemplateInstance agreement(TransferView transfer, Form form, FieldErrors errors);
    }

    @GET
    public TemplateInstance transfers() {
        mayRead();
        Api.Answer answer = Pages.ok(api.get("/api/transfers/transfers/tasks?limit=200"));
        List<Task> tasks = new ArrayList<>();
        for (JsonNode t : answer.body()) {
            tasks.add(new Task(Json.id(t, "transferId"), Json.text(t, "task"), Json.text(t, "rule"), Json.text(t, "kind"),
                    Json.text(t, "otherAuthority"), Json.date(t, "dueDate"), Json.text(t, "status")));
        }
        JsonNode mine = Pages.ok(api.get("/api/transfers/transfers?limit=50")).body();
        return Templates.transfers(tasks, answer.totalCount().map(Long::parseLong).orElse((long) tasks.size()),
                views(mine.path("incoming")), views(mine.path("outgoing")));
    }

    @GET
    @Path("/{id}")
    public TemplateInstance transfer(@PathParam("id") UUID id, @QueryParam("done") String done) {
        mayRead();
        TransferView transfer = transferOf(id);
        Agreement agreement = null;
        if (transfer.caretaking()) {
            // none until one side drafts it, once the transfer is accepted
            Api.Answer answer = api.get("/api/transfers/transfers/" + id + "/caretaking");
            agreement = answer.status() == 404 ? null : Agreement.of(Pages.ok(answer).body());
        }
        boolean manager = page.any(Page.DECIDING_MANAGERS);
        boolean open = Set.of("awaiting-review", "stayed", "rejected").contains(transfer.status());
        Actions actions = new Actions(manager && transfer.receiving() && transfer.awaitingReview(),
                open && transfer.child().highRosh(),
                transfer.caretaking() && "accepted".equals(transfer.status()) && agreement == null,
                manager && agreement != null && agreement.awaitingSignatures() && !agreement.yourSideSigned());
        return Templates.transfer(transfer, agreement, actions,
                // what the user has just done, named by the page that redirected here
                switch (done == null ? "" : done) {
                    case "reviewed" -> "Decision recorded";
                    case "meeting" -> "Transfer meeting recorded";
                    case "agreement" -> "Caretaking agreement drafted";
                    case "signed" -> "Caretaking agreement signed";
                    default -> null;
                },
                "sign-refused".equals(done) ? "The agreement was not signed: it has changed since the page was shown (TRF-8). "
                        + "It is shown as it stands." : null);
    }

    @GET
    @Path("/{id}/review")
    public TemplateInstance reviewForm(@PathParam("id") UUID id) {
        mayDecide();
        return Templates.review(transferOf(id), Form.blank(), new FieldErrors(), DECISIONS);
    }

    /** TRF-6: a decision always gives its reasons, one per line of the form. */
    @POST
    @Path("/{id}/review")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response review(@PathParam("id") UUID id, MultivaluedMap<String, String> fields) {
        Form form = csrf.verified(fields);
        mayDecide();
        Map<String, Object> entry = new LinkedHashMap<>();
        entry.put("decision", form.given("decision"));
        entry.put("reasons", form.lines("reasons"));
        return sent(id, api.post("/api/transfers/transfers/" + id + "/reviews", entry), "reviewed", new FieldErrors(),
                field -> switch (field) {
                    case "decision" -> "decision";
                    default -> field.startsWith("reasons") ? "reasons" : null;
                }, Map.of("decision", "Select the decision", "reasons", "Enter the reasons for the decision"),
                errors -> Templates.review(transferOf(id), form, errors, DECISIONS));
    }

    @GET
    @Path("/{id}/meeting")
    public TemplateInstance meetingForm(@PathParam("id") UUID id) {
        mayRead();
        return Templates.meeting(transferOf(id), Form.blank(), new FieldErrors());
    }

    /** TRF-16: the face-to-face transfer meeting, with who attended, one per line. */
    @POST
    @Path("/{id}/meeting")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response meeting(@PathParam("id") UUID id, MultivaluedMap<String, String> fields) {
        Form form = csrf.verified(fields);
        mayRead();
        FieldErrors errors = new FieldErrors();
        LocalDate heldOn = form.date("heldOn", "the date of the meeting", true, errors);
        Map<String, Object> entry = new LinkedHashMap<>();
        entry.put("heldOn", heldOn == null ? null : heldOn.toString());
        entry.put("attendees", form.lines("attendees"));
        return sent(id, api.post("/api/transfers/transfers/" + id + "/meeting", entry), "meeting", errors,
                field -> switch (field) {
                    case "heldOn" -> errors.has("heldOn") ? FieldErrors.REPORTED : "heldOn";
                    default -> field.startsWith("attendees") ? "attendees" : null;
                }, Map.of("attendees", "Enter who attended the meeting, one per line"), shown -> Templates.meeting(transferOf(id), form, shown));
    }

    @GET
    @Path("/{id}/agreement")
    public TemplateInstance agreementForm(@PathParam("id") UUID id) {
        mayRead();
        return Templates.agreement(transferOf(id), Form.blank(), new FieldErrors());
    }

    /**
     * TRF-8: the caretaking agreement drafted, with Appendix B's division of responsibilities (transfer-service's, left
     * out here so that it applies them); both authorities then sign it.
     */
    @POST
    @Path("/{id}/agreement")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response agreement(@PathParam("id") UUID id, MultivaluedMap<String, String> fields) {
        Form form = csrf.verified(fields);
        mayRead();
        FieldErrors errors = new FieldErrors();
        LocalDate start = form.date("startDate", "the date caretaking starts", true, errors);
        LocalDate review = form.date("reviewDate", "the date of the agreement's review", true, errors);
        Map<String, Object> entry = new LinkedHashMap<>();
        entry.put("hostCaseManager", form.given("hostCaseManager"));
        entry.put("homeResponsibleOfficer", form.given("homeResponsibleOfficer"));
        entry.put("startDate", start == null ? null : start.toString());
        entry.put("reviewDate", review == null ? null : review.toString());
        String every = form.given("contactEveryDays");
        if (every != null && !every.matches("\\d{1,2}")) {
            // an optional value the console cannot read: transfer-service would draft the agreement with its default
            errors.add("contactEveryDays", null, "Enter the days between contact records as a whole number, for example 7");
            return Response.status(400).entity(Templates.agreement(transferOf(id), form, errors)).build();
        }
        if (every != null) {
            entry.put("contactEveryDays", Integer.parseInt(every));
        }
        return sent(id, api.put("/api/transfers/transfers/" + id + "/caretaking", entry), "agreement", errors,
                field -> switch (field) {
                    case "hostCaseManager", "homeResponsibleOfficer", "contactEveryDays" -> field;
                    case "startDate", "reviewDate" -> errors.has(field) ? FieldErrors.REPORTED : field;
                    default -> null;
                }, Map.of("hostCaseManager", "Enter the host authority's case manager",
                        "homeResponsibleOfficer", "Enter the home authority's responsible officer"), shown -> Templates.agreement(transferOf(id), form, shown));
    }

    /** TRF-8: the user's authority signs the agreement; it is in force once the other has too. */
    @POST
    @Path("/{id}/signature")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response sign(@PathParam("id") UUID id, MultivaluedMap<String, String> fields) {
        csrf.verified(fields);
        mayDecide();
        Api.Answer answer = Pages.refusalOrFail(api.post("/api/transfers/transfers/" + id + "/caretaking/signatures", Map.of()));
        return Response.seeOther(URI.create("/transfers/" + id + "?done=" + (answer.ok() ? "signed" : "sign-refused"))).build();
    }

    /**
     * A form's answer: done, back to the transfer's page saying so; refused, the form again with the console's own errors
     * and each of the service's against the field it names ({@code fieldOf} maps the API's field to the form's: null for
     * none of them, FieldErrors.REPORTED for one the console has already reported; {@code asks} says what to enter in a field left
     * empty). The console only sends a form whose own errors are in required values, which the service then refuses
     * too, so nothing is recorded from a form shown with errors.
     */
    private Response sent(UUID id, Api.Answer answer, String done, FieldErrors errors, Function<String, String> fieldOf,
            Map<String, String> asks, Function<FieldErrors, TemplateInstance> form) {
        if (answer.ok()) {
            return Response.seeOther(URI.create("/transfers/" + id + "?done=" + done)).build();
        }
        Pages.refusalOrFail(answer);
        errors.addRefusal(answer.violations(), fieldOf, asks);
        return Response.status(answer.status()).entity(form.apply(errors)).build();
    }

    private TransferView transferOf(UUID id) {
        return TransferView.of(Pages.ok(api.get("/api/transfers/transfers/" + id)).body(), page.authority());
    }

    private List<TransferView> views(JsonNode transfers) {
        List<TransferView> views = new ArrayList<>();
        transfers.forEach(t -> views.add(TransferView.of(t, page.authority())));
        return views;
    }

    private void mayRead() {
        if (!page.any(Page.TRANSFER_READERS)) {
            throw new ForbiddenException();
        }
    }

    private void mayDecide() {
        if (!page.any(Page.DECIDING_MANAGERS)) {
            throw new ForbiddenException();
        }
    }
}
