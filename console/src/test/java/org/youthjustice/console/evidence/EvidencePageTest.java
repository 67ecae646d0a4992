package org.youthjustice.console.evidence;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import java.net.URI;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.youthjustice.console.Html;
import org.youthjustice.console.SignedIn;
import org.youthjustice.console.StubApi;
import org.youthjustice.console.StubPlatform;

/**
 * A case's inspection evidence page as each reader sees it, signed in to the console as deployed, with
 * reporting-service's and order-service's answers stubbed behind the gateway ({@link StubPlatform}). What a browser
 * checks (axe-core, the content security policy in force) is the e2e ConsoleTest's.
 */
@QuarkusTest
@QuarkusTestResource(StubPlatform.class)
class EvidencePageTest {
    private static final String PAGE = "/cases/" + StubApi.EVIDENCE_CASE + "/inspection-evidence";

    @TestHTTPResource("/")
    URI console;

    @Test
    @DisplayName("a team manager reads the four standards in order, each with its question, its time limits counted and one "
            + "by one, and its dated facts oldest first; a standard with none says so")
    void standardsAndFacts() {
        HttpResponse<String> page = SignedIn.as(console, "wokingham-team-manager").get(PAGE);
        assertThat(page.statusCode()).isEqualTo(200);
        String html = page.body();
        assertThat(html).contains("<h1 class=\"govuk-heading-xl\">Inspection evidence</h1>")
                .contains("href=\"/cases/" + StubApi.EVIDENCE_CASE + "\" class=\"govuk-back-link\"");
        assertThat(Html.attributes(html, "section", "data-standard")).containsExactly("assessment", "planning", "delivery", "reviewing");
        assertThat(Html.text(element(html, "p", "generated"))).contains("30 November 2026 at 5:00pm");

        String assessment = standard(html, "assessment");
        assertThat(assessment).contains("<h2 class=\"govuk-heading-l\" id=\"standard-assessment\">Assessment</h2>");
        assertThat(Html.text(element(assessment, "p", "question"))).isEqualTo("Is assessment well informed, analytical and personalised?");
        String counts = element(assessment, "table", "counts");
        assertThat(counts).contains("<caption class=\"govuk-table__caption govuk-table__caption--s\">Assessment: time limits by outcome</caption>");
        assertThat(Html.text(element(counts, "td", "met-on-time"))).isEqualTo("2");
        assertThat(Html.text(element(counts, "td", "met-late"))).isEqualTo("1");
        assertThat(Html.text(element(counts, "td", "overdue"))).isEqualTo("0");
        assertThat(Html.text(element(counts, "td", "total"))).isEqualTo("3");
        // each time limit: rule, step, due, outcome, the day it was met; the step and due date as reporting-service words them
        List<String> timeLimits = rows(element(assessment, "table", "time-limits"), "time-limit");
        assertThat(timeLimits).containsExactly(
                "MIL-9 Risk raised with manager 4 October 2026 Met on time 4 October 2026",
                "MIL-5 First assessment review 6 October 2026 Met on time 5 October 2026",
                "MIL-10 Risk panel 16 October 2026 Met late 20 October 2026");
        assertThat(rows(element(assessment, "table", "facts"), "fact"))
                .containsExactly("2 October 2026 Assessment (start) completed: risk of serious harm medium MIL-5");

        String planning = standard(html, "planning");
        assertThat(rows(element(planning, "table", "time-limits"), "time-limit")).containsExactly(
                "MIL-6 Intervention plan 22 September 2026 Overdue Not met",
                "MIL-15 Intervention action plan 1 October 2026 Not applicable order revoked Not met");
        assertThat(rows(element(planning, "table", "facts"), "fact")).containsExactly(
                "1 September 2026 Youth rehabilitation order made with 1 requirement, 2026-09-01 to 2027-09-01 ORD-1");

        // delivery: facts, oldest first, and no time limit (so no chart)
        String delivery = standard(html, "delivery");
        assertThat(Html.text(element(delivery, "p", "no-time-limits"))).isEqualTo("No time limit under this standard.");
        assertThat(delivery).doesNotContain("data-test=\"chart\"");
        assertThat(rows(element(delivery, "table", "facts"), "fact")).containsExactly(
                "1 September 2026 Allocated to a band-b case manager in team community-orders ALC-12",
                "3 November 2026 First warning letter issued after 1 unacceptable absence CMP-5");

        String reviewing = standard(html, "reviewing");
        assertThat(Html.text(element(reviewing, "p", "no-facts-of-standard"))).isEqualTo("No fact recorded on the platform.");

        assertThat(Html.links(element(html, "a", "pdf"))).containsExactly(PAGE + ".pdf");
        assertThat(Html.text(element(html, "a", "pdf"))).isEqualTo("Download PDF");
        // the content security policy allows no inline style
        assertThat(html).doesNotContain(" style=");
    }

    @Test
    @DisplayName("the chart: an SVG per standard with time limits, role=img with an accessible name giving every count, a "
            + "bar per outcome counted, as long as its share, and each count written beside it")
    void chart() {
        String html = SignedIn.as(console, "wokingham-service-manager").get(PAGE).body();
        String chart = element(standard(html, "assessment"), "figure", "chart");
        assertThat(chart).contains("role=\"img\"")
                .contains("aria-label=\"Time limits by outcome, Assessment: 2 met on time, 1 met late, 0 overdue, 0 not yet due, "
                        + "0 not applicable\"")
                .contains("<title>Time limits by outcome, Assessment: 2 met on time")
                .contains("<desc>3 time limits under this standard.");
        assertThat(Html.attributes(chart, "rect", "data-outcome")).containsExactly("met-on-time", "met-late");
        assertThat(widthOf(chart, "met-on-time")).isEqualTo(OutcomeChart.PLOT);
        assertThat(widthOf(chart, "met-late")).isEqualTo(OutcomeChart.PLOT / 2);
        assertThat(Html.attributes(chart, "text", "data-outcome")).hasSize(5);
        assertThat(Html.attributes(html, "figure", "data-chart")).containsExactly("chart-assessment", "chart-planning");
        assertThat(Html.attributes(element(standard(html, "planning"), "figure", "chart"), "rect", "data-outcome"))
                .containsExactly("overdue", "not-applicable");
    }

    @Test
    @DisplayName("the PDF: fetched from reporting-service with the user's token, handed on as a download with its bytes, "
            + "its type and a file name of the case's id only")
    void pdf() {
        HttpResponse<String> pdf = SignedIn.as(console, "wokingham-advanced-practitioner").get(PAGE + ".pdf");
        assertThat(pdf.statusCode()).isEqualTo(200);
        assertThat(pdf.headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type).startsWith("application/pdf"));
        assertThat(pdf.headers().firstValue("Content-Disposition"))
                .hasValue("attachment; filename=\"inspection-evidence-" + StubApi.EVIDENCE_CASE + ".pdf\"");
        assertThat(pdf.body()).isEqualTo(StubApi.PDF);
    }

    @Test
    @DisplayName("a case reporting-service does not know (404) is \"Page not found\", as the page and as the PDF; a case "
            + "order-service holds that has no fact yet says so, with no PDF link")
    void notFoundAndNoFactsYet() {
        SignedIn manager = SignedIn.as(console, "wokingham-team-manager");
        HttpResponse<String> unknown = manager.get("/cases/" + UUID.randomUUID() + "/inspection-evidence");
        assertThat(unknown.statusCode()).isEqualTo(404);
        assertThat(unknown.body()).contains("Page not found").doesNotContain("data-test=\"standard\"");
        assertThat(manager.get("/cases/" + UUID.randomUUID() + "/inspection-evidence.pdf").statusCode()).isEqualTo(404);

        HttpResponse<String> fresh = manager.get("/cases/" + StubApi.NEW_CASE + "/inspection-evidence");
        assertThat(fresh.statusCode()).isEqualTo(200);
        assertThat(Html.text(element(fresh.body(), "div", "no-facts"))).startsWith("The platform holds no dated fact of this case yet.");
        assertThat(fresh.body()).doesNotContain("data-test=\"pdf\"").doesNotContain("data-test=\"standard\"");
    }

    @Test
    @DisplayName("the case page links to the evidence for a team manager and an advanced practitioner, not for a case "
            + "worker, who may open neither the page nor the PDF")
    void linkOnTheCasePage() {
        String link = "href=\"" + PAGE + "\"";
        HttpResponse<String> managers = SignedIn.as(console, "wokingham-team-manager").get("/cases/" + StubApi.EVIDENCE_CASE);
        assertThat(managers.statusCode()).isEqualTo(200);
        assertThat(Html.text(element(managers.body(), "a", "inspection-evidence"))).isEqualTo("Inspection evidence");
        assertThat(managers.body()).contains(link);
        assertThat(SignedIn.as(console, "wokingham-advanced-practitioner").get("/cases/" + StubApi.EVIDENCE_CASE).body()).contains(link);

        SignedIn caseWorker = SignedIn.as(console, "wokingham-case-worker");
        HttpResponse<String> workers = caseWorker.get("/cases/" + StubApi.EVIDENCE_CASE);
        assertThat(workers.statusCode()).isEqualTo(200);
        assertThat(workers.body()).contains("data-test=\"child-name\"").doesNotContain("inspection-evidence");
        HttpResponse<String> refused = caseWorker.get(PAGE);
        assertThat(refused.statusCode()).isEqualTo(403);
        assertThat(refused.body()).contains("You do not have access to this page");
        assertThat(caseWorker.get(PAGE + ".pdf").statusCode()).isEqualTo(403);
    }

    /** The section of a standard, as HTML. */
    private static String standard(String html, String standard) {
        int at = html.indexOf("data-test=\"standard\" data-standard=\"" + standard + "\"");
        assertThat(at).as("a section " + standard).isNotNegative();
        return html.substring(at, html.indexOf("</section>", at));
    }

    /** The text of each row of a table with data-test={@code test}. */
    private static List<String> rows(String table, String test) {
        List<String> rows = new ArrayList<>();
        Matcher m = Pattern.compile("<tr\\b[^>]*data-test=\"" + test + "\"[^>]*>(.*?)</tr>", Pattern.DOTALL).matcher(table);
        while (m.find()) {
            rows.add(Html.text(m.group(1)));
        }
        return rows;
    }

    /** The first {@code tag} element with data-test={@code test}, as HTML. */
    private static String element(String html, String tag, String test) {
        Matcher m = Pattern.compile("<" + tag + "\\b[^>]*data-test=\"" + Pattern.quote(test) + "\"[^>]*>(.*?)</" + tag + ">",
                Pattern.DOTALL).matcher(html);
        assertThat(m.find()).as("a " + tag + " " + test).isTrue();
        return m.group();
    }

    /** The width of the chart's bar of {@code outcome}. */
    private static int widthOf(String chart, String outcome) {
        Matcher m = Pattern.compile("data-outcome=\"" + outcome + "\"[^>]*\\swidth=\"(\\d+)\"").matcher(chart);
        assertThat(m.find()).isTrue();
        return Integer.parseInt(m.group(1));
    }
}
