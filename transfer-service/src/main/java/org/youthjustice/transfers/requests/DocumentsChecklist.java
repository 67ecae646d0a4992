package org.youthjustice.transfers.requests;

import com.fasterxml.jackson.annotation.JsonProperty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** The documents checklist of Appendix A (TRF-5): each document attached, or marked no / n/a with a reason. */
public final class DocumentsChecklist {
    private DocumentsChecklist() {
    }

    /** The documents Appendix A asks for. */
    public enum Item {
        @JsonProperty("transfer-summary") TRANSFER_SUMMARY,
        @JsonProperty("asset-plus") ASSET_PLUS,
        @JsonProperty("transfer-questions") TRANSFER_QUESTIONS,
        @JsonProperty("referral-order-report") REFERRAL_ORDER_REPORT,
        @JsonProperty("pre-sentence-report") PRE_SENTENCE_REPORT,
        @JsonProperty("record-of-contacts") RECORD_OF_CONTACTS,
        @JsonProperty("court-order") COURT_ORDER,
        @JsonProperty("custody-planning") CUSTODY_PLANNING,
        @JsonProperty("cps-documentation") CPS_DOCUMENTATION,
        @JsonProperty("offending-profile") OFFENDING_PROFILE,
        @JsonProperty("lac-paperwork") LAC_PAPERWORK,
        @JsonProperty("psychological-reports") PSYCHOLOGICAL_REPORTS,
        @JsonProperty("sen-statement") SEN_STATEMENT;

        /** The item's name on the wire ({@code pre-sentence-report}). */
        public String wireName() {
            return name().toLowerCase().replace('_', '-');
        }

        public static Item fromWireName(String name) {
            for (Item item : values()) {
                if (item.wireName().equals(name)) {
                    return item;
                }
            }
            return null;
        }
    }

    public enum Answer {
        @JsonProperty("attached") ATTACHED,
        @JsonProperty("no") NO,
        @JsonProperty("n/a") NOT_APPLICABLE
    }

    /** One line of the checklist. */
    public record Entry(@NotNull Item item, @NotNull Answer answer, @Size(max = 2000) String reason) {
    }
}
