package org.youthjustice.transfers;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasItem;
import static org.youthjustice.transfers.TransferRequests.ROOT;
import static org.youthjustice.transfers.TransferRequests.caseWorker;
import static org.youthjustice.transfers.TransferRequests.post;
import static org.youthjustice.transfers.TransferRequests.request;
import static org.youthjustice.transfers.TransferRequests.summary;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Issue 19: every list pages (offset, limit; X-Total-Count; Link next/prev), bad paging is a 400 problem naming the
 * field, and the transfers of other authorities are neither listed nor counted.
 */
@QuarkusTest
@TestProfile(TransferServiceInfrastructure.class)
class PagingTest {
    private static final String PROBLEM = "application/problem+json";

    @Inject
    AgroalDataSource dataSource;

    /** Every list of the service (the paging is checked before the transfer is looked up). */
    private static List<String> lists() {
        UUID someTransfer = UUID.randomUUID();
        return List.of(ROOT, ROOT + "/packages", ROOT + "/tasks", ROOT + "/caretaking", ROOT + "/" + someTransfer + "/versions",
                ROOT + "/" + someTransfer + "/reviews", ROOT + "/" + someTransfer + "/meeting", ROOT + "/" + someTransfer + "/documents",
                ROOT + "/" + someTransfer + "/caretaking/reports");
    }

    @ParameterizedTest
    @ValueSource(strings = { "abc", "0", "-1", "100001" })
    @DisplayName("A limit that is not a whole number in range is a 400 problem naming limit, on every list")
    void badLimit(String limit) {
        String token = TransferRequests.manager("wokingham");
        for (String list : lists()) {
            given().auth().oauth2(token).queryParam("limit", limit).get(list).then().statusCode(400).contentType(PROBLEM)
                    .body("violations.field", hasItem("limit"));
        }
    }

    @ParameterizedTest
    @ValueSource(strings = { "abc", "-1", "100001" })
    @DisplayName("An offset that is not a whole number in range is a 400 problem naming offset, on every list")
    void badOffset(String offset) {
        String token = TransferRequests.manager("wokingham");
        for (String list : lists()) {
            given().auth().oauth2(token).queryParam("offset", offset).get(list).then().statusCode(400).contentType(PROBLEM)
                    .body("violations.field", hasItem("offset"));
        }
    }

    @Test
    @DisplayName("A bad scope or status and bad paging are answered together, each field listed")
    void badCriteriaAndPaging() {
        String token = TransferRequests.manager("wokingham");
        given().auth().oauth2(token).queryParam("scope", "everyone").queryParam("limit", "abc").get(ROOT + "/tasks").then()
                .statusCode(400).contentType(PROBLEM).body("violations.field", hasItem("scope")).body("violations.field", hasItem("limit"));
        given().auth().oauth2(token).queryParam("status", "lost").queryParam("offset", "-1").get(ROOT + "/caretaking").then()
                .statusCode(400).contentType(PROBLEM).body("violations.field", hasItem("status")).body("violations.field", hasItem("offset"));
    }

    @Test
    @DisplayName("An authority's transfers page newest first, each list the same page, with the total and the links; the "
            + "transfers between two other authorities are neither listed nor counted")
    void transfers() throws SQLException {
        String home = "west-berkshire";
        String receiving = "reading";
        List<String> requested = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            requested.add(post(caseWorker(home), "", request(home, receiving, "caretaking", summary())).then().statusCode(201)
                    .extract().path("id"));
        }
        String elsewhere = post(caseWorker("windsor-and-maidenhead"), "", request("windsor-and-maidenhead", "bracknell-forest",
                "caretaking", summary())).then().statusCode(201).extract().path("id");
        long outgoing = count("select count(*) from transfer where home_authority = ?", home);
        long incoming = count("select count(*) from transfer where receiving_authority = ?", home);
        long longer = Math.max(outgoing, incoming);

        List<String> listed = new ArrayList<>();
        List<String> outgoingListed = new ArrayList<>();
        Response first = page(caseWorker(home), ROOT, 0, 2);
        assertThat(first.header("X-Total-Count")).isEqualTo(Long.toString(longer));
        assertThat(first.jsonPath().getList("outgoing")).hasSize((int) Math.min(2, outgoing));
        assertThat(first.jsonPath().getList("incoming")).hasSize((int) Math.min(2, incoming));
        assertThat(first.header("Link")).isEqualTo("<?offset=2&limit=2>; rel=\"next\"");
        outgoingListed.addAll(first.jsonPath().getList("outgoing.id", String.class));
        listed.addAll(first.jsonPath().getList("incoming.id", String.class));
        for (int offset = 2; offset < longer; offset += 2) {
            Response next = page(caseWorker(home), ROOT, offset, 2);
            assertThat(next.header("X-Total-Count")).isEqualTo(Long.toString(longer));
            assertThat(next.header("Link")).contains("<?offset=" + (offset - 2) + "&limit=2>; rel=\"prev\"");
            outgoingListed.addAll(next.jsonPath().getList("outgoing.id", String.class));
            listed.addAll(next.jsonPath().getList("incoming.id", String.class));
        }
        listed.addAll(outgoingListed);
        assertThat(listed).hasSize((int) (outgoing + incoming)).doesNotHaveDuplicates().containsAll(requested).doesNotContain(elsewhere);
        // the pages put together are the whole list in its order, newest first (the id breaking ties)
        assertThat(outgoingListed).containsExactlyElementsOf(ids(
                "select id::text from transfer where home_authority = ? order by requested_at desc, id desc", home));

        // one transfer's versions: one page of one
        Response versions = page(caseWorker(home), ROOT + "/" + requested.get(0) + "/versions", 0, 10);
        assertThat(versions.jsonPath().getList("number")).containsExactly(1);
        assertThat(versions.header("X-Total-Count")).isEqualTo("1");
        assertThat(versions.header("Link")).isNull();
        given().auth().oauth2(caseWorker("bracknell-forest")).get(ROOT + "/" + requested.get(0) + "/versions").then().statusCode(404);
    }

    private static Response page(String token, String path, int offset, int limit) {
        Response page = given().auth().oauth2(token).queryParam("offset", offset).queryParam("limit", limit).get(path);
        page.then().statusCode(200);
        return page;
    }

    private List<String> ids(String sql, String authority) throws SQLException {
        List<String> ids = new ArrayList<>();
        try (Connection connection = dataSource.getConnection(); PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setString(1, authority);
            try (var rows = statement.executeQuery()) {
                while (rows.next()) {
                    ids.add(rows.getString(1));
                }
            }
        }
        return ids;
    }

    private long count(String sql, String authority) throws SQLException {
        try (Connection connection = dataSource.getConnection(); PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setString(1, authority);
            try (var rows = statement.executeQuery()) {
                rows.next();
                return rows.getLong(1);
            }
        }
    }
}
