package org.youthjustice.kernel.paging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.youthjustice.kernel.problem.ProblemException;

class PageTest {
    private static final List<Integer> SEVEN = IntStream.range(0, 7).boxed().toList();

    @Test
    void theFirstPageHasTheTotalAndALinkToTheNextKeepingTheOtherQueryParameters() {
        Page<Integer> page = Page.of(SEVEN, PageRequest.of(null, "3", 50, 100));
        Response response = page.toResponse(URI.create("http://service/cases?status=due&limit=3"));

        assertThat(page.items()).containsExactly(0, 1, 2);
        assertThat(response.getHeaderString(Page.TOTAL_COUNT)).isEqualTo("7");
        assertThat(response.getHeaderString("Link")).isEqualTo("<?status=due&offset=3&limit=3>; rel=\"next\"");
    }

    @Test
    void aMiddlePageLinksBothWaysAndTheLastOnlyBack() {
        URI uri = URI.create("http://service/cases?offset=3&limit=3");
        assertThat(Page.of(SEVEN, PageRequest.of("3", "3", 50, 100)).toResponse(uri).getHeaderString("Link"))
                .isEqualTo("<?offset=6&limit=3>; rel=\"next\", <?offset=0&limit=3>; rel=\"prev\"");
        Page<Integer> last = Page.of(SEVEN, PageRequest.of("6", "3", 50, 100));
        assertThat(last.items()).containsExactly(6);
        assertThat(last.toResponse(uri).getHeaderString("Link")).isEqualTo("<?offset=3&limit=3>; rel=\"prev\"");
    }

    @Test
    void pastTheEndIsAnEmptyPageWithTheTotal() {
        Page<Integer> page = Page.of(SEVEN, PageRequest.of("40", "10", 50, 100));
        assertThat(page.items()).isEmpty();
        assertThat(page.total()).isEqualTo(7);
    }

    @Test
    void defaultsApplyAndEveryBadValueIsReportedWithItsField() {
        assertThat(PageRequest.of(null, " ", 50, 100)).isEqualTo(new PageRequest(0, 50));
        assertThatThrownBy(() -> PageRequest.of("-1", "abc", 50, 100))
                .isInstanceOfSatisfying(ProblemException.class, e -> assertThat(e.problem().violations())
                        .extracting(v -> v.field()).containsExactly("offset", "limit"));
        assertThatThrownBy(() -> PageRequest.of("0", "101", 50, 100)).isInstanceOf(ProblemException.class);
        assertThatThrownBy(() -> PageRequest.of("0", "0", 50, 100)).isInstanceOf(ProblemException.class);
        assertThatThrownBy(() -> PageRequest.of(String.valueOf(PageRequest.MAX_OFFSET + 1), "1", 50, 100))
                .isInstanceOf(ProblemException.class);
    }

    @Test
    void badPagingAndTheListsOtherBadCriteriaAreAnsweredTogether() {
        java.util.List<org.youthjustice.problem.Violation> others = new java.util.ArrayList<>(
                java.util.List.of(org.youthjustice.problem.Violation.ofField("status", "must be open or closed")));
        assertThatThrownBy(() -> PageRequest.of("x", "5", 50, 100, others))
                .isInstanceOfSatisfying(ProblemException.class, e -> assertThat(e.problem().violations())
                        .extracting(v -> v.field()).containsExactly("status", "offset"));
        assertThat(PageRequest.of("5", null, 50, 100, new java.util.ArrayList<>())).isEqualTo(new PageRequest(5, 50));
    }
}
