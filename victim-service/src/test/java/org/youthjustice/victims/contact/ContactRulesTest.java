package org.youthjustice.victims.contact;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.youthjustice.problem.Violation;
import org.youthjustice.victims.contact.ContactRules.ContactedPerson;
import org.youthjustice.victims.contact.ContactRules.Result;

class ContactRulesTest {
    private static final Instant NOW = Instant.parse("2026-11-24T10:00:00Z");

    @Test
    @DisplayName("VIC-1, VIC-6: a victim under 17 on the day contact is owed gets VIC-6's limit; 17 and over, VIC-1's")
    void enhancedServiceUnderSeventeen() {
        LocalDate day = LocalDate.of(2026, 11, 24);
        assertThat(ContactRules.firstContactLimit(day.minusYears(17).plusDays(1), day)).isEqualTo("VIC-6");
        assertThat(ContactRules.firstContactLimit(day.minusYears(17), day)).isEqualTo("VIC-1");
        assertThat(ContactRules.firstContactLimit(LocalDate.of(1980, 1, 1), day)).isEqualTo("VIC-1");
    }

    @Test
    @DisplayName("VIC-1: the first contact tells the outcome and offers victim support; an unanswered call need not")
    void firstContactTellsAndOffers() {
        assertThat(ContactRules.attempt(true, TaskPurpose.SENTENCE_OUTCOME, Result.CONTACTED, true, false, ContactedPerson.VICTIM,
                false, NOW, NOW)).extracting(Violation::rule).containsExactly("VIC-1");
        assertThat(ContactRules.attempt(true, TaskPurpose.SENTENCE_OUTCOME, Result.CONTACTED, true, true, ContactedPerson.VICTIM,
                false, NOW, NOW)).isEmpty();
        assertThat(ContactRules.attempt(true, TaskPurpose.SENTENCE_OUTCOME, Result.NO_ANSWER, false, false, ContactedPerson.VICTIM,
                false, NOW, NOW)).isEmpty();
        assertThat(ContactRules.attempt(true, TaskPurpose.PROGRESS_UPDATE, Result.CONTACTED, false, false, ContactedPerson.VICTIM,
                false, NOW, NOW)).isEmpty();
    }

    @Test
    @DisplayName("VIC-9, VIC-6: no contact with a victim who opted out; a parent or guardian only where one is recorded; not in the future")
    void optedOutParentAndTime() {
        assertThat(ContactRules.attempt(false, TaskPurpose.PROGRESS_UPDATE, Result.CONTACTED, false, false, ContactedPerson.VICTIM,
                false, NOW, NOW)).extracting(Violation::rule).containsExactly("VIC-9");
        assertThat(ContactRules.attempt(true, TaskPurpose.PROGRESS_UPDATE, Result.CONTACTED, false, false,
                ContactedPerson.PARENT_OR_GUARDIAN, false, NOW, NOW)).extracting(Violation::rule).containsExactly("VIC-6");
        assertThat(ContactRules.attempt(true, TaskPurpose.PROGRESS_UPDATE, Result.CONTACTED, false, false,
                ContactedPerson.PARENT_OR_GUARDIAN, true, NOW.plusSeconds(3600), NOW)).extracting(Violation::field)
                .containsExactly("attemptedAt");
    }
}
