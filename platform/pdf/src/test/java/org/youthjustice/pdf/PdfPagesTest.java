package org.youthjustice.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Color;
import java.io.IOException;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class PdfPagesTest {

    @Test
    @DisplayName("a document's text reads in order, runs onto numbered pages, keeps a name as written and draws its charts")
    void writesPagesInOrder() throws IOException {
        byte[] bytes = PdfPages.render("A title naming no one", "wokingham", "test", "Test document", pages -> {
            pages.title("Evidence for Zoë");
            pages.heading("Assessment");
            pages.bars("Time limits", List.of(new PdfPages.Bar("met on time", 7, new Color(0, 112, 60)),
                    new PdfPages.Bar("met late", 2, new Color(212, 53, 28))));
            for (int i = 0; i < 80; i++) {
                pages.row("Question " + i, "Answer " + i);
            }
        });
        try (PDDocument pdf = Loader.loadPDF(bytes)) {
            assertThat(pdf.getNumberOfPages()).isGreaterThan(1);
            assertThat(pdf.getDocumentInformation().getTitle()).isEqualTo("A title naming no one");
            String text = new PDFTextStripper().getText(pdf);
            assertThat(text).contains("Evidence for Zoë", "met on time", "met late", "Question 79 Answer 79",
                    "page 1 of " + pdf.getNumberOfPages());
            assertThat(text.indexOf("Assessment")).isLessThan(text.indexOf("Question 0"));
        }
    }

    @Test
    @DisplayName("a line longer than the page breaks at spaces, and a word longer than a line within it")
    void wraps() throws IOException {
        var font = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
        assertThat(PdfPages.wrap("one two three four", font, 10, 60)).hasSizeGreaterThan(1)
                .allSatisfy(line -> assertThat(font.getStringWidth(line) / 1000 * 10).isLessThanOrEqualTo(60));
        assertThat(PdfPages.wrap("x".repeat(200), font, 10, 100)).hasSizeGreaterThan(3);
    }
}
