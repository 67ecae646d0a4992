package org.youthjustice.transfers.packages;

import java.io.IOException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.youthjustice.pdf.PdfPages;
import org.youthjustice.events.transfers.TransferKind;
import org.youthjustice.kernel.calendar.Moments;
import org.youthjustice.transfers.requests.DocumentsChecklist;
import org.youthjustice.transfers.requests.TransferSummary;

/**
 * The transfer package for people (TRF-17): Appendix A's "Transfer in summary" filled in from the package
 * document, question by question in the form's words, then the documents checklist and the reasons for any
 * missing paperwork, on the platform's A4 pages ({@link PdfPages}).
 */
final class PackagePdf {
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);
    private static final DateTimeFormatter MOMENT = DateTimeFormatter.ofPattern("d MMMM yyyy, HH:mm", Locale.UK);

    private PackagePdf() {
    }

    static byte[] render(PackageDocument document) {
        // the title names no one: a document's properties travel further than its pages
        return PdfPages.render("Transfer package (Appendix A transfer summary)", document.fromService(),
                "Youth Justice Platform, transfer-service",
                "Transfer package " + document.packageId() + ", version " + document.packageVersion(),
                pages -> write(pages, document));
    }

    private static void write(PdfPages out, PackageDocument document) throws IOException {
        TransferSummary s = document.summary();
        out.title("Transfer package: transfer summary");
        out.paragraph("A transfer to or from a youth justice service outside the partnership, sent as this document by "
                + "secure e-mail with the documents attached (Nottinghamshire policy 12.4; the transfer summary of Appendix A).");
        out.row("From (home YJS)", document.fromService());
        out.row("To (receiving YJS)", document.toService());
        out.row("Transfer requested", document.kind() == TransferKind.FULL ? "Full transfer" : "Caretaking");
        out.row("Decision to request it", day(document.decidedOn()));
        out.row("Sent", MOMENT.format(document.sentAt().atZone(Moments.UK)) + " (UK time), by " + document.sentBy());
        out.row("Package", document.packageId() + ", version " + document.packageVersion());
        if (document.whatChanged() != null && !document.whatChanged().isBlank()) {
            out.row("What changed since the last version", document.whatChanged());
        }
        out.row("Machine-readable copy", document.format() + " version " + document.version() + " (JSON)");

        out.heading("The young person");
        out.row("Name of young person", s.childName());
        out.row("DOB", day(s.dateOfBirth()));
        out.row("Home YJS's case ID", s.homeCaseReference());
        out.row("Young person's proposed address (include post code)", s.proposedAddress().address() + ", " + s.proposedAddress().postcode());
        out.row("Who is the young person proposing to live with?", s.livingWith().name());
        out.row("What is their relationship to the young person?", s.livingWith().relationship());
        out.row("Name of person with parental responsibility", s.parentalResponsibility().name());
        out.row("Address of person with parental responsibility", s.parentalResponsibility().address());
        out.row("Name, address, tel. number and email address of the social worker (if applicable)", contact(s.socialWorker()));
        out.row("Is the young person looked after (LAC)?", yesNo(s.lookedAfter()));
        out.row("If the YP is a LAC or a child in need, have the receiving area's Children's Social Care been advised of the "
                + "proposed move?", s.receivingSocialCareAdvised() == null ? "Not stated" : yesNo(s.receivingSocialCareAdvised()));
        out.row("Name, address, tel no. and email address of current case manager", contact(s.currentCaseManager()));

        out.heading("Orders");
        for (TransferSummary.OrderSummary order : s.orders()) {
            out.row("Type of Order (including requirements if YRO)", order.requirements().isEmpty() ? order.type()
                    : order.type() + ": " + String.join(", ", order.requirements()));
            out.row("Start date of order", day(order.startDate()));
            out.row("Length of order", order.length());
        }
        if (s.parentingOrders().isEmpty()) {
            out.row("Parenting orders", "None");
        }
        for (TransferSummary.ParentingOrder order : s.parentingOrders()) {
            out.row("Parenting order of the " + order.parent(), order.movesWithChildsOrder()
                    ? "Transfers together with the child's order" : "Does not transfer with the child's order");
        }

        out.heading("Do any of the following apply?");
        out.row("IOM", yesNo(s.iom()));
        out.row("High or very high risk of harm? (if yes please give details)", concern(s.highRiskOfHarm()));
        out.row("Risk of serious harm (RoSH)", s.rosh().name().toLowerCase(Locale.UK).replace('_', ' '));
        out.row("MAPPA Category", level(s.mappa().category()));
        out.row("MAPPA Risk Management Level", level(s.mappa().level()));
        out.row("Has the home MAPPA meeting agreed to the proposed move and transfer request?", yesNoNa(s.mappa().homeMeetingEndorsed()));
        out.row("Has the receiving area's MAPPA co-ordinator been alerted to the proposed move?",
                yesNoNa(s.mappa().receivingCoordinatorAlerted()));
        out.row("Safeguarding Issues (If Yes please give details)", concern(s.safeguarding()));
        out.row("Is the YP subject to a child protection plan? (If yes please give details if not recorded above)",
                concern(s.childProtectionPlan()));

        out.heading("Offence Details");
        out.row("Summary of the current offence including risks to specific victims", s.offenceSummary());
        out.row("Risks to specific victims", s.victimRisk().riskToSpecificVictims()
                ? "Yes" + (s.victimRisk().flags().isEmpty() ? "" : " (flags: " + String.join(", ", s.victimRisk().flags()) + ")")
                : "No");

        out.heading("Order summary");
        out.paragraph(s.orderSummary() == null || s.orderSummary().isBlank() ? "Not given."
                : s.orderSummary());
        out.note("Work undertaken with the young person to date, the young person's response to the interventions and any "
                + "outstanding work to be completed, including reasons for any delays where applicable.");

        out.heading("Documents required");
        out.note("Mark Yes, No or N/A where relevant. If no is indicated, please provide a reason for the missing document. "
                + "The documents are attached to the secure e-mail.");
        out.row("Document", "Attached?", true);
        List<DocumentsChecklist.Entry> missing = new ArrayList<>();
        for (var item : AppendixA.DOCUMENTS.entrySet()) {
            DocumentsChecklist.Entry entry = document.checklist().stream().filter(e -> e.item() == item.getKey()).findFirst()
                    .orElse(null);
            out.row(item.getValue(), entry == null ? "Not answered" : AppendixA.attached(entry.answer()));
            if (entry != null && entry.answer() != DocumentsChecklist.Answer.ATTACHED) {
                missing.add(entry);
            }
        }
        out.heading("Please provide reasons for any missing paperwork");
        if (missing.isEmpty()) {
            out.paragraph("None: every document is attached.");
        }
        for (DocumentsChecklist.Entry entry : missing) {
            out.row(AppendixA.DOCUMENTS.get(entry.item()), entry.reason() == null ? "" : entry.reason());
        }

        out.heading("The receiving YJS");
        out.paragraph(AppendixA.SUPERVISION_REQUIREMENTS);
        out.paragraph("Please send your answer to the home YJS by secure e-mail: accepted, stayed (more information needed) "
                + "or rejected, with your reasons, so that it can address them and send the package again.");
    }

    private static String day(LocalDate date) {
        return date == null ? "" : DAY.format(date);
    }

    private static String yesNo(Boolean value) {
        return Boolean.TRUE.equals(value) ? "Yes" : "No";
    }

    private static String yesNoNa(TransferSummary.YesNoNa value) {
        return switch (value) {
            case YES -> "Yes";
            case NO -> "No";
            case NOT_APPLICABLE -> "N/A";
        };
    }

    private static String level(Integer value) {
        return value == null ? "N/A" : value.toString();
    }

    private static String concern(TransferSummary.Concern concern) {
        if (!Boolean.TRUE.equals(concern.present())) {
            return "No";
        }
        return concern.details() == null || concern.details().isBlank() ? "Yes" : "Yes: " + concern.details();
    }

    private static String contact(TransferSummary.Contact contact) {
        if (contact == null) {
            return "Not applicable";
        }
        List<String> parts = new ArrayList<>();
        parts.add(contact.name());
        for (String part : new String[] { contact.address(), contact.phone(), contact.email() }) {
            if (part != null && !part.isBlank()) {
                parts.add(part);
            }
        }
        return String.join("\n", parts);
    }
}
