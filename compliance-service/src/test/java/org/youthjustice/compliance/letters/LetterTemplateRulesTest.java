package org.youthjustice.compliance.letters;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.youthjustice.problem.Violation;

/** What a new template version must be, alone: no service, no database. */
class LetterTemplateRulesTest {
    @Test
    @DisplayName("CMP-11: a template that reads, names what its rule requires and renders on sample values is accepted")
    void aGoodTemplateIsAccepted() {
        assertThat(LetterTemplateRules.check(LetterKind.FIRST_WARNING, List.of("child.givenName", "nextAppointment.when"), null))
                .isEmpty();
        assertThat(LetterTemplateRules.check(LetterKind.SECOND_WARNING, List.of("meeting.when", "meeting.place"), null)).isEmpty();
        assertThat(LetterTemplateRules.check(LetterKind.APPOINTMENTS, List.of("appointments"), null)).isEmpty();
        // a breach letter's rule asks it to name nothing in particular
        assertThat(LetterTemplateRules.check(LetterKind.BREACH, List.of(), null)).isEmpty();
    }

    @Test
    @DisplayName("CMP-11: a template that cannot be read is refused for that alone")
    void anUnreadableTemplateIsRefused() {
        assertThat(LetterTemplateRules.unreadable("unterminated section")).containsExactly(
                Violation.ofRule("CMP-11", "body", "the template cannot be read: unterminated section"));
    }

    @Test
    @DisplayName("CMP-5: a first warning template must name the next appointment")
    void firstWarningTemplateNamesTheNextAppointment() {
        assertThat(LetterTemplateRules.check(LetterKind.FIRST_WARNING, List.of("child.givenName", "missedAppointment.when"), null))
                .containsExactly(Violation.ofRule("CMP-5", "body",
                        "a first-warning letter must name {nextAppointment...}: the next appointment (CMP-5)"));
    }

    @Test
    @DisplayName("CMP-6: a second warning template must name the compliance meeting with a manager")
    void secondWarningTemplateNamesTheMeeting() {
        assertThat(LetterTemplateRules.check(LetterKind.SECOND_WARNING, List.of("nextAppointment.when"), null))
                .containsExactly(Violation.ofRule("CMP-6", "body",
                        "a second-warning letter must name {meeting...}: the compliance meeting with a manager (CMP-6)"));
    }

    @Test
    @DisplayName("X-6: an appointment letter's template must name the appointments it is about")
    void appointmentTemplateNamesTheAppointments() {
        assertThat(LetterTemplateRules.check(LetterKind.APPOINTMENTS, List.of("child.givenName"), null))
                .containsExactly(Violation.ofRule("X-6", "body", "a appointments letter must name {appointments...}: the appointments it is about"));
    }

    @Test
    @DisplayName("CMP-11: a template that does not render on sample values is refused, after what its rule requires")
    void aTemplateThatDoesNotRenderIsRefused() {
        assertThat(LetterTemplateRules.check(LetterKind.BREACH, List.of("child.shoeSize"), "Property \"shoeSize\" not found"))
                .containsExactly(Violation.ofRule("CMP-11", "body", "the template does not render: Property \"shoeSize\" not found"));
        assertThat(LetterTemplateRules.check(LetterKind.FIRST_WARNING, List.of("child.shoeSize"), "not found"))
                .extracting(Violation::rule, Violation::field).containsExactly(tuple("CMP-5", "body"), tuple("CMP-11", "body"));
    }
}
