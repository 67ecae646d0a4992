package org.youthjustice.compliance;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasItem;

import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** What every paged list answers (kernel PageRequest and Page): the page, X-Total-Count, Link, and 400 for bad values. */
public final class Paging {
    private Paging() {
    }

    /** An authority no other test writes to, so that a list's total is this test's own rows. */
    public static String freshAuthority(String purpose) {
        return purpose + "-" + UUID.randomUUID().toString().substring(0, 8);
    }

    /** GET {@code path} as {@code token} with the query {@code params}, answered 200. */
    public static Response list(String token, String path, Map<String, ?> params) {
        RequestSpecification request = given().auth().oauth2(token);
        params.forEach(request::queryParam);
        Response response = request.get(path);
        response.then().statusCode(200);
        return response;
    }

    public static long total(Response response) {
        return Long.parseLong(response.header("X-Total-Count"));
    }

    /** The Link header's reference for {@code rel} ("next", "prev"), e.g. {@code ?offset=2&limit=2&scope=authority}; null if none. */
    public static String link(Response response, String rel) {
        String header = response.header("Link");
        if (header == null) {
            return null;
        }
        for (String link : header.split(",\\s*")) {
            if (link.endsWith("rel=\"" + rel + "\"")) {
                return link.substring(link.indexOf('<') + 1, link.indexOf('>'));
            }
        }
        return null;
    }

    /** Asserts the link for {@code rel} is a query-only reference naming {@code offset} and {@code limit}. */
    public static void assertLink(Response response, String rel, int offset, int limit) {
        assertThat(link(response, rel)).as(rel + " link").isNotNull().startsWith("?")
                .contains("offset=" + offset).contains("limit=" + limit);
    }

    /** A limit or offset that is not a number, or out of range, is a 400 problem naming the field. */
    public static void assertBadPagingRefused(String token, String path, Map<String, ?> params) {
        for (String bad : List.of("abc", "0", "-1")) {
            RequestSpecification request = given().auth().oauth2(token);
            params.forEach(request::queryParam);
            request.queryParam("limit", bad).get(path).then().statusCode(400).contentType("application/problem+json")
                    .body("violations.field", hasItem("limit"));
        }
        for (String bad : List.of("abc", "-1", "100001")) {
            RequestSpecification request = given().auth().oauth2(token);
            params.forEach(request::queryParam);
            request.queryParam("offset", bad).get(path).then().statusCode(400).contentType("application/problem+json")
                    .body("violations.field", hasItem("offset"));
        }
    }
}
