package org.youthjustice.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * The practitioners' web console in a real browser (headless Chromium), through the gateway, signed in with Keycloak
 * as each practitioner would be. Every page visited passes axe-core's WCAG 2.2 AA rules and breaks no rule of the
 * content security policy.
 */
@EndToEnd
class ConsoleTest {
    private static final ZoneId UK = ZoneId.of("Europe/London");

    @BeforeAll
    static void browserInstalled() {
        assertThat(Browser.installed()).as("Debian's chromium and chromium-driver at " + Browser.CHROMIUM + " and "
                + Browser.CHROMEDRIVER + " (.ci/run installs them: see the README)").isTrue();
    }

    @Test
    @DisplayName("ORD-1, ORD-4 in the console: a court officer signs in, records a court outcome with an error shown against "
            + "its field with its rule id, mends it, and lands on the child's case; every page accessible; sign-out")
    void courtOfficerRecordsACourtOutcome(RunningPlatform platform) {
        LocalDate today = LocalDate.now(UK);
        String familyName = "Console-" + UUID.randomUUID().toString().substring(0, 8);
        try (Browser browser = new Browser(platform.gateway(), true)) {
            browser.signIn("wokingham-court-officer", RunningPlatform.DEMO_PASSWORD);
            assertThat(browser.text(By.cssSelector("[data-test=user]"))).contains("wokingham");
            browser.assertAccessible();
            // a link to the sign-out address (from another page, an image) signs no one out: only the page's own form does
            browser.open("/sign-out");
            assertThat(browser.wait(By.cssSelector("[data-test=user]")).getText()).contains("wokingham");

            browser.open("/court-outcomes/new");
            browser.assertAccessible();
            fillSentence(browser, today, familyName);
            // a youth rehabilitation order with no requirement: ORD-4, from order-service, against the requirements
            browser.submit("Record the court outcome");
            WebElement summary = browser.wait(By.cssSelector("[data-test=error-summary]"));
            assertThat(summary.getText()).contains("There is a problem").contains("(ORD-4)");
            assertThat(summary.findElement(By.tagName("a")).getAttribute("href")).endsWith("#requirements");
            assertThat(browser.text(By.id("requirements-error"))).contains("ORD-4");
            assertThat(browser.title()).startsWith("Error: ");
            browser.screenshot("court-outcome-errors");
            // what was typed is still there
            assertThat(browser.find(By.id("familyName")).getAttribute("value")).isEqualTo(familyName);
            browser.assertAccessible();

            browser.choose("requirements", "supervision");
            browser.submit("Record the court outcome");
            assertThat(browser.wait(By.cssSelector("[data-test=banner]")).getText()).isEqualTo("Court outcome recorded");
            assertThat(browser.text(By.cssSelector("[data-test=child-name]"))).isEqualTo("Robin " + familyName);
            assertThat(browser.url()).doesNotContain(familyName);
            browser.assertAccessible();
            browser.assertNoConsoleErrors();

            browser.signOut();
            browser.assertAccessible();
            // the check itself finds a violation: a text field with no label, added to the page
            browser.script("document.querySelector('main').appendChild(document.createElement('input'))");
            assertThatThrownBy(browser::assertAccessible).hasMessageContaining("label (critical)");
            // signed out: the console sends the browser to sign in again
            browser.open("/court-outcomes/new");
            browser.wait(By.id("username"));
        }
    }

    @Test
    @DisplayName("ALC-12, MIL-2, CMP-4, CMP-2, X-1 in the console: a team manager allocates the case at the allocation meeting; the case "
            + "manager's work lists the first contact due with how its date was worked out, they find the child by name and "
            + "record the contact, which meets it; an appointment missed, its follow-up due, the absence judged acceptable; a "
            + "forged form is refused; another authority's user finds no such case")
    void fromAllocationToFirstContact(RunningPlatform platform) {
        LocalDate today = LocalDate.now(UK);
        VictimScenarios.caseWorker(platform);
        Map<String, Object> child = new java.util.HashMap<>(VictimScenarios.child(today, "Console"));
        // a child under 16: letters copy the parent or carer
        child.put("address", "3 Elm Close, Wokingham, RG41 2ZZ");
        child.put("parentCarers", java.util.List.of(Map.of("name", "Chris Doe", "relationship", "father",
                "address", "3 Elm Close, Wokingham, RG41 2ZZ")));
        String familyName = (String) child.get("familyName");
        String caseId = VictimScenarios.sentenced(platform, today, child, "theft");

        try (Browser browser = new Browser(platform.gateway(), true)) {
            browser.signIn("wokingham-team-manager", RunningPlatform.DEMO_PASSWORD);
            // order.made reaches allocation-service over Kafka: the request joins the meeting's list
            await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(500)).until(() -> {
                browser.open("/allocations");
                return !browser.all(By.cssSelector("[data-test=request][data-case='" + caseId + "']")).isEmpty();
            });
            // each request names its case by the reference the team knows it by
            assertThat(browser.text(By.cssSelector("[data-test=request][data-case='" + caseId + "']"))).containsPattern("YJ-\\d{4}-");
            browser.assertAccessible();
            browser.follow(By.cssSelector("[data-test=request][data-case='" + caseId + "'] a[href^='/allocations/']"));
            assertThat(browser.wait(By.tagName("h1")).getText()).isEqualTo("Allocate Casey " + familyName);
            WebElement caseWorker = browser.all(By.cssSelector("[data-test=candidate]")).stream()
                    .filter(candidate -> candidate.getText().contains("Wokingham Case Worker")).findFirst().orElseThrow();
            assertThat(caseWorker.getText()).contains("% of capacity");
            browser.assertAccessible();
            browser.screenshot("allocation-meeting");
            caseWorker.findElement(By.tagName("input")).click();
            browser.type("rationale", "Console test: the demo case worker holds the case.");
            browser.submit("Allocate");
            assertThat(browser.wait(By.cssSelector("[data-test=banner]")).getText()).isEqualTo("Case allocated");
            assertThat(browser.all(By.cssSelector("[data-test=request][data-case='" + caseId + "']"))).isEmpty();
            browser.assertNoConsoleErrors();
            browser.signOut();

            browser.signIn(VictimScenarios.CASE_WORKER, RunningPlatform.DEMO_PASSWORD);
            // case.allocated reaches order-service: first contact falls due
            await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(500)).until(() -> {
                browser.open("/");
                return firstContactDue(browser, familyName) != null;
            });
            WebElement due = firstContactDue(browser, familyName);
            due.findElement(By.tagName("summary")).click();
            String explanation = due.findElement(By.cssSelector("[data-test=explanation]")).getText();
            LocalDate dueDate = AllocationFlowTest.addWorkingDays(today, 3);
            assertThat(explanation).contains("3 working days").contains("policy version")
                    .contains("due by " + dueDate.format(java.time.format.DateTimeFormatter.ofPattern("d MMMM yyyy", java.util.Locale.UK)));
            // the days between that a count of working days skipped, each with its reason: on any date this test runs
            long between = java.time.temporal.ChronoUnit.DAYS.between(today, dueDate) - 1;
            assertThat(due.findElements(By.cssSelector("[data-test=skipped] li"))).as(explanation).hasSize((int) between - 2);
            browser.assertAccessible();
            browser.screenshot("my-work");

            browser.open("/cases");
            browser.type("name", familyName);
            browser.submit("Search");
            assertThat(browser.wait(By.cssSelector("[data-test=results]")).getText()).isEqualTo("1 case found");
            assertThat(browser.url()).doesNotContain(familyName);
            browser.assertAccessible();
            browser.follow(By.linkText("Casey " + familyName));
            String caseFile = browser.url();
            assertThat(caseFile).endsWith("/cases/" + caseId);
            assertThat(browser.wait(By.cssSelector("[data-test=allocation]")).getText()).contains("Allocated");
            browser.assertAccessible();

            browser.follow(By.linkText("Record a contact"));
            browser.wait(By.id("type"));
            browser.assertAccessible();
            browser.choose("type", "office");
            // now, to the second: after the allocation that started first contact, and not in the future
            java.time.ZonedDateTime now = java.time.ZonedDateTime.now(UK);
            browser.date("occurredOn", now.toLocalDate());
            browser.type("time", now.toLocalTime().withNano(0).toString());
            browser.choose("made", "yes");
            browser.choose("present", "child");
            browser.type("summary", "First contact, recorded in the console.");
            browser.submit("Record the contact");
            assertThat(browser.wait(By.cssSelector("[data-test=banner]")).getText()).isEqualTo("Contact recorded");
            // the contact met first contact: it is no longer due
            browser.open("/");
            assertThat(firstContactDue(browser, familyName)).isNull();
            browser.assertNoConsoleErrors();

            // MIL-6: the intervention plan, co-produced with the child, its copy sent to the parent or carer today
            browser.open(caseFile.substring(platform.gateway().length()));
            browser.follow(By.linkText("Record a plan"));
            browser.wait(By.id("kind"));
            browser.assertAccessible();
            browser.choose("kind", "intervention-plan");
            browser.date("completedOn", today);
            browser.choose("coProducedWithChild", "yes");
            browser.date("copiedOn", today);
            browser.submit("Record the plan");
            assertThat(browser.wait(By.cssSelector("[data-test=banner]")).getText()).isEqualTo("Plan recorded");

            // CMP-4, CMP-2: an appointment that began two minutes ago (compliance-service takes one begun within its 5
            // minutes of clock skew), recorded missed, followed up in My work, judged acceptable
            browser.open(caseFile.substring(platform.gateway().length()));
            browser.follow(By.linkText("Make an appointment"));
            browser.wait(By.id("kind"));
            browser.assertAccessible();
            // the form takes one date for both times, and the appointments below each last a minute: not near midnight
            await().atMost(Duration.ofMinutes(15)).until(() -> java.time.LocalTime.now(UK).isAfter(java.time.LocalTime.of(0, 3))
                    && java.time.LocalTime.now(UK).isBefore(java.time.LocalTime.of(23, 50)));
            java.time.ZonedDateTime starts = java.time.ZonedDateTime.now(UK).minusMinutes(2).withNano(0);
            browser.type("kind", "supervision");
            browser.date("on", starts.toLocalDate());
            browser.type("starts", starts.toLocalTime().toString());
            browser.type("ends", starts.plusMinutes(1).toLocalTime().toString());
            browser.type("place", "Wokingham youth justice office");
            browser.submit("Make the appointment");
            assertThat(browser.wait(By.cssSelector("[data-test=banner]")).getText()).isEqualTo("Appointment made");
            browser.follow(By.cssSelector("[data-test=appointment] button[value=no]"));
            assertThat(browser.wait(By.cssSelector("[data-test=banner]")).getText()).isEqualTo("Attendance recorded");
            assertThat(browser.text(By.cssSelector("[data-test=absence]"))).contains("Judge");
            browser.assertAccessible();
            browser.open("/");
            assertThat(browser.all(By.cssSelector("[data-test=compliance-due]"))).anySatisfy(row -> assertThat(row.getText())
                    .contains("CMP-4").contains("Follow up the missed appointment"));
            browser.open(caseFile.substring(platform.gateway().length()));
            browser.follow(By.cssSelector("[data-test=absence] a"));
            browser.wait(By.id("acceptable"));
            browser.assertAccessible();
            browser.choose("acceptable", "yes");
            browser.select("evidenceKind", "sick-note");
            browser.type("evidenceDescription", "A GP's note for the day.");
            browser.submit("Record the judgement");
            assertThat(browser.wait(By.cssSelector("[data-test=banner]")).getText()).isEqualTo("Absence judged");
            assertThat(browser.text(By.cssSelector("[data-test=absence]"))).contains("Acceptable");
            assertThat(browser.text(By.cssSelector("[data-test=escalation]"))).contains("1 missed: 1 acceptable, 0 unacceptable");

            // CMP-5: a second appointment missed and judged unacceptable starts the first warning, whose letter names the
            // next appointment: refused until one is made, then written, and its PDF downloads
            makeAppointment(browser, caseFile.substring(platform.gateway().length()), java.time.ZonedDateTime.now(UK).minusMinutes(1));
            browser.follow(By.xpath("//tr[@data-test='appointment'][.//button[@value='no']]//button[@value='no']"));
            assertThat(browser.wait(By.cssSelector("[data-test=banner]")).getText()).isEqualTo("Attendance recorded");
            browser.follow(By.cssSelector("[data-test=absence] a"));
            browser.choose("acceptable", "no");
            browser.submit("Record the judgement");
            assertThat(browser.wait(By.cssSelector("[data-test=banner]")).getText()).isEqualTo("Absence judged");
            assertThat(browser.text(By.cssSelector("[data-test=escalation]"))).contains("1 unacceptable");
            await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(500)).until(() -> {
                browser.open(caseFile.substring(platform.gateway().length()));
                return !browser.all(By.xpath("//button[starts-with(normalize-space(), 'Write the letter')]")).isEmpty();
            });
            browser.follow(By.xpath("//button[starts-with(normalize-space(), 'Write the letter')]"));
            assertThat(browser.wait(By.cssSelector("[data-test=notice]")).getText()).contains("CMP-5");
            browser.assertAccessible();
            makeAppointment(browser, caseFile.substring(platform.gateway().length()),
                    java.time.ZonedDateTime.now(UK).plusDays(1).withHour(10).withMinute(0).withSecond(0).withNano(0));
            browser.follow(By.xpath("//button[starts-with(normalize-space(), 'Write the letter')]"));
            assertThat(browser.wait(By.cssSelector("[data-test=banner]")).getText()).isEqualTo("Letter written");
            String pdf = browser.find(By.partialLinkText("Download the PDF")).getAttribute("href");
            assertThat(pdf).doesNotContain(familyName);
            assertThat(browser.fetchContentType(pdf)).isEqualTo("application/pdf");
            browser.assertNoConsoleErrors();
            browser.screenshot("case");

            // a form whose CSRF token is not the session's is refused, and nothing is searched
            browser.open("/cases");
            browser.script("document.querySelector('form[action=\"/cases\"] input[name=\"csrf-token\"]').value = 'forged-by-another-site'");
            browser.type("name", familyName);
            browser.submit("Search");
            assertThat(browser.wait(By.tagName("h1")).getText()).isEqualTo("You do not have access to this page");
            assertThat(browser.all(By.cssSelector("[data-test=results]"))).isEmpty();
            browser.signOut();

            browser.signIn("nottinghamshire-case-worker", RunningPlatform.DEMO_PASSWORD);
            browser.open(caseFile.substring(platform.gateway().length()));
            assertThat(browser.wait(By.tagName("h1")).getText()).isEqualTo("Page not found");
            assertThat(browser.find(By.tagName("main")).getText()).doesNotContain(familyName);
            browser.assertAccessible();
            browser.open("/cases");
            browser.type("name", familyName);
            browser.submit("Search");
            assertThat(browser.wait(By.cssSelector("[data-test=results]")).getText()).isEqualTo("0 cases found");
        }
    }

    /** Makes an appointment from the case page, starting at {@code starts} (UK time) for a minute. */
    private static void makeAppointment(Browser browser, String casePage, java.time.ZonedDateTime starts) {
        browser.open(casePage);
        browser.follow(By.linkText("Make an appointment"));
        browser.type("kind", "supervision");
        browser.date("on", starts.toLocalDate());
        browser.type("starts", starts.toLocalTime().withNano(0).toString());
        browser.type("ends", starts.plusMinutes(1).toLocalTime().withNano(0).toString());
        browser.type("place", "Wokingham youth justice office");
        browser.submit("Make the appointment");
        assertThat(browser.wait(By.cssSelector("[data-test=banner]")).getText()).isEqualTo("Appointment made");
    }

    /** The line of My work for this child's first contact (MIL-2), or null when there is none. */
    private static WebElement firstContactDue(Browser browser, String familyName) {
        return browser.all(By.cssSelector("[data-test=due]")).stream()
                .filter(row -> row.getText().contains(familyName) && row.getText().contains("MIL-2")).findFirst().orElse(null);
    }

    @Test
    @DisplayName("CMP-6, CMP-7 in the console: after a second unacceptable absence the case worker arranges the compliance "
            + "meeting from the case page and the team manager records it held; after a third, the team manager writes the "
            + "breach report, may not approve their own (CMP-7), and an advanced practitioner approves it: proceedings start")
    void complianceMeetingThenBreach(RunningPlatform platform) {
        LocalDate today = LocalDate.now(UK);
        UUID caseManager = VictimScenarios.caseWorker(platform);
        String caseId = VictimScenarios.sentenced(platform, today, VictimScenarios.child(today, "Enforced"), "theft");
        String orderId = ComplianceScenarios.supervisedOrder(platform, caseId);
        // the demo case worker is the case manager (case.allocated reaches compliance-service): their own case to work
        VictimScenarios.as(platform, VictimScenarios.TEAM_MANAGER).body(Map.of("workerId", caseManager.toString(),
                        "rationale", "Console test: the demo case worker holds the case."))
                .post("/api/allocations/allocation-requests/" + VictimScenarios.allocationRequest(platform, caseId) + "/decision")
                .then().statusCode(201);
        await().atMost(Duration.ofSeconds(60)).until(() -> VictimScenarios.as(platform, VictimScenarios.CASE_WORKER)
                .get("/api/compliance/cases/" + caseId + "/orders/" + orderId + "/escalation").statusCode() == 200);
        ComplianceScenarios.unacceptableAbsence(platform, caseId, orderId, 120);
        ComplianceScenarios.unacceptableAbsence(platform, caseId, orderId, 90);
        String casePage = "/cases/" + caseId;

        try (Browser browser = new Browser(platform.gateway(), true)) {
            browser.signIn(VictimScenarios.CASE_WORKER, RunningPlatform.DEMO_PASSWORD);
            browser.open(casePage);
            browser.follow(By.linkText("Compliance meeting"));
            assertThat(browser.text(By.cssSelector("[data-test=step]"))).contains("CMP-6");
            browser.submit("Arrange the meeting");
            assertThat(browser.wait(By.cssSelector("[data-test=error-summary]")).getText())
                    .contains("Enter the date of the meeting", "Enter the time");
            browser.assertAccessible();
            java.time.ZonedDateTime arranged = java.time.ZonedDateTime.now(UK).minusMinutes(2);
            browser.date("on", arranged.toLocalDate());
            browser.type("on-time", arranged.toLocalTime().withSecond(0).withNano(0).toString());
            browser.type("place", "Wokingham youth justice office");
            browser.submit("Arrange the meeting");
            assertThat(browser.wait(By.cssSelector("[data-test=banner]")).getText()).isEqualTo("Compliance meeting arranged");
            // the meeting is the manager's to record as held: the case worker is offered no form for it
            browser.follow(By.linkText("Compliance meeting"));
            assertThat(browser.all(By.xpath("//button[normalize-space()='Record the meeting held']"))).isEmpty();
            browser.signOut();

            browser.signIn(VictimScenarios.TEAM_MANAGER, RunningPlatform.DEMO_PASSWORD);
            browser.open(casePage);
            browser.follow(By.linkText("Compliance meeting"));
            java.time.ZonedDateTime held = java.time.ZonedDateTime.now(UK).minusMinutes(1);
            browser.date("on", held.toLocalDate());
            browser.type("on-time", held.toLocalTime().withSecond(0).withNano(0).toString());
            browser.submit("Record the meeting held");
            assertThat(browser.wait(By.cssSelector("[data-test=banner]")).getText()).isEqualTo("Compliance meeting recorded as held");

            ComplianceScenarios.unacceptableAbsence(platform, caseId, orderId, 30);
            browser.open(casePage);
            browser.follow(By.linkText("Breach proceedings"));
            browser.assertAccessible();
            browser.submit("Write the breach report");
            assertThat(browser.wait(By.cssSelector("[data-test=error-summary]")).getText())
                    .contains("Enter the breach report", "Select whether there are risk or safeguarding concerns");
            browser.type("summary", "Three unacceptable absences since the order began; the compliance meeting did not help.");
            browser.choose("riskOrSafeguardingConcerns", "no");
            browser.submit("Write the breach report");
            assertThat(browser.wait(By.cssSelector("[data-test=banner]")).getText()).isEqualTo("Breach report written");
            browser.follow(By.linkText("Breach proceedings"));
            browser.submit("Approve: start breach proceedings");
            assertThat(browser.wait(By.cssSelector("[data-test=notice]")).getText()).contains("another manager").contains("CMP-7");
            browser.assertAccessible();
            browser.signOut();

            browser.signIn("wokingham-advanced-practitioner", RunningPlatform.DEMO_PASSWORD);
            browser.open(casePage);
            browser.follow(By.linkText("Breach proceedings"));
            assertThat(browser.text(By.cssSelector("[data-test=step]"))).contains("Three unacceptable absences");
            browser.submit("Approve: start breach proceedings");
            assertThat(browser.wait(By.cssSelector("[data-test=banner]")).getText()).isEqualTo("Breach approved: proceedings started");
            assertThat(browser.all(By.linkText("Breach proceedings"))).isEmpty();
            browser.assertNoConsoleErrors();
        }
    }

    @Test
    @DisplayName("TRF-7, TRF-16, TRF-6, TRF-8 in the console: Nottinghamshire's team manager finds Wokingham's caretaking "
            + "request among its transfers and tasks, is refused acceptance of a child with high RoSH until the face-to-face "
            + "meeting is recorded, accepts, drafts the caretaking agreement and signs it; Wokingham's team manager signs it "
            + "from their tasks and it is in force; the case page lists the transfer; a case worker decides nothing")
    void caretakingTransferDecidedAndSigned(RunningPlatform platform) {
        LocalDate today = LocalDate.now(UK);
        Map<String, Object> child = VictimScenarios.child(today, "Moving");
        String familyName = (String) child.get("familyName");
        String caseId = VictimScenarios.sentenced(platform, today, child, "burglary");
        String transferId = TransferScenarios.requested(platform, caseId, "caretaking", familyName, "high");
        String transferPage = "/transfers/" + transferId;

        try (Browser browser = new Browser(platform.gateway(), true)) {
            browser.signIn("nottinghamshire-team-manager", RunningPlatform.DEMO_PASSWORD);
            browser.open("/transfers");
            assertThat(browser.all(By.cssSelector("[data-test=transfer-task]"))).anySatisfy(task -> assertThat(task.getText())
                    .contains("Review").contains("TRF-7").contains("Caretaking, with Wokingham"));
            assertThat(browser.text(By.cssSelector("[data-test=incoming] [data-transfer='" + transferId + "']")))
                    .contains("Riley " + familyName).contains("Wokingham").contains("Awaiting review");
            browser.assertAccessible();
            browser.screenshot("transfers");
            browser.follow(By.cssSelector("[data-test=incoming] [data-transfer='" + transferId + "'] a"));
            assertThat(browser.text(By.cssSelector("[data-test=transfer-child]"))).isEqualTo("Riley " + familyName);
            assertThat(browser.text(By.cssSelector("[data-test=rosh]"))).contains("High").contains("TRF-16");
            browser.assertAccessible();

            // TRF-16: accepting a child with high RoSH before the face-to-face meeting is refused, against the decision
            browser.follow(By.linkText("Decide on the request"));
            browser.choose("decision", "accepted");
            browser.type("reasons", "The summary and documents are complete.");
            browser.submit("Record the decision");
            assertThat(browser.wait(By.cssSelector("[data-test=error-summary]")).getText()).contains("(TRF-16)");
            assertThat(browser.text(By.id("decision-error"))).contains("TRF-16");
            assertThat(browser.find(By.id("reasons")).getAttribute("value")).isEqualTo("The summary and documents are complete.");
            browser.assertAccessible();
            browser.open(transferPage);
            browser.follow(By.linkText("Record the transfer meeting"));
            browser.date("heldOn", today);
            browser.type("attendees", "Nottinghamshire team manager\nWokingham case manager");
            browser.submit("Record the meeting");
            assertThat(browser.wait(By.cssSelector("[data-test=banner]")).getText()).isEqualTo("Transfer meeting recorded");
            browser.follow(By.linkText("Decide on the request"));
            browser.choose("decision", "accepted");
            browser.type("reasons", "The summary and documents are complete.\nThe transfer meeting was held today.");
            browser.submit("Record the decision");
            assertThat(browser.wait(By.cssSelector("[data-test=banner]")).getText()).isEqualTo("Decision recorded");
            assertThat(browser.text(By.cssSelector("[data-test=transfer-status]"))).isEqualTo("Accepted");
            assertThat(browser.text(By.cssSelector("[data-test=decision]"))).contains("The transfer meeting was held today.");

            // TRF-8: the agreement, each required value asked for, then drafted and signed by the host
            browser.follow(By.linkText("Draft the caretaking agreement"));
            browser.submit("Draft the agreement");
            assertThat(browser.wait(By.cssSelector("[data-test=error-summary]")).getText())
                    .contains("Enter the host authority's case manager", "Enter the date caretaking starts");
            browser.assertAccessible();
            browser.type("hostCaseManager", "Sam Host");
            browser.type("homeResponsibleOfficer", "Chris Green");
            browser.date("startDate", today);
            browser.date("reviewDate", today.plusMonths(2));
            browser.submit("Draft the agreement");
            assertThat(browser.wait(By.cssSelector("[data-test=banner]")).getText()).isEqualTo("Caretaking agreement drafted");
            browser.submit("Sign the agreement for Nottinghamshire");
            assertThat(browser.wait(By.cssSelector("[data-test=banner]")).getText()).isEqualTo("Caretaking agreement signed");
            assertThat(browser.text(By.cssSelector("[data-test=signatures]"))).contains("Home (Wokingham): not yet")
                    .doesNotContain("Host (Nottinghamshire): not yet");
            assertThat(browser.all(By.xpath("//button[starts-with(normalize-space(), 'Sign the agreement')]"))).isEmpty();
            browser.assertAccessible();
            browser.assertNoConsoleErrors();
            browser.signOut();

            browser.signIn(VictimScenarios.TEAM_MANAGER, RunningPlatform.DEMO_PASSWORD);
            browser.open("/transfers");
            assertThat(browser.all(By.cssSelector("[data-test=transfer-task]"))).anySatisfy(task -> assertThat(task.getText())
                    .contains("Sign agreement").contains("TRF-8"));
            browser.follow(By.cssSelector("[data-test=transfer-task] a[href='" + transferPage + "']"));
            browser.submit("Sign the agreement for Wokingham");
            assertThat(browser.wait(By.cssSelector("[data-test=banner]")).getText()).isEqualTo("Caretaking agreement signed");
            assertThat(browser.text(By.cssSelector("[data-test=agreement]"))).contains("In force");
            browser.screenshot("transfer");
            browser.follow(By.linkText("The case of Riley " + familyName));
            assertThat(browser.text(By.cssSelector("[data-test=outgoing] [data-transfer='" + transferId + "']")))
                    .contains("Caretaking").contains("Nottinghamshire");
            browser.assertAccessible();
            browser.signOut();

            // the case worker reads the transfer and decides nothing: no action offered, and the forms are refused
            browser.signIn(VictimScenarios.CASE_WORKER, RunningPlatform.DEMO_PASSWORD);
            browser.open(transferPage);
            assertThat(browser.wait(By.cssSelector("[data-test=transfer-child]")).getText()).isEqualTo("Riley " + familyName);
            assertThat(browser.all(By.xpath("//button[starts-with(normalize-space(), 'Sign the agreement')] | //a[normalize-space()='Decide on the request']"))).isEmpty();
            browser.open(transferPage + "/review");
            assertThat(browser.wait(By.tagName("h1")).getText()).isEqualTo("You do not have access to this page");
            browser.open("/victim-tasks");
            assertThat(browser.wait(By.tagName("h1")).getText()).isEqualTo("You do not have access to this page");
        }
    }

    @Test
    @DisplayName("VIC-1 in the console: the restorative justice worker's victim contact list names the victim by reference only; "
            + "an attempt that reached no one is recorded and the contact stays due; a contact made without telling the "
            + "outcome is refused (VIC-1) against its field; told and offered support, the contact is met and leaves the list")
    void restorativeJusticeWorkerRecordsVictimContact(RunningPlatform platform) {
        LocalDate today = LocalDate.now(UK);
        UUID caseManager = VictimScenarios.caseWorker(platform);
        UUID rjWorker = VictimScenarios.rjWorker(platform);
        Map<String, Object> child = VictimScenarios.child(today, "Harmed");
        String caseId = VictimScenarios.adjourned(platform, today, child, "criminal damage");
        String victimName = "Morgan Console-" + UUID.randomUUID().toString().substring(0, 8);
        String victimRef = VictimScenarios.referred(platform, VictimScenarios.referral(caseId, VictimScenarios.adult(victimName)))
                .then().statusCode(201).extract().path("victimRef");
        VictimScenarios.sentenced(platform, today, child, "criminal damage");
        // ALC-11: the case is allocated with the restorative justice worker, who then owes the victim first contact
        String request = VictimScenarios.allocationRequest(platform, caseId);
        await().atMost(Duration.ofSeconds(60)).until(() -> VictimScenarios.as(platform, VictimScenarios.TEAM_MANAGER)
                .get("/api/allocations/allocation-requests/" + request).jsonPath().getBoolean("restorativeJustice.needed"));
        VictimScenarios.as(platform, VictimScenarios.TEAM_MANAGER).body(Map.of("workerId", caseManager.toString(),
                        "rjWorkerId", rjWorker.toString(), "rationale", "Console test: case worker with the RJ worker."))
                .post("/api/allocations/allocation-requests/" + request + "/decision").then().statusCode(201);
        By task = By.cssSelector("[data-test=victim-task][data-victim='" + victimRef + "']");

        try (Browser browser = new Browser(platform.gateway(), true)) {
            browser.signIn(VictimScenarios.RJ_WORKER, RunningPlatform.DEMO_PASSWORD);
            await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(500)).until(() -> {
                browser.open("/victim-tasks");
                return !browser.all(task).isEmpty();
            });
            assertThat(browser.text(task)).contains("Sentence outcome").contains("VIC-1");
            assertThat(browser.find(By.tagName("main")).getText()).doesNotContain(victimName);
            assertThat(browser.all(By.linkText("Transfers"))).isEmpty();
            browser.assertAccessible();
            browser.screenshot("victim-contact");

            java.time.ZonedDateTime attempted = java.time.ZonedDateTime.now(UK).minusMinutes(1);
            browser.follow(By.cssSelector("[data-test=victim-task][data-victim='" + victimRef + "'] a"));
            browser.assertAccessible();
            recordAttempt(browser, attempted, "no-answer", "no");
            assertThat(browser.wait(By.cssSelector("[data-test=banner]")).getText()).isEqualTo("Contact recorded");
            assertThat(browser.all(task)).hasSize(1);

            browser.follow(By.cssSelector("[data-test=victim-task][data-victim='" + victimRef + "'] a"));
            recordAttempt(browser, attempted, "contacted", "no");
            assertThat(browser.wait(By.cssSelector("[data-test=error-summary]")).getText()).contains("(VIC-1)");
            assertThat(browser.text(By.id("outcomeTold-error"))).contains("VIC-1");
            browser.assertAccessible();
            browser.choose("outcomeTold", "yes");
            browser.choose("supportOffered", "yes");
            browser.submit("Record the attempt");
            assertThat(browser.wait(By.cssSelector("[data-test=banner]")).getText()).isEqualTo("Contact recorded");
            assertThat(browser.all(task)).isEmpty();
            browser.assertNoConsoleErrors();
        }
    }

    @Test
    @DisplayName("MIL-4 timeliness in the console: Wokingham's service manager finds the Timeliness page in the navigation, "
            + "reads the month's figures with the on-time rate charted and suppression explained, downloads them as CSV, "
            + "follows Wokingham's overdue count down to the case's home visit and on to its case page; a refused filter is "
            + "shown on the form; a case worker has no such page")
    void serviceManagerReadsTimeliness(RunningPlatform platform) {
        LocalDate today = LocalDate.now(UK);
        // an order made 40 days ago: its first home visit (MIL-4, 15 days) fell due 25 days ago and is overdue
        String caseId = VictimScenarios.sentenced(platform, today.minusDays(40), VictimScenarios.child(today, "Timely"), "theft");
        io.restassured.path.json.JsonPath file = VictimScenarios.as(platform, VictimScenarios.TEAM_MANAGER)
                .get("/api/orders/cases/" + caseId).then().statusCode(200).extract().jsonPath();
        String visit = file.getString("milestones.find { it.rule == 'MIL-4' }.id");
        java.time.YearMonth month = java.time.YearMonth.from(LocalDate.parse(file.getString("milestones.find { it.rule == 'MIL-4' }.dueDate")));
        String figures = "/timeliness?level=authority&rule=MIL-4&from-month=" + month.getMonthValue() + "&from-year=" + month.getYear()
                + "&to-month=" + month.getMonthValue() + "&to-year=" + month.getYear();
        By overdue = By.cssSelector("[data-test=row][data-rule='MIL-4'][data-authority=wokingham] [data-test=overdue] a");

        try (Browser browser = new Browser(platform.gateway(), true)) {
            browser.signIn("wokingham-service-manager", RunningPlatform.DEMO_PASSWORD);
            browser.follow(By.linkText("Timeliness"));
            assertThat(browser.wait(By.tagName("h1")).getText()).isEqualTo("Timeliness");
            browser.assertAccessible();
            // milestone.set reaches reporting-service over Kafka: Wokingham's overdue count links down to its time limits
            await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(500)).until(() -> {
                browser.open(figures);
                return !browser.all(overdue).isEmpty();
            });
            WebElement chart = browser.find(By.cssSelector("[data-test=chart][data-chart='MIL-4, Wokingham'] svg[role=img]"));
            assertThat(chart.getAttribute("aria-label")).isEqualTo("On-time rate by month, MIL-4, Wokingham, "
                    + month.format(java.time.format.DateTimeFormatter.ofPattern("MMMM yyyy", java.util.Locale.UK)));
            assertThat(browser.text(By.cssSelector("[data-test=suppression]"))).contains("fewer than 5")
                    .contains("a manager sees their own authority's figures in full");
            // Nottinghamshire's figures, if it has any this month, are never shown as a count below 5
            assertThat(browser.all(By.cssSelector("[data-test=row][data-authority=nottinghamshire] td")))
                    .allSatisfy(cell -> assertThat(cell.getText()).doesNotMatch("^[1-4]$"));
            browser.assertAccessible();
            browser.screenshot("timeliness");
            String csv = browser.find(By.cssSelector("[data-test=csv]")).getAttribute("href");
            assertThat(browser.fetchContentType(csv)).startsWith("text/csv");

            // a full-page screenshot (captureBeyondViewport) leaves the page's layout where a click misses: load it again
            browser.open(figures);
            browser.follow(overdue);
            assertThat(browser.wait(By.tagName("h1")).getText()).startsWith("Overdue: MIL-4 time limits due in");
            By line = By.cssSelector("[data-test=time-limit][data-time-limit='" + visit + "']");
            assertThat(browser.text(line)).contains("First home visit").contains("Overdue");
            browser.assertAccessible();
            browser.follow(By.cssSelector("[data-test=time-limit][data-time-limit='" + visit + "'] a[data-test=case]"));
            assertThat(browser.url()).endsWith("/cases/" + caseId);

            // a span reporting-service refuses, said against the form's field
            browser.open("/timeliness?from-month=12&from-year=2026&to-month=1&to-year=2026");
            assertThat(browser.wait(By.cssSelector("[data-test=error-summary]")).getText())
                    .contains("The first month must not be after the last month");
            assertThat(browser.title()).startsWith("Error: ");
            browser.assertAccessible();
            browser.assertNoConsoleErrors();
            browser.signOut();

            browser.signIn(VictimScenarios.CASE_WORKER, RunningPlatform.DEMO_PASSWORD);
            assertThat(browser.all(By.linkText("Timeliness"))).isEmpty();
            browser.open("/timeliness");
            assertThat(browser.wait(By.tagName("h1")).getText()).isEqualTo("You do not have access to this page");
        }
    }

    /** Fills in the victim contact form: a phone call to the victim at {@code at}, with its result, told or not. */
    private static void recordAttempt(Browser browser, java.time.ZonedDateTime at, String result, String told) {
        browser.date("attemptedOn", at.toLocalDate());
        browser.type("time", at.toLocalTime().withSecond(0).withNano(0).toString());
        browser.choose("method", "phone");
        browser.choose("contactedPerson", "victim");
        browser.choose("result", result);
        browser.choose("outcomeTold", told);
        browser.choose("supportOffered", told);
        browser.submit("Record the attempt");
    }

    @Test
    @DisplayName("The console without JavaScript: a court officer signs in and finds the court outcome form, and the "
            + "error summary still lists each error with its rule id")
    void worksWithoutJavaScript(RunningPlatform platform) {
        try (Browser browser = new Browser(platform.gateway(), false)) {
            browser.signIn("wokingham-court-officer", RunningPlatform.DEMO_PASSWORD);
            browser.open("/court-outcomes/new");
            browser.submit("Record the court outcome");
            WebElement summary = browser.wait(By.cssSelector("[data-test=error-summary]"));
            // every error at once: the dates the console could not read, and what order-service found missing
            assertThat(summary.getText()).contains("Enter the date of hearing", "Enter the date of birth", "Enter the court",
                    "Select the outcome", "Enter the child's given name");
            assertThat(browser.text(By.id("courtName-error"))).contains("Enter the court");
            browser.signOut();
        }
    }

    private static void fillSentence(Browser browser, LocalDate today, String familyName) {
        browser.type("courtName", "Reading Youth Court");
        browser.type("courtReference", "CONSOLE-" + UUID.randomUUID().toString().substring(0, 8));
        browser.date("hearingDate", today);
        browser.choose("crownCourt", "no");
        browser.choose("yjsCourtOfficerPresent", "yes");
        browser.choose("outcome", "sentenced");
        browser.type("givenName", "Robin");
        browser.type("familyName", familyName);
        browser.date("dateOfBirth", today.minusYears(15));
        browser.choose("genderIdentity", "female");
        browser.choose("lookedAfter", "no");
        browser.type("locality", "west");
        browser.type("offenceDescription", "theft");
        browser.choose("offenceImprisonable", "yes");
        browser.select("orderType", "youth-rehabilitation-order");
        browser.date("orderStartDate", today);
        browser.date("orderEndDate", today.plusYears(1));
        browser.choose("custodyThresholdPassed", "no");
        browser.choose("persistentOffender", "no");
    }
}
