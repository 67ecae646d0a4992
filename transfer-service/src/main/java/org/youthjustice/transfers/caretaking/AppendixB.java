package org.youthjustice.transfers.caretaking;

import java.util.List;

/**
 * The caretaking agreement's pro forma (Nottinghamshire policy, Appendix B): the responsibilities each side
 * takes by default, which the two authorities delete or amend (TRF-8), and the court duties the home authority
 * always keeps (TRF-14), which no agreement moves.
 */
public final class AppendixB {
    private AppendixB() {
    }

    /** "Responsibilities to be undertaken by" the host. */
    public static final List<String> HOST = List.of(
            "Subsequent assessments (AssetPlus)",
            "Updating the planning elements agreed as the host's and delivering the interventions agreed",
            // Appendix B adds "and, where agreed, list for breach proceedings": TRF-14 keeps breach with the home
            "Inform the home YJS of any non-compliance and act on its compliance decisions",
            "Provide updates to the home YJS, including contact records at the agreed frequency",
            "Multi-Agency Public Protection Arrangements (MAPPA) co-ordination");

    /** "Responsibilities to be retained by the home YJS area". */
    public static final List<String> HOME = List.of(
            "Pre-sentence reports",
            "Last completed AssetPlus stage",
            "Regular contact with the host YJS and input from the young person's care plan",
            "Sentence planning (AssetPlus) and attendance at reviews",
            "Completion of breach documents",
            "Ensuring YJS activity is fully integrated into the care plan");

    /** TRF-14: the court duties, the home authority's whatever the agreement says. */
    public static final List<String> COURT_DUTIES = List.of(
            "Reports to court", "Enforcement decisions (absences, warnings, compliance meetings)", "Breach proceedings");
}
