package org.youthjustice.transfers.requests;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.youthjustice.events.transfers.TransferKind;
import org.youthjustice.kernel.calendar.WorkingDayCalendar;
import org.youthjustice.kernel.policy.Deadline;
import org.youthjustice.kernel.policy.DeadlineCalculator;
import org.youthjustice.kernel.policy.DeadlineStatus;
import org.youthjustice.kernel.policy.PolicyCatalogue;
import org.youthjustice.problem.Violation;
import org.youthjustice.transfers.requests.DocumentsChecklist.Answer;
import org.youthjustice.transfers.requests.DocumentsChecklist.Entry;
import org.youthjustice.transfers.requests.DocumentsChecklist.Item;
import org.youthjustice.transfers.requests.TransferSummary.YesNoNa;
import org.youthjustice.transfers.requests.TransferVisibilityRule.Party;

class TransferRulesTest {
    private static final List<String> PARTNERSHIP = List.of("wokingham", "nottinghamshire", "bracknell-forest");
    private static final DeadlineCalculator CALCULATOR = new DeadlineCalculator(WorkingDayCalendar.englandAndWales());

    static TransferSummary summary(boolean lookedAfter, Integer mappaLevel, YesNoNa endorsed, List<TransferSummary.ParentingOrder> parenting) {
        return new TransferSummary("Sam Taylor", LocalDate.of(2010, 3, 14), "WOK-1",
                new TransferSummary.ProposedAddress("12 Mansfield Road", "NG1 3FN"), new TransferSummary.LivingWith("Jo", "aunt"),
                new TransferSummary.ParentalResponsibility("Alex", "3 Station Road"), null, null,
                new TransferSummary.Contact("Chris", null, null, null),
                List.of(new TransferSummary.OrderSummary("YRO", List.of("supervision"), LocalDate.of(2026, 9, 1), "12 months")), false,
                new TransferSummary.Concern(false, null), new TransferSummary.Mappa(mappaLevel == null ? null : 1, mappaLevel, endorsed, YesNoNa.NOT_APPLICABLE),
                new TransferSummary.Concern(false, null), new TransferSummary.Concern(false, null), "Theft",
                new TransferSummary.VictimRisk(false, List.of()), lookedAfter, TransferSummary.Rosh.MEDIUM, null, parenting);
    }

    static List<Entry> fullChecklist() {
        List<Entry> entries = new ArrayList<>();
        for (Item item : Item.values()) {
            entries.add(new Entry(item, Answer.ATTACHED, null));
        }
        return entries;
    }

    private static List<String> rules(List<Violation> violations) {
        return violations.stream().map(Violation::rule).toList();
    }

    @Test
    @DisplayName("TRF-3: a full transfer of a looked-after child is refused; caretaking is allowed")
    void lookedAfter() {
        TransferSummary lac = summary(true, null, YesNoNa.NOT_APPLICABLE, List.of());
        assertThat(rules(TransferRequestRules.summary(TransferKind.FULL, lac))).containsExactly("TRF-3");
        assertThat(TransferRequestRules.summary(TransferKind.CARETAKING, lac)).isEmpty();
    }

    @Test
    @DisplayName("TRF-10: MAPPA level 2 or 3 needs the home MAPPA meeting's endorsement; level 1 does not")
    void mappa() {
        assertThat(rules(TransferRequestRules.summary(TransferKind.FULL, summary(false, 2, YesNoNa.NO, List.of())))).containsExactly("TRF-10");
        assertThat(rules(TransferRequestRules.summary(TransferKind.FULL, summary(false, 3, YesNoNa.NOT_APPLICABLE, List.of()))))
                .containsExactly("TRF-10");
        assertThat(TransferRequestRules.summary(TransferKind.FULL, summary(false, 3, YesNoNa.YES, List.of()))).isEmpty();
        assertThat(TransferRequestRules.summary(TransferKind.FULL, summary(false, 1, YesNoNa.NO, List.of()))).isEmpty();
    }

    @Test
    @DisplayName("TRF-11: every parenting order moves with the child's order; one that does not is refused, with its field")
    void parentingOrders() {
        List<Violation> violations = TransferRequestRules.summary(TransferKind.FULL, summary(false, null, YesNoNa.NOT_APPLICABLE,
                List.of(new TransferSummary.ParentingOrder("mother", true), new TransferSummary.ParentingOrder("father", false))));
        assertThat(violations).singleElement().satisfies(v -> {
            assertThat(v.rule()).isEqualTo("TRF-11");
            assertThat(v.field()).isEqualTo("summary.parentingOrders[1].movesWithChildsOrder");
        });
    }

    @Test
    @DisplayName("TRF-17: a receiving authority outside the partnership is refused; TRF-1: so is the home itself")
    void parties() {
        assertThat(rules(TransferRequestRules.parties("wokingham", "cornwall", PARTNERSHIP))).containsExactly("TRF-17");
        assertThat(rules(TransferRequestRules.parties("wokingham", "wokingham", PARTNERSHIP))).containsExactly("TRF-1");
        assertThat(TransferRequestRules.parties("wokingham", "nottinghamshire", PARTNERSHIP)).isEmpty();
    }

    @Test
    @DisplayName("TRF-5: every Appendix A document answered once; one not attached gives the reason")
    void checklist() {
        assertThat(TransferRequestRules.checklist(fullChecklist())).isEmpty();
        List<Entry> entries = new ArrayList<>(fullChecklist());
        entries.set(0, new Entry(Item.TRANSFER_SUMMARY, Answer.NO, " "));
        entries.remove(entries.size() - 1);
        entries.add(new Entry(Item.ASSET_PLUS, Answer.NOT_APPLICABLE, "n/a"));
        List<Violation> violations = TransferRequestRules.checklist(entries);
        assertThat(violations).extracting(Violation::rule).containsOnly("TRF-5");
        assertThat(violations).extracting(Violation::field).containsExactly("checklist[0].reason", "checklist[12].item", "checklist");
    }

    @Test
    @DisplayName("TRF-3, TRF-10, TRF-11, TRF-17: every broken rule is listed together")
    void everyViolationTogether() {
        List<Violation> violations = TransferRequestRules.check(TransferKind.FULL, "wokingham", "cornwall", PARTNERSHIP,
                summary(true, 2, YesNoNa.NO, List.of(new TransferSummary.ParentingOrder("father", false))), fullChecklist());
        assertThat(rules(violations)).containsExactly("TRF-17", "TRF-3", "TRF-10", "TRF-11");
    }

    @Test
    @DisplayName("TRF-4: decided on Thursday 24 December 2026, the request is due on Tuesday 29 December (Christmas, the weekend and the Boxing Day substitute skipped)")
    void requestDueOverChristmas() {
        Deadline due = TransferDeadlinesRule.requestDue(CALCULATOR, PolicyCatalogue.withDefaults(Map.of()).policyOf("wokingham"),
                LocalDate.of(2026, 12, 24));
        assertThat(due.dueDate()).isEqualTo(LocalDate.of(2026, 12, 29));
        assertThat(due.rule()).isEqualTo("TRF-4");
        assertThat(due.policyVersion()).startsWith("wokingham@");
    }

    @Test
    @DisplayName("TRF-4: decided on a Friday, due on the Monday; an authority's own policy changes it (X-3)")
    void requestDueOverAWeekend() {
        PolicyCatalogue catalogue = PolicyCatalogue.withDefaults(Map.of("nottinghamshire", Map.of("TRF-4", "2 working-days")));
        assertThat(TransferDeadlinesRule.requestDue(CALCULATOR, catalogue.policyOf("wokingham"), LocalDate.of(2026, 11, 27)).dueDate())
                .isEqualTo(LocalDate.of(2026, 11, 30));
        assertThat(TransferDeadlinesRule.requestDue(CALCULATOR, catalogue.policyOf("nottinghamshire"), LocalDate.of(2026, 11, 27)).dueDate())
                .isEqualTo(LocalDate.of(2026, 12, 1));
    }

    @Test
    @DisplayName("TRF-4: met when sent by the end of the due day, met late after it; due, then overdue, while not sent")
    void requestStatus() {
        Deadline due = TransferDeadlinesRule.requestDue(CALCULATOR, PolicyCatalogue.withDefaults(Map.of()).policyOf("wokingham"),
                LocalDate.of(2026, 11, 24));
        Instant inTime = Instant.parse("2026-11-25T16:00:00Z");
        Instant late = Instant.parse("2026-11-26T09:00:00Z");
        assertThat(DeadlineStatus.of(due.dueAt(), late, Optional.of(inTime))).isEqualTo(DeadlineStatus.MET);
        assertThat(DeadlineStatus.of(due.dueAt(), late, Optional.of(late))).isEqualTo(DeadlineStatus.MET_LATE);
        assertThat(DeadlineStatus.of(due.dueAt(), inTime, Optional.empty())).isEqualTo(DeadlineStatus.DUE);
        assertThat(DeadlineStatus.of(due.dueAt(), late, Optional.empty())).isEqualTo(DeadlineStatus.OVERDUE);
        assertThat(DeadlineStatus.MET_LATE.wireName()).isEqualTo("met-late");
    }

    @Test
    @DisplayName("TRF-7: the receiving authority answers within 2 working days of receiving the request")
    void reviewDue() {
        Deadline due = TransferDeadlinesRule.reviewDue(CALCULATOR, PolicyCatalogue.withDefaults(Map.of()).policyOf("nottinghamshire"),
                Instant.parse("2026-12-24T10:00:00Z"));
        assertThat(due.dueDate()).isEqualTo(LocalDate.of(2026, 12, 30));
    }

    @Test
    @DisplayName("X-1, TRF-13: a transfer is read by its home and its receiving authority, and by no third one")
    void visibility() {
        assertThat(TransferVisibilityRule.partyOf("wokingham", "wokingham", "nottinghamshire")).isEqualTo(Party.HOME);
        assertThat(TransferVisibilityRule.partyOf("nottinghamshire", "wokingham", "nottinghamshire")).isEqualTo(Party.RECEIVING);
        assertThat(TransferVisibilityRule.partyOf("bracknell-forest", "wokingham", "nottinghamshire")).isEqualTo(Party.NONE);
        assertThat(TransferVisibilityRule.partyOf(null, "wokingham", "nottinghamshire")).isEqualTo(Party.NONE);
        assertThat(TransferVisibilityRule.partyOf("", "wokingham", "nottinghamshire")).isEqualTo(Party.NONE);
    }
}
