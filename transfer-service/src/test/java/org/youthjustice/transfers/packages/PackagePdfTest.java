package org.youthjustice.transfers.packages;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.youthjustice.events.transfers.TransferKind;
import org.youthjustice.transfers.requests.DocumentsChecklist.Answer;
import org.youthjustice.transfers.requests.DocumentsChecklist.Entry;
import org.youthjustice.transfers.requests.DocumentsChecklist.Item;
import org.youthjustice.transfers.requests.TransferSummary;
import org.youthjustice.transfers.requests.TransferSummary.YesNoNa;

class PackagePdfTest {
    private static String text(byte[] pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
        }
    }

    private static PackageDocument document(TransferSummary summary, List<Entry> checklist) {
        return new PackageDocument(PackageRules.FORMAT, PackageRules.FORMAT_VERSION, UUID.fromString("6f1e2d3c-4b5a-4968-8776-a5b4c3d2e1f0"),
                2, TransferKind.FULL, "wokingham", "Cornwall YJS", LocalDate.of(2026, 11, 23), Instant.parse("2026-11-24T10:00:00Z"),
                "wokingham-case-worker", "AssetPlus updated", summary, checklist);
    }

    @Test
    @DisplayName("TRF-17: the package for people is a PDF with every Appendix A question and its answer, the checklist and the reasons for missing paperwork")
    void everyAppendixAField() throws IOException {
        TransferSummary summary = new TransferSummary("Zoë Ní Bhriain", LocalDate.of(2010, 3, 14), "WOK-2026-0042",
                new TransferSummary.ProposedAddress("4 Lemon Street, Truro", "TR1 2LS"), new TransferSummary.LivingWith("Jo Taylor", "aunt"),
                new TransferSummary.ParentalResponsibility("Alex Taylor", "3 Station Road, Wokingham"),
                new TransferSummary.Contact("Pat Jones", null, "0118 974 6000", "pat.jones.social.worker.team@wokingham.example.gov.uk"), true,
                new TransferSummary.Contact("Chris Green", null, null, "chris.green@wokingham.example"),
                List.of(new TransferSummary.OrderSummary("youth rehabilitation order", List.of("supervision", "curfew"),
                        LocalDate.of(2026, 9, 1), "12 months")), true,
                new TransferSummary.Concern(true, "Threats to a former partner"),
                new TransferSummary.Mappa(2, 2, YesNoNa.YES, YesNoNa.NO), new TransferSummary.Concern(true, "Missing overnight"),
                new TransferSummary.Concern(false, null), "Assault; risks to a known victim.",
                new TransferSummary.VictimRisk(true, List.of("known-victim")), false, TransferSummary.Rosh.HIGH,
                "Engaging well. ".repeat(200), List.of(new TransferSummary.ParentingOrder("mother", true)));
        List<Entry> checklist = new ArrayList<>();
        for (Item item : Item.values()) {
            checklist.add(item == Item.CPS_DOCUMENTATION ? new Entry(item, Answer.NO, "Requested from the CPS on 20 November")
                    : new Entry(item, Answer.ATTACHED, null));
        }
        byte[] pdf = PackagePdf.render(document(summary, checklist));

        assertThat(new String(pdf, 0, 5, StandardCharsets.ISO_8859_1)).isEqualTo("%PDF-");
        String text = text(pdf);
        assertThat(text).contains("Zoë Ní Bhriain", "14 March 2010", "WOK-2026-0042", "4 Lemon Street, Truro, TR1 2LS", "Jo Taylor",
                "aunt", "Alex Taylor", "Pat Jones", "Chris Green", "youth rehabilitation order: supervision, curfew", "1 September 2026",
                "12 months", "Yes: Threats to a former partner", "Missing overnight", "Assault; risks to a known victim.",
                "known-victim", "From (home YJS) wokingham", "To (receiving YJS) Cornwall YJS", "Full transfer",
                "version 2", "AssetPlus updated");
        assertThat(text).contains("Name of young person", "DOB", "Home YJS's case ID", "proposed address (include post code)",
                "Who is the young person proposing to live with?", "What is their relationship to the young person?",
                "Name of person with parental responsibility", "Address of person with parental responsibility",
                "social worker (if applicable)", "Children's Social Care been advised", "current case manager",
                "Type of Order (including requirements if YRO)", "Start date of order", "Length of order", "IOM",
                "High or very high risk of harm?", "MAPPA Category", "MAPPA Risk Management Level",
                "Has the home MAPPA meeting agreed to the proposed move and transfer request?",
                "MAPPA co-ordinator been alerted to the proposed move?", "Safeguarding Issues", "child protection plan?",
                "Offence Details", "Order summary", "Documents required", "Please provide reasons for any missing paperwork",
                "Within 2 working days of receiving all requested information and documentation");
        for (String label : AppendixA.DOCUMENTS.values()) {
            assertThat(text).contains(label);
        }
        assertThat(text).contains("CPS documentation for the current offence No", "Requested from the CPS on 20 November");
        // a long order summary runs onto further pages, each numbered
        assertThat(text).contains("page 1 of", "page 2 of");
    }

    @Test
    @DisplayName("TRF-17: a name with a character the font cannot print still makes the PDF")
    void unprintableCharacters() throws IOException {
        TransferSummary summary = PackageRulesTest.summary(false, null, YesNoNa.NOT_APPLICABLE, List.of());
        TransferSummary emoji = new TransferSummary("Sam \uD83D\uDE00 Taylor", summary.dateOfBirth(), summary.homeCaseReference(),
                summary.proposedAddress(), summary.livingWith(), summary.parentalResponsibility(), null, null,
                summary.currentCaseManager(), summary.orders(), false, summary.highRiskOfHarm(), summary.mappa(), summary.safeguarding(),
                summary.childProtectionPlan(), summary.offenceSummary(), summary.victimRisk(), false, summary.rosh(), null, List.of());
        assertThat(text(PackagePdf.render(document(emoji, PackageRulesTest.checklist())))).contains("Sam ? Taylor", "Not applicable");
    }
}
