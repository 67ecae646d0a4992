package org.youthjustice.transfers.packages;

import java.util.EnumMap;
import java.util.Map;
import org.youthjustice.transfers.requests.DocumentsChecklist.Answer;
import org.youthjustice.transfers.requests.DocumentsChecklist.Item;

/**
 * The words of the Nottinghamshire policy's Appendix A ("Transfer in summary"), with which the package's PDF asks
 * and answers its questions, so that a person at the receiving service reads the form they know.
 */
final class AppendixA {
    private AppendixA() {
    }

    /** "Documents required", in the form's order and words. */
    static final Map<Item, String> DOCUMENTS = documents();

    private static Map<Item, String> documents() {
        Map<Item, String> labels = new EnumMap<>(Item.class);
        labels.put(Item.TRANSFER_SUMMARY, "Completed Transfer in summary");
        labels.put(Item.ASSET_PLUS, "Asset Plus (where relevant; updated within the last month)");
        labels.put(Item.TRANSFER_QUESTIONS, "YJS to YJS transfer questions");
        labels.put(Item.REFERRAL_ORDER_REPORT, "Referral order pre panel report/contract");
        labels.put(Item.PRE_SENTENCE_REPORT, "Pre-Sentence Report");
        labels.put(Item.RECORD_OF_CONTACTS, "Record of contacts");
        labels.put(Item.COURT_ORDER, "Copy of court order/licence");
        labels.put(Item.CUSTODY_PLANNING, "Most recent custody planning documents");
        labels.put(Item.CPS_DOCUMENTATION, "CPS documentation for the current offence");
        labels.put(Item.OFFENDING_PROFILE, "Previous offending profile/previous convictions");
        labels.put(Item.LAC_PAPERWORK, "Any relevant LAC paperwork");
        labels.put(Item.PSYCHOLOGICAL_REPORTS, "Any psychiatric/psychological reports");
        labels.put(Item.SEN_STATEMENT, "Copy of the Special Educational Need Statement and Educational Psychology Report");
        return java.util.Collections.unmodifiableMap(labels);
    }

    /** "Attached?": Yes / No / N/A. */
    static String attached(Answer answer) {
        return switch (answer) {
            case ATTACHED -> "Yes";
            case NO -> "No";
            case NOT_APPLICABLE -> "N/A";
        };
    }

    /** The closing promise of the form (TRF-7), said of whichever service receives the package. */
    static final String SUPERVISION_REQUIREMENTS = "Within 2 working days of receiving all requested information and "
            + "documentation the receiving YJS will contact the home YJS to confirm supervision requirements.";
}
