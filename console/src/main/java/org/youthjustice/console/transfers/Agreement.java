package org.youthjustice.console.transfers;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.youthjustice.console.api.Json;

/**
 * A caretaking agreement (TRF-8, Appendix B) as transfer-service answers it: who does what in the host and the home
 * authority, its review date, and each side's signature. It is in force once both have signed; {@code yourSide} is
 * "home" or "host".
 */
public record Agreement(String status, String yourSide, String hostCaseManager, String homeResponsibleOfficer,
        LocalDate startDate, LocalDate reviewDate, List<String> hostResponsibilities, List<String> homeResponsibilities,
        List<String> homeKeepsCourtDuties, Signature home, Signature host, Integer contactEveryDays, LocalDate nextContactRecordsDue) {

    public record Signature(String signedBy, LocalDate signedOn) {
    }

    public boolean awaitingSignatures() {
        return "awaiting-signatures".equals(status);
    }

    /** Whether the signed-in user's authority has signed already. */
    public boolean yourSideSigned() {
        return ("home".equals(yourSide) ? home : host) != null;
    }

    public static Agreement of(JsonNode a) {
        JsonNode records = a.path("contactRecords");
        return new Agreement(Json.text(a, "status"), Json.text(a, "yourSide"), Json.text(a, "hostCaseManager"),
                Json.text(a, "homeResponsibleOfficer"), Json.date(a, "startDate"), Json.date(a, "reviewDate"),
                texts(a.path("hostResponsibilities")), texts(a.path("homeResponsibilities")), texts(a.path("homeKeepsCourtDuties")),
                signature(a.path("signatures").path("home")), signature(a.path("signatures").path("host")),
                records.path("everyDays").isNumber() ? records.path("everyDays").asInt() : null, Json.date(records, "nextDue"));
    }

    private static Signature signature(JsonNode signature) {
        return signature.isObject() ? new Signature(Json.text(signature, "signedBy"), Json.day(signature, "signedAt")) : null;
    }

    private static List<String> texts(JsonNode array) {
        List<String> texts = new ArrayList<>();
        array.forEach(t -> texts.add(t.asText()));
        return texts;
    }
}
