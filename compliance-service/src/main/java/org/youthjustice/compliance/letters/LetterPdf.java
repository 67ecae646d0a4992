package org.youthjustice.compliance.letters;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.youthjustice.pdf.PdfPages;

/**
 * Lays a letter out as a PDF: one copy addressed to the child, then one for each parent/carer copied
 * (X-6), each ready for a window envelope. The font is embedded (Liberation Sans, shipped with PDFBox),
 * so names in any Latin script print as written.
 */
final class LetterPdf {
    private static final float MARGIN = 64;
    private static final float SIZE = 11.5f;
    private static final float LEADING = 16;

    /** One printed copy: who it is for, the address block, and whether it is the child's own. */
    record Copy(String recipient, String address, String copyNote) {
    }

    record Content(String letterhead, String reference, String date, String subject, String body, List<String> copiedTo) {
    }

    private LetterPdf() {
    }

    static byte[] render(Content content, List<Copy> copies) {
        try (PDDocument document = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PDType0Font font;
            try (InputStream ttf = PDDocument.class.getResourceAsStream("/org/apache/pdfbox/resources/ttf/LiberationSans-Regular.ttf")) {
                font = PDType0Font.load(document, ttf);
            }
            for (Copy copy : copies) {
                new Writer(document, font).write(content, copy);
            }
            document.getDocumentInformation().setTitle(content.subject());
            document.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Writes lines down the page, starting a new page when one is full. */
    private static final class Writer {
        private final PDDocument document;
        private final PDType0Font font;
        private final float width;
        private PDPageContentStream stream;
        private float y;

        Writer(PDDocument document, PDType0Font font) {
            this.document = document;
            this.font = font;
            this.width = PDRectangle.A4.getWidth() - 2 * MARGIN;
        }

        void write(Content content, Copy copy) throws IOException {
            newPage();
            line(content.letterhead(), 14);
            gap();
            if (copy.copyNote() != null) {
                line(copy.copyNote(), SIZE);
                gap();
            }
            line(copy.recipient(), SIZE);
            for (String addressLine : addressLines(copy.address())) {
                line(addressLine, SIZE);
            }
            gap();
            line(content.date(), SIZE);
            if (content.reference() != null) {
                line("Our reference: " + content.reference(), SIZE);
            }
            gap();
            line(content.subject(), 13);
            gap();
            for (String paragraphLine : content.body().strip().split("\\R", -1)) {
                if (paragraphLine.isBlank()) {
                    gap();
                } else {
                    wrapped(paragraphLine.strip(), SIZE);
                }
            }
            if (!content.copiedTo().isEmpty()) {
                gap();
                wrapped("Copy to: " + String.join("; ", content.copiedTo()), SIZE);
            }
            stream.close();
        }

        private static List<String> addressLines(String address) {
            if (address == null || address.isBlank()) {
                return List.of();
            }
            return Arrays.stream(address.split("\\R|,")).map(String::strip).filter(s -> !s.isEmpty()).toList();
        }

        private void newPage() throws IOException {
            if (stream != null) {
                stream.close();
            }
            PDPage page = new PDPage(PDRectangle.A4);
            document.addPage(page);
            stream = new PDPageContentStream(document, page);
            y = PDRectangle.A4.getHeight() - MARGIN;
        }

        private void gap() {
            y -= LEADING / 2;
        }

        private void wrapped(String text, float size) throws IOException {
            List<String> lines = new ArrayList<>();
            StringBuilder current = new StringBuilder();
            for (String word : printable(text).split(" ")) {
                String candidate = current.isEmpty() ? word : current + " " + word;
                if (current.isEmpty() || font.getStringWidth(candidate) / 1000 * size <= width) {
                    current.setLength(0);
                    current.append(candidate);
                } else {
                    lines.add(current.toString());
                    current.setLength(0);
                    current.append(word);
                }
            }
            lines.add(current.toString());
            for (String each : lines) {
                line(each, size);
            }
        }

        private void line(String text, float size) throws IOException {
            if (y < MARGIN + LEADING) {
                newPage();
            }
            stream.beginText();
            stream.setFont(font, size);
            stream.newLineAtOffset(MARGIN, y);
            stream.showText(printable(text));
            stream.endText();
            y -= LEADING * size / SIZE;
        }

        /** Characters the font has no glyph for (an emoji in a name) print as '?' rather than fail the letter. */
        private String printable(String text) {
            return PdfPages.printable(font, text);
        }
    }
}
