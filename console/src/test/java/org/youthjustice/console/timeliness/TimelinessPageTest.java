package org.youthjustice.console.timeliness;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import java.net.URI;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.youthjustice.console.Html;
import org.youthjustice.console.SignedIn;
import org.youthjustice.console.StubApi;
import org.youthjustice.console.StubPlatform;

/**
 * The timeliness page as each reader sees it, signed in to the console as deployed, with reporting-service's answers
 * stubbed behind the gateway ({@link StubPlatform}): Wokingham's figures in full, Nottinghamshire's with suppressed
 * counts. What a browser checks (axe-core, the content security policy in force) is the e2e ConsoleTest's.
 */
@QuarkusTest
@QuarkusTestResource(StubPlatform.class)
class TimelinessPageTest {
    @TestHTTPResource("/")
    URI console;

    @Test
    @DisplayName("a service manager sees the figures: counts, suppressed counts as \"fewer than 5\" (never 0 or blank), the "
            + "reasons, the on-time rate, why they see what they see, the months counted in the form and the CSV link")
    void figures() {
        SignedIn manager = SignedIn.as(console, "wokingham-service-manager");
        HttpResponse<String> page = manager.get("/timeliness");
        assertThat(page.statusCode()).isEqualTo(200);
        String html = page.body();
        // the service navigation names the page as the current one
        assertThat(html).containsPattern("href=\"/timeliness\" aria-current=\"page\"");

        String wokingham = row(html, "2026-11", "MIL-4", "wokingham");
        assertThat(cell(wokingham, "due")).isEqualTo("12");
        assertThat(cell(wokingham, "met-on-time")).isEqualTo("8");
        assertThat(cell(wokingham, "met-late")).isEqualTo("2");
        assertThat(cell(wokingham, "overdue")).isEqualTo("1");
        assertThat(cell(wokingham, "not-yet-due")).isEqualTo("0");
        assertThat(Html.text(wokingham)).contains("order revoked: 1");
        assertThat(cell(wokingham, "rate")).isEqualTo("73%");

        String nottinghamshire = row(html, "2026-11", "MIL-4", "nottinghamshire");
        assertThat(cell(nottinghamshire, "met-on-time")).isEqualTo("8");
        assertThat(cell(nottinghamshire, "met-late")).isEqualTo("fewer than 5");
        assertThat(cell(nottinghamshire, "overdue")).isEqualTo("fewer than 5");
        assertThat(cell(nottinghamshire, "not-applicable")).startsWith("fewer than 5").contains("order revoked: fewer than 5");
        assertThat(cell(nottinghamshire, "rate")).isEqualTo("Suppressed");

        assertThat(Html.text(element(html, "div", "suppression"))).contains("shown as “fewer than 5” is suppressed")
                .contains("a manager sees their own authority's figures in full and its cases");
        assertThat(Html.text(element(html, "p", "generated"))).contains("30 November 2026 at 5:04pm");
        // the months reporting-service counted by default, the last 12, shown in the form
        assertThat(html).contains("id=\"from\" name=\"from-month\" type=\"text\" inputmode=\"numeric\" value=\"12\"")
                .contains("id=\"from-year\" name=\"from-year\" type=\"text\" inputmode=\"numeric\" value=\"2025\"")
                .contains("id=\"to\" name=\"to-month\" type=\"text\" inputmode=\"numeric\" value=\"11\"");
        assertThat(html).contains("<caption class=\"govuk-table__caption govuk-table__caption--m\" id=\"figures-caption\">"
                + "Timeliness figures by authority, December 2025 to November 2026</caption>");
        assertThat(html).contains("href=\"/timeliness/figures.csv?level=authority&amp;authority=wokingham&amp;from-month=12"
                + "&amp;from-year=2025&amp;to-month=11&amp;to-year=2026\"");
        // the content security policy allows no inline style
        assertThat(html).doesNotContain(" style=");
        assertThat(page.headers().firstValue("Content-Security-Policy")).hasValueSatisfying(csp -> assertThat(csp).contains("style-src 'self'"));
    }

    @Test
    @DisplayName("the chart: an SVG per rule and authority with role=img, its accessible name and description, a bar per "
            + "month with a rate, and the months without one as gaps, each named with why in a note")
    void chart() {
        String html = SignedIn.as(console, "wokingham-service-manager").get("/timeliness").body();
        String chart = element(html, "figure", "chart", "MIL-4, Wokingham");
        assertThat(chart).contains("role=\"img\"")
                .contains("aria-label=\"On-time rate by month, MIL-4, Wokingham, December 2025 to November 2026\"")
                .contains("<title>On-time rate by month, MIL-4, Wokingham, December 2025 to November 2026</title>")
                .containsPattern("<desc>2 of 12 months have a rate, from 50% to 73%\\.");
        assertThat(Html.attributes(chart, "rect", "data-month")).containsExactly("2026-10", "2026-11");
        assertThat(Html.attributes(chart, "text", "data-month")).hasSize(10).contains("2025-12", "2026-09");
        assertThat(heightOf(chart, "2026-11")).isGreaterThan(heightOf(chart, "2026-10"));
        assertThat(Html.text(chart)).contains("No bar for December 2025 to September 2026: nothing fell due.");
        // Nottinghamshire's November rate is suppressed; Wokingham's MIL-2 has nothing decided yet
        assertThat(Html.text(element(html, "figure", "chart", "MIL-4, Nottinghamshire")))
                .contains("No bar for November 2026: a count behind the rate is suppressed (fewer than 5).");
        assertThat(Html.attributes(element(html, "figure", "chart", "MIL-2, Wokingham"), "rect", "data-month")).isEmpty();
        assertThat(Html.text(element(html, "figure", "chart", "MIL-2, Wokingham")))
                .contains("No bar for November 2026: no time limit of the month was met or overdue yet.");
        // one chart per rule and authority: one rule asked for, its charts only
        String mil4 = SignedIn.as(console, "wokingham-service-manager").get("/timeliness?rule=mil-4").body();
        assertThat(Html.attributes(mil4, "figure", "data-chart")).containsExactly("MIL-4, Nottinghamshire", "MIL-4, Wokingham");
    }

    @Test
    @DisplayName("a manager's own authority's counts link down to the time limits behind them; other authorities' do not, "
            + "nor a count of 0")
    void managersDrillDown() {
        String html = SignedIn.as(console, "wokingham-service-manager").get("/timeliness").body();
        String wokingham = row(html, "2026-11", "MIL-4", "wokingham");
        assertThat(Html.links(wokingham)).containsExactly(
                "/timeliness/cases?month=2026-11&rule=MIL-4",
                "/timeliness/cases?month=2026-11&rule=MIL-4&status=met-on-time",
                "/timeliness/cases?month=2026-11&rule=MIL-4&status=met-late",
                "/timeliness/cases?month=2026-11&rule=MIL-4&status=overdue",
                "/timeliness/cases?month=2026-11&rule=MIL-4&status=not-applicable");
        // each link says what it lists to a screen reader, not only its number
        assertThat(element(wokingham, "td", "met-late")).contains(">2<span class=\"govuk-visually-hidden\"> met late, MIL-4, "
                + "November 2026: the time limits</span></a>");
        assertThat(Html.links(row(html, "2026-11", "MIL-4", "nottinghamshire"))).isEmpty();

        // by team: each team's counts with its team; the time limits with no team yet cannot be picked out
        String teams = SignedIn.as(console, "wokingham-team-manager").get("/timeliness?level=team").body();
        assertThat(Html.links(row(teams, "2026-11", "MIL-4", "wokingham", "community-orders")))
                .contains("/timeliness/cases?month=2026-11&rule=MIL-4&team=community-orders&status=overdue");
        String teamless = row(teams, "2026-11", "MIL-4", "wokingham", "");
        assertThat(Html.text(teamless)).contains("Not yet with a team");
        assertThat(Html.links(teamless)).isEmpty();
        assertThat(Html.attributes(teams, "figure", "data-chart")).containsExactly("MIL-4, Community orders", "MIL-4, not yet with a team");
    }

    @Test
    @DisplayName("a partnership analyst reads the figures with no link down to any case, and may not open the drill-down")
    void analystSeesAggregatesOnly() {
        SignedIn analyst = SignedIn.as(console, "wokingham-partnership-analyst");
        HttpResponse<String> page = analyst.get("/timeliness");
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).doesNotContain("/timeliness/cases").doesNotContain("data-test=\"drill-down\"")
                .contains("fewer than 5");
        assertThat(Html.text(element(page.body(), "div", "suppression"))).contains("a partnership analyst sees every authority's figures");
        assertThat(analyst.get("/timeliness/cases?month=2026-11&rule=MIL-4").statusCode()).isEqualTo(403);
        // the console's home offers them the page
        assertThat(analyst.get("/").body()).contains("href=\"/timeliness\" role=\"button\"");
    }

    @Test
    @DisplayName("reporting-service's refusal (400) is shown on the form, against the field it names, in the form's words; a "
            + "month the form cannot read is its own error")
    void refusalsOnTheForm() {
        SignedIn manager = SignedIn.as(console, "wokingham-service-manager");
        HttpResponse<String> refused = manager.get("/timeliness?level=authority&from-month=12&from-year=2026&to-month=1&to-year=2026");
        assertThat(refused.statusCode()).isEqualTo(400);
        String summary = element(refused.body(), "div", "error-summary");
        assertThat(summary).contains("<a href=\"#from\">The first month must not be after the last month</a>");
        assertThat(refused.body()).contains("<title>Error: Timeliness").contains("id=\"from-error\"")
                // what was typed is still there, and no figures are shown
                .contains("id=\"from-year\" name=\"from-year\" type=\"text\" inputmode=\"numeric\" value=\"2026\"")
                .doesNotContain("data-test=\"figures\"");

        String team = manager.get("/timeliness?level=team&authority=").body();
        // the user's own authority is the one whose teams are counted when none is typed
        assertThat(team).contains("data-test=\"row\" data-month=\"2026-11\" data-rule=\"MIL-4\" data-authority=\"wokingham\" "
                + "data-team=\"community-orders\"");
        assertThat(Html.text(element(manager.get("/timeliness?rule=MIL%204").body(), "div", "error-summary")))
                .contains("The rule must be a rule ID such as MIL-4");

        HttpResponse<String> unreadable = manager.get("/timeliness?from-month=13&from-year=2025&to-year=2026");
        assertThat(unreadable.statusCode()).isEqualTo(400);
        assertThat(Html.text(element(unreadable.body(), "div", "error-summary")))
                .contains("The first month must be a real month, for example 12 2025")
                .contains("The last month must include a month");
    }

    @Test
    @DisplayName("the CSV: fetched from reporting-service with the user's token and the same filters, handed on as a download "
            + "with its file name")
    void csv() {
        SignedIn manager = SignedIn.as(console, "wokingham-service-manager");
        HttpResponse<String> csv = manager.get("/timeliness/figures.csv?level=team&authority=wokingham&rule=MIL-4");
        assertThat(csv.statusCode()).isEqualTo(200);
        assertThat(csv.headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type).startsWith("text/csv"));
        assertThat(csv.headers().firstValue("Content-Disposition"))
                .hasValue("attachment; filename=\"timeliness-team-2025-12-to-2026-11.csv\"");
        assertThat(csv.body()).startsWith("month,rule,authority,team,").contains("2026-11,MIL-4,wokingham,community-orders,9,6,2,1,0,0,0.667");
        // a filter reporting-service refuses: back to the page, which says why
        HttpResponse<String> refused = manager.get("/timeliness/figures.csv?from-month=12&from-year=2026&to-month=1&to-year=2026");
        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(refused.uri().getPath()).isEqualTo("/timeliness");
        assertThat(refused.body()).contains("The first month must not be after the last month");
    }

    @Test
    @DisplayName("the drill-down lists the time limits behind a count, each with its case page, paged 50 at a time")
    void drillDownListsCases() {
        SignedIn manager = SignedIn.as(console, "wokingham-team-manager");
        HttpResponse<String> first = manager.get("/timeliness/cases?month=2026-11&rule=MIL-4&team=community-orders&status=overdue");
        assertThat(first.statusCode()).isEqualTo(200);
        String html = first.body();
        assertThat(html).contains("<h1 class=\"govuk-heading-xl\">Overdue: MIL-4 time limits due in November 2026</h1>")
                .contains("Timeliness: Community orders");
        assertThat(Html.attributes(html, "tr", "data-time-limit")).hasSize(50);
        assertThat(html).contains("href=\"/cases/" + StubApi.caseId(0) + "\"").contains("href=\"/cases/" + StubApi.caseId(49) + "\"")
                .contains("<strong class=\"govuk-tag govuk-tag--red\">Overdue</strong>")
                .contains("1 November 2026");
        assertThat(Html.text(element(html, "p", "count"))).isEqualTo("Showing 1 to 50 of 60 time limits, soonest due first.");
        assertThat(Html.links(element(html, "nav", "pagination")))
                .containsExactly("/timeliness/cases?month=2026-11&rule=MIL-4&team=community-orders&status=overdue&page=2");

        String second = manager.get("/timeliness/cases?month=2026-11&rule=MIL-4&team=community-orders&status=overdue&page=2").body();
        assertThat(Html.attributes(second, "tr", "data-time-limit")).hasSize(10);
        assertThat(Html.text(element(second, "p", "count"))).isEqualTo("Showing 51 to 60 of 60 time limits, soonest due first.");
        assertThat(Html.links(element(second, "nav", "pagination")))
                .containsExactly("/timeliness/cases?month=2026-11&rule=MIL-4&team=community-orders&status=overdue&page=1");

        String met = manager.get("/timeliness/cases?month=2026-11&rule=MIL-4&status=met-late").body();
        assertThat(met).contains("Met late: MIL-4 time limits due in November 2026").contains("1 November 2026 at 10:30am");
        // an address that is no month, or no outcome, is no page
        assertThat(manager.get("/timeliness/cases?month=November").statusCode()).isEqualTo(404);
        assertThat(manager.get("/timeliness/cases?month=2026-11&status=lost").statusCode()).isEqualTo(404);
    }

    @Test
    @DisplayName("the page and its navigation link are for managers and partnership analysts only")
    void othersHaveNoAccess() {
        SignedIn caseWorker = SignedIn.as(console, "wokingham-case-worker");
        HttpResponse<String> page = caseWorker.get("/timeliness");
        assertThat(page.statusCode()).isEqualTo(403);
        assertThat(page.body()).contains("You do not have access to this page").doesNotContain("href=\"/timeliness\"");
        assertThat(caseWorker.get("/timeliness/figures.csv").statusCode()).isEqualTo(403);
        assertThat(caseWorker.get("/timeliness/cases?month=2026-11").statusCode()).isEqualTo(403);
    }

    /** The figures table's row of a month, rule and authority (and team, "" for the time limits with none). */
    private static String row(String html, String month, String rule, String authority, String... team) {
        String start = "data-test=\"row\" data-month=\"" + month + "\" data-rule=\"" + rule + "\" data-authority=\"" + authority + "\""
                + (team.length == 0 ? "" : " data-team=\"" + team[0] + "\"");
        int at = html.indexOf(start);
        assertThat(at).as("a row " + start).isNotNegative();
        return html.substring(at, html.indexOf("</tr>", at));
    }

    /** The text of a row's cell, by its data-test. */
    private static String cell(String row, String test) {
        return Html.text(element(row, "td", test));
    }

    /** The first {@code tag} element with data-test={@code test} (and data-chart={@code chart}), as HTML. */
    private static String element(String html, String tag, String test, String... chart) {
        Matcher m = Pattern.compile("<" + tag + "\\b[^>]*data-test=\"" + Pattern.quote(test) + "\""
                + (chart.length == 0 ? "" : " data-chart=\"" + Pattern.quote(chart[0]) + "\"") + "[^>]*>(.*?)</" + tag + ">",
                Pattern.DOTALL).matcher(html);
        assertThat(m.find()).as("a " + tag + " " + test + (chart.length == 0 ? "" : " " + chart[0])).isTrue();
        return m.group();
    }

    /** The height of the chart's bar of {@code month}. */
    private static int heightOf(String chart, String month) {
        Matcher m = Pattern.compile("data-month=\"" + month + "\"[^>]*\\sheight=\"(\\d+)\"").matcher(chart);
        assertThat(m.find()).isTrue();
        return Integer.parseInt(m.group(1));
    }
}
