package org.youthjustice.pdf;

import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;

/**
 * A document for people, written down A4 pages: a title, headings, paragraphs, notes, question-and-answer rows and
 * horizontal bar charts, a new page when one is full, every page numbered at its foot. The text font is embedded
 * (Liberation Sans, shipped with PDFBox), so names print as written; headings use the standard Helvetica Bold.
 */
public final class PdfPages {
    private static final float MARGIN = 56;
    private static final float LABEL_WIDTH = 225;
    private static final float GUTTER = 12;
    private static final float SIZE = 10;
    private static final float LEADING = 13.5f;

    /** What the document writes on its pages. */
    @FunctionalInterface
    public interface Content {
        void write(PdfPages pages) throws IOException;
    }

    /** One bar of a chart: its label, its value, and its colour (GOV.UK Frontend's palette reads well in print). */
    public record Bar(String label, long value, Color colour) {
    }

    private final PDDocument pdf;
    private final PDType0Font text;
    private final PDFont bold;
    private final float width = PDRectangle.A4.getWidth() - 2 * MARGIN;
    private PDPageContentStream stream;
    private float y;

    private PdfPages(PDDocument pdf, PDType0Font text, PDFont bold) throws IOException {
        this.pdf = pdf;
        this.text = text;
        this.bold = bold;
        newPage();
    }

    /**
     * The document: {@code content} on its pages, {@code footer} at the foot of each with the page's number, and the
     * document's properties. The title property should name no one: a document's properties travel further than its pages.
     */
    public static byte[] render(String title, String author, String creator, String footer, Content content) {
        try (PDDocument pdf = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PDType0Font text;
            try (InputStream ttf = PDDocument.class.getResourceAsStream("/org/apache/pdfbox/resources/ttf/LiberationSans-Regular.ttf")) {
                text = PDType0Font.load(pdf, ttf);
            }
            PdfPages pages = new PdfPages(pdf, text, new PDType1Font(Standard14Fonts.FontName.HELVETICA_BOLD));
            content.write(pages);
            pages.finish(footer);
            PDDocumentInformation information = pdf.getDocumentInformation();
            information.setTitle(title);
            information.setAuthor(author);
            information.setCreator(creator);
            pdf.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public void title(String title) throws IOException {
        show(bold, 16, MARGIN, title);
        y -= LEADING * 1.8f;
    }

    public void heading(String heading) throws IOException {
        ensureRoom(LEADING * 4);
        y -= LEADING * 0.8f;
        show(bold, 12, MARGIN, heading);
        y -= 4;
        stream.moveTo(MARGIN, y);
        stream.lineTo(MARGIN + width, y);
        stream.stroke();
        y -= LEADING;
    }

    public void paragraph(String paragraph) throws IOException {
        for (String line : wrap(paragraph, text, SIZE, width)) {
            ensureRoom(LEADING);
            show(text, SIZE, MARGIN, line);
            y -= LEADING;
        }
        y -= LEADING / 3;
    }

    public void note(String note) throws IOException {
        for (String line : wrap(note, text, SIZE - 1.5f, width)) {
            ensureRoom(LEADING);
            show(text, SIZE - 1.5f, MARGIN, line);
            y -= LEADING * 0.9f;
        }
        y -= LEADING / 3;
    }

    public void row(String label, String value) throws IOException {
        row(label, value, false);
    }

    /**
     * A question and its answer: side by side when the question fits on one line of its column, otherwise the
     * question across the page and the answer beneath it, so that the page reads (and its text extracts) in order. A
     * long answer runs onto the next page.
     */
    public void row(String label, String value, boolean header) throws IOException {
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

    /**
     * A horizontal bar chart drawn on the page (vector, sharp at any zoom): one bar per item, scaled to the largest,
     * its label on the left and its value printed at its end, so that the chart reads without colour too.
     */
    public void bars(String caption, List<Bar> bars) throws IOException {
        long largest = Math.max(1, bars.stream().mapToLong(Bar::value).max().orElse(1));
        float barHeight = 11;
        float step = barHeight + 5;
        float labelWidth = 150;
        float chartWidth = width - labelWidth - 40;
        ensureRoom(LEADING + step * bars.size() + LEADING);
        show(bold, SIZE, MARGIN, caption);
        y -= LEADING;
        for (Bar bar : bars) {
            show(text, SIZE - 1, MARGIN, bar.label());
            float length = chartWidth * bar.value() / largest;
            stream.setNonStrokingColor(bar.colour());
            stream.addRect(MARGIN + labelWidth, y - 2, Math.max(length, 0.5f), barHeight);
            stream.fill();
            stream.setNonStrokingColor(Color.BLACK);
            show(text, SIZE - 1, MARGIN + labelWidth + length + 4, Long.toString(bar.value()));
            y -= step;
        }
        y -= LEADING / 2;
    }

    /** Closes the last page and numbers them all, with what the document is at each foot. */
    private void finish(String footer) throws IOException {
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

    /**
     * A character the font has no glyph for (an emoji in a name) prints as '?' rather than fail the document; a control
     * character as a space.
     */
    public static String printable(PDType0Font font, String value) {
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
