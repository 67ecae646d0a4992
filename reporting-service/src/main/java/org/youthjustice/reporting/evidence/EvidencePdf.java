package org.youthjustice.reporting.evidence;

import java.awt.Color;
import java.io.IOException;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.youthjustice.kernel.calendar.Moments;
import org.youthjustice.pdf.PdfPages;

/**
 * A case's inspection evidence for an inspector to read: for each HMIP standard its question, a chart of how the
 * standard's time limits stand, and the dated facts, oldest first. The case appears by its id only: the read model
 * holds no name, and the document's properties name no one.
 */
final class EvidencePdf {
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);
    private static final DateTimeFormatter MOMENT = DateTimeFormatter.ofPattern("d MMMM yyyy, HH:mm", Locale.UK);
    /** GOV.UK Frontend's green, orange, red, blue and mid-grey: the colours the console's charts use. */
    private static final Map<String, Color> COLOURS = Map.of("met-on-time", new Color(0x00703c), "met-late", new Color(0xf47738),
            "overdue", new Color(0xd4351c), "not-yet-due", new Color(0x1d70b8), "not-applicable", new Color(0xb1b4b6));
    private static final Map<String, String> LABELS = Map.of("met-on-time", "met on time", "met-late", "met late",
            "overdue", "overdue", "not-yet-due", "not yet due", "not-applicable", "not applicable");

    private EvidencePdf() {
    }

    static byte[] render(InspectionEvidence.Evidence evidence) {
        return PdfPages.render("Inspection evidence of a case", evidence.authority(), "Youth Justice Platform, reporting-service",
                "Inspection evidence, case " + evidence.caseId() + ", " + evidence.authority(), pages -> write(pages, evidence));
    }

    private static void write(PdfPages out, InspectionEvidence.Evidence evidence) throws IOException {
        out.title("Inspection evidence");
        out.row("Case", evidence.caseId().toString());
        out.row("Youth justice service", evidence.authority());
        out.row("Produced", MOMENT.format(evidence.generatedAt().atZone(Moments.UK)) + " (UK time)");
        out.note("The dated facts the platform holds on this case under each of HM Inspectorate of Probation's standards "
                + "for case work, from the services' records as their events told them: time limits with how each ended, "
                + "assessments and their risk levels, the allocation, attendance and enforcement. Notes and names are "
                + "not in this document; the case record holds them.");
        for (InspectionEvidence.StandardEvidence standard : evidence.standards()) {
            out.heading(standard.title());
            out.note(standard.question());
            long timeLimits = standard.timeLimits().values().stream().mapToLong(Long::longValue).sum();
            if (timeLimits > 0) {
                out.bars("Time limits (" + timeLimits + ")", standard.timeLimits().entrySet().stream()
                        .map(e -> new PdfPages.Bar(LABELS.get(e.getKey()), e.getValue(), COLOURS.get(e.getKey()))).toList());
            }
            List<InspectionEvidence.Entry> entries = standard.entries();
            if (entries.isEmpty()) {
                out.paragraph("No fact recorded on the platform.");
            }
            for (InspectionEvidence.Entry entry : entries) {
                out.paragraph(DAY.format(entry.date()) + ": " + entry.summary() + (entry.rule() == null
                        || entry.kind().equals("time-limit") ? "" : " (" + entry.rule() + ")"));
            }
        }
    }
}
