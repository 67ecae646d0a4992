package org.youthjustice.compliance.letters;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import java.time.LocalDate;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.youthjustice.problem.Violation;

/** What a letter needs before it is written, alone: no service, no database, no order-service. */
class LetterRulesTest {
    private static final LocalDate LETTER_DATE = LocalDate.parse("2026-12-24");

    @Test
    @DisplayName("CMP-5: the first warning letter is written once the next appointment is scheduled, and refused until then")
    void firstWarningNamesTheNextAppointment() {
        assertThat(LetterRules.namesWhatItsRuleRequires(LetterKind.FIRST_WARNING, true, false)).isEmpty();
        assertThat(LetterRules.namesWhatItsRuleRequires(LetterKind.FIRST_WARNING, false, false)).containsExactly(Violation.ofRule(
                "CMP-5", "nextAppointment", "the first warning letter names the next appointment: schedule it, then write the letter"));
        // a meeting arranged does not stand in for the next appointment
        assertThat(LetterRules.namesWhatItsRuleRequires(LetterKind.FIRST_WARNING, false, true))
                .extracting(Violation::rule, Violation::field).containsExactly(tuple("CMP-5", "nextAppointment"));
    }

    @Test
    @DisplayName("CMP-6: the second warning letter is written once the compliance meeting is arranged, and refused until then")
    void secondWarningNamesTheComplianceMeeting() {
        assertThat(LetterRules.namesWhatItsRuleRequires(LetterKind.SECOND_WARNING, false, true)).isEmpty();
        assertThat(LetterRules.namesWhatItsRuleRequires(LetterKind.SECOND_WARNING, true, false)).containsExactly(Violation.ofRule(
                "CMP-6", "meeting",
                "the second warning letter names the compliance meeting with a manager: arrange it, then write the letter"));
    }

    @Test
    @DisplayName("CMP-7: the breach letter, and an appointment letter, ask for neither the next appointment nor a meeting")
    void otherLettersNameNeither() {
        assertThat(LetterRules.namesWhatItsRuleRequires(LetterKind.BREACH, false, false)).isEmpty();
        assertThat(LetterRules.namesWhatItsRuleRequires(LetterKind.APPOINTMENTS, false, false)).isEmpty();
    }

    @Test
    @DisplayName("X-6: an appointment letter is about the appointments scheduled in its period; with none it is refused")
    void appointmentLetterHasAppointmentsToTellOf() {
        LocalDate from = LocalDate.parse("2026-12-21");
        LocalDate to = LocalDate.parse("2027-01-04");
        assertThat(LetterRules.appointmentsToWriteAbout(1, from, to)).isEmpty();
        assertThat(LetterRules.appointmentsToWriteAbout(0, from, to)).contains(Violation.ofRule("X-6", "from",
                "no appointments are scheduled for this order from 2026-12-21 to 2027-01-04 to write to the child about"));
    }

    @Test
    @DisplayName("X-6: a child of 16 or over is written to alone; under 16 with a parent/carer recorded, with a copy to them")
    void addressedToTheChildOrWithACopy() {
        assertThat(LetterRules.addressable(Addressing.of(LocalDate.parse("2010-12-24"), 0, LETTER_DATE))).isEmpty();
        Addressing underSixteen = Addressing.of(LocalDate.parse("2010-12-25"), 1, LETTER_DATE);
        assertThat(underSixteen.copyParentCarers()).isTrue();
        assertThat(LetterRules.addressable(underSixteen)).isEmpty();
    }

    @Test
    @DisplayName("X-6: under 16, or of unrecorded age, with no parent/carer recorded, no letter is written until one is")
    void underSixteenWithNoParentCarerWaits() {
        assertThat(LetterRules.addressable(Addressing.of(LocalDate.parse("2010-12-25"), 0, LETTER_DATE))).contains(Violation.ofRule(
                "X-6", "parentCarers", "the child is 15 on the letter's date, 2026-12-24, and no parent/carer is recorded on the "
                        + "case to copy it to: record the parent/carer in the child's case, then write the letter"));
        assertThat(LetterRules.addressable(Addressing.of(null, 0, LETTER_DATE)))
                .hasValueSatisfying(v -> assertThat(v.message()).startsWith("the child's date of birth is not recorded"));
    }

    @Test
    @DisplayName("CMP-11: a template that cannot be filled for this letter refuses it, naming the kind, version and why")
    void templateThatCannotBeFilled() {
        assertThat(LetterRules.templateCannotBeFilled(LetterKind.BREACH, "3", "nextAppointment is null")).isEqualTo(Violation.ofRule(
                "CMP-11", "template", "the breach template (version 3) cannot be filled for this letter: nextAppointment is null"));
    }
}
