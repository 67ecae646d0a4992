package org.youthjustice.console.transfers;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.youthjustice.console.api.Json;
import org.youthjustice.console.web.Formats;

/**
 * A transfer between authorities as transfer-service answers it (TRF-*), read for a page: the request's summary
 * (Appendix A), its time limits, the last decision and, for caretaking, the agreement. {@code yourSide} is the
 * signed-in user's authority's part in it: "home" (the authority asking) or "receiving".
 */
public record TransferView(UUID id, UUID caseId, String kind, String homeAuthority, String receivingAuthority, String status,
        int version, LocalDate decidedOn, String requestedBy, TimeLimit requestTimeLimit, TimeLimit reviewTimeLimit,
        Decision lastDecision, Child child, List<ChecklistItem> checklist, LocalDate completedOn, LocalDate endedOn,
        String yourSide) {

    /** A time limit (TRF-4 to send the request, TRF-7 to review it) with where it stands. */
    public record TimeLimit(String rule, LocalDate dueDate, String status) {
        public boolean overdue() {
            return "overdue".equals(status);
        }
    }

    public record Decision(String decision, List<String> reasons, String decidedBy, LocalDate decidedOn) {
    }

    /** What the summary says of the child: enough for the receiving authority to decide, as Appendix A asks. */
    public record Child(String name, LocalDate dateOfBirth, String homeCaseReference, String proposedAddress, String livingWith,
            String rosh, String mappa, boolean lookedAfter, String safeguarding, String highRiskOfHarm, List<String> orders,
            String offenceSummary) {
        /** TRF-16: a high or very high RoSH is accepted only after the face-to-face transfer meeting. */
        public boolean highRosh() {
            return "high".equals(rosh) || "very-high".equals(rosh);
        }
    }

    /** One document of the checklist (TRF-5): sent ("attached"), not sent ("no", with why) or not applicable ("n/a"). */
    public record ChecklistItem(String item, String answer, String reason) {
        /** The document as Appendix A names it. */
        private static final Map<String, String> NAMES = Map.ofEntries(Map.entry("transfer-summary", "Transfer summary"),
                Map.entry("asset-plus", "AssetPlus assessment"), Map.entry("transfer-questions", "Transfer questions"),
                Map.entry("referral-order-report", "Referral order report"), Map.entry("pre-sentence-report", "Pre-sentence report"),
                Map.entry("record-of-contacts", "Record of contacts"), Map.entry("court-order", "Court order"),
                Map.entry("custody-planning", "Custody planning"), Map.entry("cps-documentation", "CPS documentation"),
                Map.entry("offending-profile", "Offending profile"), Map.entry("lac-paperwork", "Looked-after child paperwork"),
                Map.entry("psychological-reports", "Psychological reports"), Map.entry("sen-statement", "SEN statement"));

        public String name() {
            return NAMES.getOrDefault(item, Formats.words(item));
        }
    }

    public boolean caretaking() {
        return "caretaking".equals(kind);
    }

    public boolean home() {
        return "home".equals(yourSide);
    }

    public boolean receiving() {
        return "receiving".equals(yourSide);
    }

    /** The other authority, as the signed-in user sees it. */
    public String otherAuthority() {
        return home() ? receivingAuthority : homeAuthority;
    }

    /** The signed-in user's authority: the one it signs or decides for. */
    public String yourAuthority() {
        return home() ? homeAuthority : receivingAuthority;
    }

    /** The time limits that apply (TRF-4, then TRF-7), those the service gave. */
    public List<TimeLimit> timeLimits() {
        return java.util.stream.Stream.of(requestTimeLimit, reviewTimeLimit).filter(java.util.Objects::nonNull).toList();
    }

    public boolean awaitingReview() {
        return "awaiting-review".equals(status);
    }

    public static TransferView of(JsonNode t, String authority) {
        JsonNode s = t.path("summary");
        List<String> orders = new ArrayList<>();
        s.path("orders").forEach(o -> orders.add(Formats.words(Json.text(o, "type")) + " from "
                + Formats.date(Json.date(o, "startDate")) + " for " + Json.text(o, "length")));
        JsonNode mappa = s.path("mappa");
        String mappaText = mappa.path("level").isNumber()
                ? "Category " + mappa.path("category").asText("?") + ", level " + mappa.path("level").asInt() : "None";
        List<ChecklistItem> checklist = new ArrayList<>();
        t.path("checklist").forEach(c -> checklist.add(new ChecklistItem(Json.text(c, "item"), Json.text(c, "answer"),
                Json.text(c, "reason"))));
        JsonNode d = t.path("lastDecision");
        Decision decision = null;
        if (d.isObject()) {
            List<String> reasons = new ArrayList<>();
            d.path("reasons").forEach(r -> reasons.add(r.asText()));
            decision = new Decision(Json.text(d, "decision"), reasons, Json.text(d, "decidedBy"), Json.day(d, "decidedAt"));
        }
        Child child = new Child(Json.text(s, "childName"), Json.date(s, "dateOfBirth"), Json.text(s, "homeCaseReference"),
                Json.text(s.path("proposedAddress"), "address") + ", " + Json.text(s.path("proposedAddress"), "postcode"),
                Json.text(s.path("livingWith"), "name") + " (" + Json.text(s.path("livingWith"), "relationship") + ")",
                Json.text(s, "rosh"), mappaText, Json.flag(s, "lookedAfter"), concern(s.path("safeguarding")),
                concern(s.path("highRiskOfHarm")), orders, Json.text(s, "offenceSummary"));
        String home = Json.text(t, "homeAuthority");
        return new TransferView(Json.id(t, "id"), Json.id(t, "caseId"), Json.text(t, "kind"), home,
                Json.text(t, "receivingAuthority"), Json.text(t, "status"), t.path("version").asInt(), Json.date(t, "decidedOn"),
                Json.text(t, "requestedBy"), timeLimit(t.path("requestTimeLimit")), timeLimit(t.path("reviewTimeLimit")), decision,
                child, checklist, Json.date(t, "completedOn"), Json.date(t, "endedOn"), home.equals(authority) ? "home" : "receiving");
    }

    private static TimeLimit timeLimit(JsonNode limit) {
        return limit.isObject() ? new TimeLimit(Json.text(limit, "rule"), Json.date(limit, "dueDate"), Json.text(limit, "status")) : null;
    }

    private static String concern(JsonNode concern) {
        if (!concern.path("present").asBoolean(false)) {
            return "None";
        }
        String details = Json.text(concern, "details");
        return details == null ? "Yes" : details;
    }
}
