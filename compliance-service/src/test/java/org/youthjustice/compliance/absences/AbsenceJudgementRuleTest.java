package org.youthjustice.compliance.absences;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.youthjustice.events.compliance.EvidenceKind;
import org.youthjustice.problem.Violation;

/** The judgement rule alone: no service, no database. */
@DisplayName("CMP-2, CMP-3: an absence is acceptable with written evidence, or once per order by the exception")
class AbsenceJudgementRuleTest {
    @Test
    @DisplayName("CMP-2: acceptable with written evidence; without it, asking for acceptable is refused and unacceptable stands")
    void acceptableOnlyWithWrittenEvidence() {
        var withNote = AbsenceJudgementRule.judge(true, EvidenceKind.SICK_NOTE, false, false);
        assertThat(withNote.refused()).isFalse();
        assertThat(withNote.judgement()).isEqualTo(Absence.Judgement.ACCEPTABLE);

        var withoutEvidence = AbsenceJudgementRule.judge(true, null, false, false);
        assertThat(withoutEvidence.refused()).isTrue();
        assertThat(withoutEvidence.judgement()).isNull();
        assertThat(withoutEvidence.violations()).extracting(Violation::rule, Violation::field)
                .containsExactly(tuple("CMP-2", "evidence"));

        var unacceptable = AbsenceJudgementRule.judge(false, null, false, false);
        assertThat(unacceptable.refused()).isFalse();
        assertThat(unacceptable.judgement()).isEqualTo(Absence.Judgement.UNACCEPTABLE);
    }

    @Test
    @DisplayName("CMP-2: written evidence names what it is, whether given with the judgement or later")
    void evidenceNamesWhatItIs() {
        assertThat(AbsenceJudgementRule.judge(true, EvidenceKind.NONE, false, false).violations())
                .extracting(Violation::rule, Violation::field).containsExactly(tuple("CMP-2", "evidence.kind"));
        assertThat(AbsenceJudgementRule.lateEvidence(EvidenceKind.NONE, "kind")).extracting(Violation::rule).containsExactly("CMP-2");
        assertThat(AbsenceJudgementRule.lateEvidence(EvidenceKind.SCHOOL_LETTER, "kind")).isEmpty();
    }

    @Test
    @DisplayName("CMP-3: the exception makes an absence acceptable once per order, and is refused the second time")
    void exceptionOncePerOrder() {
        var first = AbsenceJudgementRule.judge(true, null, true, false);
        assertThat(first.refused()).isFalse();
        assertThat(first.judgement()).isEqualTo(Absence.Judgement.ACCEPTABLE);

        var second = AbsenceJudgementRule.judge(true, null, true, true);
        assertThat(second.refused()).isTrue();
        assertThat(second.violations()).extracting(Violation::rule).containsExactly("CMP-3");
        assertThat(second.violations().get(0).message()).contains("already been used once in this order");
    }

    @Test
    @DisplayName("CMP-3: the exception is for an absence without written evidence, and only makes it acceptable")
    void exceptionOnlyWithoutEvidenceAndForAcceptable() {
        assertThat(AbsenceJudgementRule.judge(true, EvidenceKind.EMAIL, true, false).violations())
                .extracting(Violation::rule).containsExactly("CMP-3");
        assertThat(AbsenceJudgementRule.judge(false, null, true, false).violations())
                .extracting(Violation::rule, Violation::field).containsExactly(tuple("CMP-3", "exception"));
    }
}
