package org.youthjustice.transfers.packages;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.youthjustice.events.transfers.TransferDecision;
import org.youthjustice.events.transfers.TransferKind;
import org.youthjustice.problem.Violation;
import org.youthjustice.transfers.packages.PackageRules.Direction;
import org.youthjustice.transfers.packages.PackageRules.Status;
import org.youthjustice.transfers.requests.DocumentsChecklist.Answer;
import org.youthjustice.transfers.requests.DocumentsChecklist.Entry;
import org.youthjustice.transfers.requests.DocumentsChecklist.Item;
import org.youthjustice.transfers.requests.TransferRequestRules;
import org.youthjustice.transfers.requests.TransferSummary;
import org.youthjustice.transfers.requests.TransferSummary.YesNoNa;

class PackageRulesTest {
    private static final List<String> PARTNERSHIP = List.of("wokingham", "nottinghamshire", "bracknell-forest", "reading",
            "west-berkshire", "windsor-and-maidenhead");
    private static final LocalDate SENT = LocalDate.of(2026, 11, 24);

    private static List<String> rules(List<Violation> violations) {
        return violations.stream().map(Violation::rule).toList();
    }

    static TransferSummary summary(boolean lookedAfter, Integer mappaLevel, YesNoNa endorsed, List<TransferSummary.ParentingOrder> parenting) {
        return new TransferSummary("Sam Taylor", LocalDate.of(2010, 3, 14), "WOK-1",
                new TransferSummary.ProposedAddress("4 Lemon Street, Truro", "TR1 2LS"), new TransferSummary.LivingWith("Jo", "aunt"),
                new TransferSummary.ParentalResponsibility("Alex", "3 Station Road"), null, null,
                new TransferSummary.Contact("Chris", null, null, null),
                List.of(new TransferSummary.OrderSummary("YRO", List.of("supervision"), LocalDate.of(2026, 9, 1), "12 months")), false,
                new TransferSummary.Concern(false, null),
                new TransferSummary.Mappa(mappaLevel == null ? null : 1, mappaLevel, endorsed, YesNoNa.NOT_APPLICABLE),
                new TransferSummary.Concern(false, null), new TransferSummary.Concern(false, null), "Theft",
                new TransferSummary.VictimRisk(false, List.of()), lookedAfter, TransferSummary.Rosh.MEDIUM, null, parenting);
    }

    static List<Entry> checklist() {
        List<Entry> entries = new ArrayList<>();
        for (Item item : Item.values()) {
            entries.add(new Entry(item, Answer.ATTACHED, null));
        }
        return entries;
    }

    @Test
    @DisplayName("TRF-17: a partnership authority is recognised however it is written; a service outside the partnership is not")
    void partnershipNames() {
        for (String name : List.of("nottinghamshire", "Nottinghamshire", "Nottinghamshire YJS", " Nottinghamshire Youth Justice Service ",
                "Nottinghamshire County Council YJS")) {
            assertThat(PackageRules.partnershipAuthorityNamed(name, PARTNERSHIP)).as(name).contains("nottinghamshire");
        }
        assertThat(PackageRules.partnershipAuthorityNamed("Royal Borough of Windsor & Maidenhead YOT", PARTNERSHIP))
                .contains("windsor-and-maidenhead");
        assertThat(PackageRules.partnershipAuthorityNamed("Bracknell Forest Youth Offending Service", PARTNERSHIP)).contains("bracknell-forest");
        for (String name : List.of("Cornwall YJS", "Nottingham City YJS", "Reading Road Youth Club", "cornwall")) {
            assertThat(PackageRules.partnershipAuthorityNamed(name, PARTNERSHIP)).as(name).isEmpty();
        }
    }

    @Test
    @DisplayName("TRF-17: an outgoing package goes outside the partnership; to a partnership authority it is refused: request on the platform")
    void outgoingOnlyOutsideThePartnership() {
        assertThat(PackageRules.outgoing("Cornwall YJS", PARTNERSHIP)).isEmpty();
        List<Violation> refused = PackageRules.outgoing("Nottinghamshire YJS", PARTNERSHIP);
        assertThat(rules(refused)).containsExactly("TRF-17");
        assertThat(refused.get(0).field()).isEqualTo("receivingService");
        assertThat(refused.get(0).message()).contains("request the transfer on the platform");
        assertThat(rules(PackageRules.outgoing("wokingham", PARTNERSHIP))).containsExactly("TRF-17");
    }

    @Test
    @DisplayName("TRF-17: an incoming package comes from outside the partnership, addressed to the authority importing it")
    void incomingOnlyFromOutsideThePartnership() {
        assertThat(PackageRules.incoming("Cornwall YJS", "Nottinghamshire YJS", "nottinghamshire", PARTNERSHIP)).isEmpty();
        assertThat(PackageRules.incoming("Cornwall YJS", "Youth Justice Service, Nottinghamshire", "nottinghamshire", PARTNERSHIP)).isEmpty();
        List<Violation> both = PackageRules.incoming("Wokingham YJS", "reading", "nottinghamshire", PARTNERSHIP);
        assertThat(rules(both)).containsExactly("TRF-17", "TRF-17");
        assertThat(both).extracting(Violation::field).containsExactly("fromService", "toService");
    }

    @Test
    @DisplayName("TRF-17: the machine-readable package is yj-transfer-package version 1; another format or version is refused")
    void documentFormat() {
        assertThat(PackageRules.format("yj-transfer-package", 1)).isEmpty();
        assertThat(PackageRules.format("yj-transfer-package", 2)).extracting(Violation::field).containsExactly("version");
        assertThat(PackageRules.format("assetplus-transfer", null)).extracting(Violation::field).containsExactly("format", "version");
        assertThat(PackageRules.format("assetplus-transfer", 1)).allSatisfy(v -> assertThat(v.rule()).isNull());
    }

    @Test
    @DisplayName("TRF-3, TRF-5, TRF-10, TRF-11: a package's summary and checklist are checked by a request's rules, every one listed together")
    void contentsByTheRequestRules() {
        assertThat(TransferRequestRules.contents(TransferKind.FULL, summary(false, null, YesNoNa.NOT_APPLICABLE, List.of()), checklist()))
                .isEmpty();
        List<Entry> incomplete = new ArrayList<>(checklist());
        incomplete.set(1, new Entry(Item.ASSET_PLUS, Answer.NO, " "));
        incomplete.remove(incomplete.size() - 1);
        List<Violation> broken = TransferRequestRules.contents(TransferKind.FULL, summary(true, 2, YesNoNa.NO,
                List.of(new TransferSummary.ParentingOrder("father", false))), incomplete);
        assertThat(rules(broken)).containsExactly("TRF-3", "TRF-10", "TRF-11", "TRF-5", "TRF-5");
    }

    @Test
    @DisplayName("TRF-6, TRF-17: the next version of an incoming package follows a stay or a rejection, once, keeping its kind")
    void nextVersionOfAnIncomingPackage() {
        assertThat(PackageRules.nextVersion(Status.STAYED, 1, TransferKind.FULL, 2, TransferKind.FULL)).isEmpty();
        assertThat(PackageRules.nextVersion(Status.REJECTED, 2, TransferKind.FULL, 5, TransferKind.FULL)).isEmpty();
        assertThat(rules(PackageRules.nextVersion(Status.STAYED, 2, TransferKind.FULL, 2, TransferKind.FULL))).containsExactly("TRF-17");
        assertThat(rules(PackageRules.nextVersion(Status.RECEIVED, 1, TransferKind.FULL, 2, TransferKind.FULL))).containsExactly("TRF-6");
        assertThat(rules(PackageRules.nextVersion(Status.ACCEPTED, 1, TransferKind.FULL, 2, TransferKind.FULL))).containsExactly("TRF-6");
        assertThat(rules(PackageRules.nextVersion(Status.STAYED, 1, TransferKind.FULL, 2, TransferKind.CARETAKING)))
                .containsExactly("TRF-1");
    }

    @Test
    @DisplayName("TRF-6: the home authority sends its package again only after a stay or a rejection; an incoming one it does not")
    void sendingAgain() {
        assertThat(PackageRules.resendable(Direction.OUTGOING, Status.STAYED)).isEmpty();
        assertThat(PackageRules.resendable(Direction.OUTGOING, Status.REJECTED)).isEmpty();
        assertThat(rules(PackageRules.resendable(Direction.OUTGOING, Status.SENT))).containsExactly("TRF-6");
        assertThat(rules(PackageRules.resendable(Direction.OUTGOING, Status.ACCEPTED))).containsExactly("TRF-6");
        assertThat(rules(PackageRules.resendable(Direction.INCOMING, Status.STAYED))).containsExactly("TRF-17");
    }

    @Test
    @DisplayName("TRF-17: one answer per version, while it awaits one; a package a case was opened from is accepted")
    void answers() {
        assertThat(PackageRules.answerable(Status.SENT, 1, false, TransferDecision.STAYED)).isEmpty();
        assertThat(PackageRules.answerable(Status.RECEIVED, 2, false, TransferDecision.REJECTED)).isEmpty();
        for (Status answered : List.of(Status.ACCEPTED, Status.STAYED, Status.REJECTED)) {
            assertThat(rules(PackageRules.answerable(answered, 1, false, TransferDecision.ACCEPTED))).containsExactly("TRF-17");
        }
        assertThat(PackageRules.answerable(Status.RECEIVED, 1, true, TransferDecision.ACCEPTED)).isEmpty();
        assertThat(rules(PackageRules.answerable(Status.RECEIVED, 1, true, TransferDecision.REJECTED))).containsExactly("TRF-17");
        assertThat(Status.after(TransferDecision.STAYED)).isEqualTo(Status.STAYED);
    }

    @Test
    @DisplayName("TRF-17: an answer is dated between the day its version was sent or received and today")
    void answerDates() {
        assertThat(PackageRules.answerDate(SENT, SENT, SENT)).isEmpty();
        assertThat(PackageRules.answerDate(SENT.plusDays(1), SENT, SENT.plusDays(3))).isEmpty();
        assertThat(PackageRules.answerDate(SENT.plusDays(1), SENT, SENT)).extracting(Violation::field).containsExactly("answeredOn");
        assertThat(PackageRules.answerDate(SENT.minusDays(1), SENT, SENT)).extracting(Violation::field).containsExactly("answeredOn");
    }

    @Test
    @DisplayName("TRF-17: the receiving authority opens a case from an incoming package once, unless it stayed or rejected it; until then it is a task")
    void caseOpening() {
        assertThat(PackageRules.caseOpenable(Direction.INCOMING, Status.RECEIVED, false)).isEmpty();
        assertThat(PackageRules.caseOpenable(Direction.INCOMING, Status.ACCEPTED, false)).isEmpty();
        assertThat(rules(PackageRules.caseOpenable(Direction.INCOMING, Status.ACCEPTED, true))).containsExactly("TRF-17");
        assertThat(rules(PackageRules.caseOpenable(Direction.INCOMING, Status.REJECTED, false))).containsExactly("TRF-17");
        assertThat(rules(PackageRules.caseOpenable(Direction.OUTGOING, Status.ACCEPTED, false))).containsExactly("TRF-17");
        assertThat(PackageRules.awaitsCaseOpening(Direction.INCOMING, Status.RECEIVED, false)).isTrue();
        assertThat(PackageRules.awaitsCaseOpening(Direction.INCOMING, Status.RECEIVED, true)).isFalse();
        assertThat(PackageRules.awaitsCaseOpening(Direction.INCOMING, Status.STAYED, false)).isFalse();
        assertThat(PackageRules.awaitsCaseOpening(Direction.OUTGOING, Status.SENT, false)).isFalse();
    }
}
