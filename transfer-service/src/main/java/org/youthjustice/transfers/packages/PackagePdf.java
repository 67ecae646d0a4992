package org.youthjustice.transfers.packages;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.youthjustice.events.transfers.TransferKind;
import org.youthjustice.kernel.calendar.Moments;
import org.youthjustice.transfers.requests.DocumentsChecklist;
import org.youthjustice.transfers.requests.TransferSummary;

/**
 * The transfer package for people (TRF-17): Appendix A's "Transfer in summary" filled in from the package
 * document, question by question in the form's words, then the documents checklist and the reasons for any
 * missing paperwork. The text font is embedded (Liberation Sans, shipped with PDFBox), so names print as written;
 * the fixed headings use the standard Helvetica Bold.
 */
final class PackagePdf {
    private static final float MARGIN = 56;
    private static final float LABEL_WIDTH = 225;
    private static final float GUTTER = 12;
    private static final float SIZE = 10;
    private static final float LEADING = 13.5f;
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);
    private static final DateTimeFormatter MOMENT = DateTimeFormatter.ofPattern("d MMMM yyyy, HH:mm", Locale.UK);

    private PackagePdf() {
    }

    static byte[] render(PackageDocument document) {
        try (PDDocument pdf = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PDType0Font text;
            try (InputStream ttf = PDDocument.class.getResourceAsStream("/org/apache/pdfbox/resources/ttf/LiberationSans-Regular.ttf")) {
                text = PDType0Font.load(pdf, ttf);
            }
            Layout layout = new Layout(pdf, text, new PDType1Font(Standard14Fonts.FontName.HELVETICA_BOLD));
            write(layout, document);
            layout.finish("Transfer package " + document.packageId() + ", version " + document.packageVersion());
            // the title names no one: a document's properties travel further than its pages
            pdf.getDocumentInformation().setTitle("Transfer package (Appendix A transfer summary)");
            pdf.getDocumentInformation().setAuthor(document.fromService());
            pdf.getDocumentInformation().setCreator("Youth Justice Platform, transfer-service");
            pdf.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void write(Layout out, PackageDocument document) throws IOException {
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

    /** Writes headings, paragraphs and two-column rows down A4 pages, a new page when one is full. */
    private static final class Layout {
        private final PDDocument pdf;
        private final PDType0Font text;
        private final PDFont bold;
        private final float width = PDRectangle.A4.getWidth() - 2 * MARGIN;
        private PDPageContentStream stream;
        private float y;

        Layout(PDDocument pdf, PDType0Font text, PDFont bold) throws IOException {
            this.pdf = pdf;
            this.text = text;
            this.bold = bold;
            newPage();
        }

        void title(String title) throws IOException {
            show(bold, 16, MARGIN, title);
            y -= LEADING * 1.8f;
        }

        void heading(String heading) throws IOException {
            ensureRoom(LEADING * 4);
            y -= LEADING * 0.8f;
            show(bold, 12, MARGIN, heading);
            y -= 4;
            stream.moveTo(MARGIN, y);
            stream.lineTo(MARGIN + width, y);
            stream.stroke();
            y -= LEADING;
        }

        void paragraph(String paragraph) throws IOException {
            for (String line : wrap(paragraph, text, SIZE, width)) {
                ensureRoom(LEADING);
                show(text, SIZE, MARGIN, line);
                y -= LEADING;
            }
            y -= LEADING / 3;
        }

        void note(String note) throws IOException {
            for (String line : wrap(note, text, SIZE - 1.5f, width)) {
                ensureRoom(LEADING);
                show(text, SIZE - 1.5f, MARGIN, line);
                y -= LEADING * 0.9f;
            }
            y -= LEADING / 3;
        }

        void row(String label, String value) throws IOException {
            row(label, value, false);
        }

        /**
         * A question of the form and its answer: side by side when the question fits on one line of its column,
         * otherwise the question across the page and the answer beneath it, so that the page reads (and its text
         * extracts) in order. A long answer runs onto the next page.
         */
        void row(String label, String value, boolean header) throws IOException {
            PDFont font = header ? bold : text;
            float valueX = MARGIN + LABEL_WIDTH + GUTTER;
            List<String> values = wrap(value == null ? "" : value, text, SIZE, width - LABEL_WIDTH - GUTTER);
            List<String> labels = wrap(label, text, SIZE, LABEL_WIDTH);
            if (labels.size() > 1) {
                for (String line : wrap(label, text, SIZE, width)) {
                    ensureRoom(LEADING * 2);
                    show(font, SIZE, MARGIN, line);
                    y -= LEADING;
                }
                labels = List.of();
            }
            ensureRoom(LEADING * Math.min(values.size(), 3));
            for (int i = 0; i < Math.max(labels.size(), values.size()); i++) {
                ensureRoom(LEADING);
                if (i < labels.size()) {
                    show(font, SIZE, MARGIN, labels.get(i));
                }
                if (i < values.size()) {
                    show(font, SIZE, valueX, values.get(i));
                }
                y -= LEADING;
            }
            y -= LEADING / 4;
        }

        /** Closes the last page and numbers them all, with what the document is at each foot. */
        void finish(String footer) throws IOException {
            stream.close();
            int count = pdf.getNumberOfPages();
            for (int i = 0; i < count; i++) {
                PDPage page = pdf.getPage(i);
                try (PDPageContentStream foot = new PDPageContentStream(pdf, page, PDPageContentStream.AppendMode.APPEND, true, true)) {
                    foot.beginText();
                    foot.setFont(text, 8);
                    foot.newLineAtOffset(MARGIN, MARGIN / 2);
                    foot.showText(printable(text, footer + "  |  page " + (i + 1) + " of " + count));
                    foot.endText();
                }
            }
        }

        private void ensureRoom(float needed) throws IOException {
            if (y - needed < MARGIN) {
                newPage();
            }
        }

        private void newPage() throws IOException {
            if (stream != null) {
                stream.close();
            }
            PDPage page = new PDPage(PDRectangle.A4);
            pdf.addPage(page);
            stream = new PDPageContentStream(pdf, page);
            stream.setLineWidth(0.5f);
            y = PDRectangle.A4.getHeight() - MARGIN;
        }

        private void show(PDFont font, float size, float x, String line) throws IOException {
            stream.beginText();
            stream.setFont(font, size);
            stream.newLineAtOffset(x, y);
            stream.showText(font == text ? printable(text, line) : line);
            stream.endText();
        }
    }

    /** Lines of at most {@code width}: broken at spaces, and within a word longer than a line (an e-mail address). */
    static List<String> wrap(String value, PDFont font, float size, float width) throws IOException {
        List<String> lines = new ArrayList<>();
        for (String paragraph : value.strip().split("\\R", -1)) {
            StringBuilder line = new StringBuilder();
            for (String word : paragraph.strip().split("\\s+")) {
                String candidate = line.isEmpty() ? word : line + " " + word;
                if (width(font, candidate, size) <= width) {
                    line.setLength(0);
                    line.append(candidate);
                    continue;
                }
                if (!line.isEmpty()) {
                    lines.add(line.toString());
                    line.setLength(0);
                }
                String rest = word;
                while (width(font, rest, size) > width && rest.length() > 1) {
                    int fits = rest.length() - 1;
                    while (fits > 1 && width(font, rest.substring(0, fits), size) > width) {
                        fits--;
                    }
                    lines.add(rest.substring(0, fits));
                    rest = rest.substring(fits);
                }
                line.append(rest);
            }
            lines.add(line.toString());
        }
        return lines;
    }

    private static float width(PDFont font, String value, float size) throws IOException {
        return font.getStringWidth(font instanceof PDType0Font type0 ? printable(type0, value) : value) / 1000 * size;
    }

    /** A character the font has no glyph for (an emoji in a name) prints as '?' rather than fail the document. */
    private static String printable(PDType0Font font, String value) {
        StringBuilder out = new StringBuilder();
        value.codePoints().forEach(cp -> {
            String ch = Character.isISOControl(cp) ? " " : new String(Character.toChars(cp));
            try {
                font.encode(ch);
                out.append(ch);
            } catch (IOException | IllegalArgumentException e) {
                out.append('?');
            }
        });
        return out.toString();
    }
}
