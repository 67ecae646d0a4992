package org.youthjustice.allocation.proposal;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.youthjustice.allocation.capacity.CapacityPolicy;
import org.youthjustice.allocation.proposal.CandidateRanking.Candidate;
import org.youthjustice.allocation.proposal.CandidateRanking.Request;
import org.youthjustice.allocation.workforce.Availability;
import org.youthjustice.allocation.workforce.Grade;
import org.youthjustice.events.orders.RiskLevel;

class CandidateRankingTest {
    private static final Availability AT_WORK = new Availability(Availability.Status.AVAILABLE, null, "at work on 2026-11-23");
    private static final Availability ON_LEAVE = new Availability(Availability.Status.ABSENT, LocalDate.parse("2026-12-07"),
            "planned absence since 2026-11-16, back on 2026-12-07, after 2026-11-25 (ALC-2)");
    private static final Availability BACK_TOMORROW = new Availability(Availability.Status.RETURNING, LocalDate.parse("2026-11-24"),
            "unplanned absence since 2026-11-19, back on 2026-11-24, by 2026-11-25: return imminent (ALC-2)");

    private static CandidateRanking.Worker worker(String name, Grade grade, String gender, Availability availability,
            int available, String held, boolean knowsChild) {
        BigDecimal points = BigDecimal.valueOf(available);
        BigDecimal load = new BigDecimal(held);
        int percent = points.signum() == 0 ? 0 : load.multiply(BigDecimal.valueOf(100)).divide(points, 0, java.math.RoundingMode.HALF_UP).intValue();
        return new CandidateRanking.Worker(UUID.randomUUID(), name, grade, gender, availability,
                new CapacityPolicy.WorkerCapacity(points, grade.wireName(), load, percent, List.of()), knowsChild);
    }

    /** A realistic team: a dozen workers of mixed grades, genders, absences and loads. */
    private static final List<CandidateRanking.Worker> TEAM = List.of(
            worker("Amira Hussain", Grade.BAND_B, "female", AT_WORK, 40, "30", false),
            worker("Beth Morgan", Grade.BAND_B, "female", AT_WORK, 40, "12", false),
            worker("Chloe Evans", Grade.BAND_B, "female", ON_LEAVE, 40, "4", false),
            worker("Dan Price", Grade.BAND_B, "male", AT_WORK, 40, "6", false),
            worker("Erin Walsh", Grade.BAND_A, "female", AT_WORK, 36, "9", false),
            worker("Femi Adeyemi", Grade.BAND_A, "male", AT_WORK, 36, "20", true),
            worker("Gwen Lloyd", Grade.BAND_B, "female", BACK_TOMORROW, 40, "20", false),
            worker("Harry Stone", Grade.YJSO, "male", AT_WORK, 24, "10", false),
            worker("Isla Grant", Grade.STUDENT, "female", AT_WORK, 12, "0", false),
            worker("Jon Pike", Grade.RJ_WORKER, "male", AT_WORK, 0, "0", false),
            worker("Kemi Bello", Grade.BAND_B, "female", AT_WORK, 40, "37", false),
            worker("Lou Carter", Grade.BAND_C, "non-binary", AT_WORK, 20, "5", true));

    @Test
    @DisplayName("ALC-2, ALC-3, ALC-5, ALC-1, ALC-7: for a high-risk girl, female Band B workers with room come first, most "
            + "spare capacity first; the absent, the student and the RJ worker are left out with the rule; others show what "
            + "choosing them would break")
    void highRiskGirl() {
        var proposal = CandidateRanking.rank(new Request("youth-rehabilitation-order", RiskLevel.HIGH, RiskLevel.MEDIUM, "female",
                null, new BigDecimal("6")), TEAM);

        assertThat(proposal.candidates()).extracting(Candidate::name).startsWith("Beth Morgan", "Gwen Lloyd", "Amira Hussain");
        Candidate first = proposal.candidates().get(0);
        assertThat(first.rank()).isEqualTo(1);
        assertThat(first.breaks()).isEmpty();
        assertThat(first.reasons()).containsExactly("Band B senior case manager for high or very high RoSH or SaW (ALC-5)",
                "a female case manager, as for a girl (ALC-3)", "30% of capacity now, 45% with this case (ALC-1)");
        // back tomorrow: allocatable, and said so
        assertThat(proposal.candidates().get(1).reasons()).first().asString().contains("return imminent (ALC-2)");
        // Kemi is female Band B but has no room: the case would take her to 108%
        Candidate kemi = proposal.candidates().stream().filter(c -> c.name().equals("Kemi Bello")).findFirst().orElseThrow();
        assertThat(kemi.breaks()).extracting(CandidateRanking.Breach::rule).containsExactly("ALC-1");
        // Dan: Band B but male (ALC-3); Erin: female but Band A (ALC-5); both after every candidate breaking nothing
        Candidate dan = proposal.candidates().stream().filter(c -> c.name().equals("Dan Price")).findFirst().orElseThrow();
        assertThat(dan.breaks()).extracting(CandidateRanking.Breach::rule).containsExactly("ALC-3");
        assertThat(proposal.candidates().subList(0, 3)).allSatisfy(c -> assertThat(c.breaks()).isEmpty());
        assertThat(proposal.candidates().get(proposal.candidates().size() - 1).breaks()).hasSizeGreaterThanOrEqualTo(2);

        assertThat(proposal.excluded()).extracting(CandidateRanking.Excluded::name, CandidateRanking.Excluded::rule)
                .containsExactlyInAnyOrder(org.assertj.core.groups.Tuple.tuple("Chloe Evans", "ALC-2"),
                        org.assertj.core.groups.Tuple.tuple("Isla Grant", "ALC-7"),
                        org.assertj.core.groups.Tuple.tuple("Jon Pike", null));
    }

    @Test
    @DisplayName("ALC-4: the child's own choice of a male case manager decides, whatever the gender assigned at birth")
    void theChildsChoiceDecides() {
        var proposal = CandidateRanking.rank(new Request("referral-order", RiskLevel.LOW, RiskLevel.LOW, "trans-male", "male",
                new BigDecimal("2")), TEAM);
        assertThat(proposal.candidates().get(0).name()).isEqualTo("Dan Price");
        assertThat(proposal.candidates().get(0).reasons()).contains("a male case manager, as the child chose (ALC-4)");
        assertThat(proposal.candidates()).filteredOn(c -> c.genderIdentity().equals("female"))
                .allSatisfy(c -> assertThat(c.breaks()).extracting(CandidateRanking.Breach::rule).containsExactly("ALC-4"));
    }

    @Test
    @DisplayName("ALC-9: a PSR goes first to the worker who knows the child, then by experience, then by spare capacity")
    void psrPrefersWhoKnowsTheChild() {
        var proposal = CandidateRanking.rank(new Request("psr", RiskLevel.MEDIUM, RiskLevel.LOW, "male", null, new BigDecimal("2")),
                TEAM);
        assertThat(proposal.candidates()).extracting(Candidate::name).startsWith("Lou Carter", "Femi Adeyemi", "Dan Price");
        assertThat(proposal.candidates().get(0).reasons()).contains("knows the child from earlier work (ALC-9)");
    }
}
