package org.youthjustice.transfers.documents;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.youthjustice.transfers.TransferRequests.ROOT;
import static org.youthjustice.transfers.TransferRequests.caseWorker;
import static org.youthjustice.transfers.TransferRequests.manager;
import static org.youthjustice.transfers.TransferRequests.requested;
import static org.youthjustice.transfers.TransferRequests.summary;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.youthjustice.transfers.TransferServiceInfrastructure;

@QuarkusTest
@TestProfile(TransferServiceInfrastructure.class)
class DocumentTest {
    private static final byte[] PDF = "%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n".getBytes(StandardCharsets.ISO_8859_1);

    @Test
    @DisplayName("TRF-5, TRF-13: a PDF attached by the home authority is downloaded by both authorities, by no third (404)")
    void attachAndDownload() {
        String id = requested(summary());
        String home = caseWorker("wokingham");
        String documentId = given().auth().oauth2(home).contentType("application/pdf").queryParam("filename", "psr.pdf").body(PDF)
                .post(ROOT + "/" + id + "/documents/pre-sentence-report").then().statusCode(201)
                .body("item", equalTo("pre-sentence-report")).body("sizeBytes", equalTo(PDF.length)).extract().path("id");

        for (String reader : new String[] { home, manager("nottinghamshire") }) {
            byte[] downloaded = given().auth().oauth2(reader).get(ROOT + "/" + id + "/documents/" + documentId).then().statusCode(200)
                    .contentType("application/pdf").header("Content-Disposition", "attachment; filename=\"psr.pdf\"")
                    .extract().asByteArray();
            assertThat(Arrays.equals(downloaded, PDF)).isTrue();
        }
        given().auth().oauth2(manager("nottinghamshire")).get(ROOT + "/" + id + "/documents").then().statusCode(200)
                .body("id", contains(documentId));
        given().auth().oauth2(manager("bracknell-forest")).get(ROOT + "/" + id + "/documents/" + documentId).then().statusCode(404);
        // the receiving authority reads, and does not attach
        given().auth().oauth2(manager("nottinghamshire")).contentType("application/pdf").body(PDF)
                .post(ROOT + "/" + id + "/documents/court-order").then().statusCode(403);
    }

    @Test
    @DisplayName("TRF-5: another type is 415, a file over the limit 413, content not of its type or an unknown item 400")
    void refused() {
        String id = requested(summary());
        String home = caseWorker("wokingham");
        given().auth().oauth2(home).contentType("text/plain").body("hello").post(ROOT + "/" + id + "/documents/court-order")
                .then().statusCode(415).contentType("application/problem+json");
        byte[] large = new byte[1024 * 1024 + 1];
        System.arraycopy(PDF, 0, large, 0, PDF.length);
        given().auth().oauth2(home).contentType("application/pdf").body(large).post(ROOT + "/" + id + "/documents/court-order")
                .then().statusCode(413).contentType("application/problem+json");
        given().auth().oauth2(home).contentType("image/png").body(PDF).post(ROOT + "/" + id + "/documents/court-order")
                .then().statusCode(400).body("violations[0].rule", equalTo("TRF-5"));
        given().auth().oauth2(home).contentType("application/pdf").body(PDF).post(ROOT + "/" + id + "/documents/birth-certificate")
                .then().statusCode(400).body("violations[0].field", equalTo("item"));
        given().auth().oauth2(home).get(ROOT + "/" + id + "/documents").then().statusCode(200).body("$", org.hamcrest.Matchers.hasSize(0));
    }
}
