package org.youthjustice.compliance;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.response.Response;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.youthjustice.compliance.Supervision.SupervisedCase;
import org.youthjustice.testing.InjectKafkaBroker;
import org.youthjustice.testing.KafkaBroker;
import org.youthjustice.testing.TestClock;
import org.youthjustice.testing.TestTokens;

/**
 * A case's own lists (appointments, absences, letters) and the letter templates page like every list: cut from the
 * whole, with X-Total-Count and Link; another authority's case is not found, so none of its rows is listed or counted.
 */
@QuarkusTest
@TestProfile(ComplianceServiceInfrastructure.class)
class CaseListPagingTest {
    @InjectKafkaBroker
    KafkaBroker kafka;

    /** Three missed appointments (three absences), the first two judged unacceptable (two warning letters). */
    private SupervisedCase caseWithThreeOfEach(String authority) {
        SupervisedCase supervised = Supervision.underOrder(kafka, authority, TestClock.today().minusMonths(1),
                TestClock.today().plusMonths(6), false);
        Supervision.judgedUnacceptable(supervised, Supervision.missed(supervised, 200));
        Supervision.judgedUnacceptable(supervised, Supervision.missed(supervised, 180));
        Supervision.missed(supervised, 160);
        return supervised;
    }

    private static void pagesThrough(String token, String path, int total) {
        Response whole = Paging.list(token, path, Map.of());
        assertThat(Paging.total(whole)).isEqualTo(total);
        assertThat(whole.header("Link")).isNull();
        List<Object> items = whole.jsonPath().getList("$");
        assertThat(items).hasSize(total);

        Response first = Paging.list(token, path, Map.of("limit", "2"));
        assertThat(Paging.total(first)).isEqualTo(total);
        assertThat(first.jsonPath().getList("$")).isEqualTo(items.subList(0, 2));
        Paging.assertLink(first, "next", 2, 2);
        assertThat(Paging.link(first, "prev")).isNull();
        Response rest = Paging.list(token, path, Map.of("limit", "2", "offset", "2"));
        assertThat(Paging.total(rest)).isEqualTo(total);
        assertThat(rest.jsonPath().getList("$")).isEqualTo(items.subList(2, Math.min(4, total)));
        Paging.assertLink(rest, "prev", 0, 2);
        Response beyond = Paging.list(token, path, Map.of("offset", "50"));
        assertThat(beyond.jsonPath().getList("$")).isEmpty();
        assertThat(Paging.total(beyond)).isEqualTo(total);
    }

    @ParameterizedTest
    @ValueSource(strings = { "appointments", "absences", "letters" })
    @DisplayName("A case's appointments, absences and letters page; another authority's case is 404, never counted")
    void aCasesListsPage(String list) {
        String authority = Paging.freshAuthority("case-lists");
        SupervisedCase supervised = caseWithThreeOfEach(authority);
        String path = "/api/compliance/cases/" + supervised.caseId() + "/" + list;
        int total = list.equals("letters") ? 2 : 3;
        String manager = TestTokens.token(authority, "team-manager");
        if (total > 2) {
            pagesThrough(manager, path, total);
        } else {
            Response first = Paging.list(manager, path, Map.of("limit", "1"));
            assertThat(Paging.total(first)).isEqualTo(2);
            Paging.assertLink(first, "next", 1, 1);
            Response second = Paging.list(manager, path, Map.of("limit", "1", "offset", "1"));
            Paging.assertLink(second, "prev", 0, 1);
            assertThat(Paging.link(second, "next")).isNull();
            assertThat(List.of(first.jsonPath().getString("[0].id"), second.jsonPath().getString("[0].id")))
                    .isEqualTo(Paging.list(manager, path, Map.of()).jsonPath().getList("id"));
        }
        Paging.assertBadPagingRefused(manager, path, Map.of());

        given().auth().oauth2(TestTokens.token(Paging.freshAuthority("case-lists-elsewhere"), "team-manager")).get(path)
                .then().statusCode(404).contentType("application/problem+json");
    }

    @Test
    @DisplayName("The letter templates, one per kind, page too")
    void letterTemplatesPage() {
        String manager = TestTokens.token(Paging.freshAuthority("templates"), "team-manager");
        pagesThrough(manager, "/api/compliance/letter-templates", 4);
        Paging.assertBadPagingRefused(manager, "/api/compliance/letter-templates", Map.of());
    }
}
