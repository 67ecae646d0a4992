package org.youthjustice.transfers.documents;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.youthjustice.transfers.documents.DocumentRules.Refusal;

class DocumentRulesTest {
    static final byte[] PDF = "%PDF-1.4\n%âãÏÓ\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n".getBytes(StandardCharsets.ISO_8859_1);
    static final byte[] PNG = { (byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0x0D };

    @Test
    @DisplayName("TRF-5: a PDF, Word document, PNG or JPEG of its declared type within the limit is attached")
    void accepted() {
        assertThat(DocumentRules.check("application/pdf", PDF, 1000)).isEmpty();
        assertThat(DocumentRules.check("Image/PNG; charset=binary", PNG, 1000)).isEmpty();
        assertThat(DocumentRules.check("image/jpeg", new byte[] { (byte) 0xFF, (byte) 0xD8, (byte) 0xFF, 0 }, 1000)).isEmpty();
        assertThat(DocumentRules.check("application/vnd.openxmlformats-officedocument.wordprocessingml.document",
                new byte[] { 'P', 'K', 3, 4, 0 }, 1000)).isEmpty();
    }

    @Test
    @DisplayName("TRF-5: another type is 415, over the limit 413, empty or not what it says 400")
    void refused() {
        assertThat(DocumentRules.check("text/plain", "hello".getBytes(StandardCharsets.UTF_8), 1000)).get()
                .extracting(DocumentRules.Refused::refusal).isEqualTo(Refusal.UNSUPPORTED_TYPE);
        assertThat(DocumentRules.check(null, PDF, 1000)).get().extracting(DocumentRules.Refused::refusal).isEqualTo(Refusal.UNSUPPORTED_TYPE);
        assertThat(DocumentRules.check("application/pdf", PDF, 10)).get().extracting(DocumentRules.Refused::refusal).isEqualTo(Refusal.TOO_LARGE);
        assertThat(DocumentRules.check("application/pdf", new byte[0], 10)).get().extracting(DocumentRules.Refused::refusal).isEqualTo(Refusal.EMPTY);
        assertThat(DocumentRules.check("application/pdf", PNG, 1000)).get().extracting(DocumentRules.Refused::refusal)
                .isEqualTo(Refusal.NOT_WHAT_IT_SAYS);
    }

    @Test
    @DisplayName("TRF-5: a filename is kept without its path, quotes or control characters, and named after the item by default")
    void filenames() {
        assertThat(DocumentRules.filename("C:\\docs\\p\"s\r\nr.pdf", "pre-sentence-report", "application/pdf")).isEqualTo("psr.pdf");
        assertThat(DocumentRules.filename(null, "pre-sentence-report", "application/pdf")).isEqualTo("pre-sentence-report.pdf");
    }
}
