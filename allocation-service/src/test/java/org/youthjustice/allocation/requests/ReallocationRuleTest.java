package org.youthjustice.allocation.requests;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.youthjustice.problem.Violation;

/** A reallocation's own rules, alone: no service, no database. */
class ReallocationRuleTest {
    private static final UUID CASE = UUID.fromString("6f1c2f0e-2a43-4c55-9d1e-0b7c1d2e3f40");

    @Test
    @DisplayName("ALC-10: a case is reallocated within its team, or from no team yet")
    void withinTheTeam() {
        assertThat(ReallocationRule.withinTheTeam(CASE, "north", "Sam Carter", "north")).isEmpty();
        assertThat(ReallocationRule.withinTheTeam(CASE, null, "Sam Carter", "south")).isEmpty();
    }

    @Test
    @DisplayName("ALC-10: a move to a worker of another team is refused: it is an internal transfer")
    void anotherTeamIsAnInternalTransfer() {
        assertThat(ReallocationRule.withinTheTeam(CASE, "north", "Sam Carter", "south")).contains(Violation.ofRule("ALC-10", "workerId",
                "Sam Carter is in team south, not the case's team north: a move between teams is an internal transfer, proposed "
                        + "and endorsed (POST /cases/6f1c2f0e-2a43-4c55-9d1e-0b7c1d2e3f40/internal-transfers)"));
    }

    @Test
    @DisplayName("ALC-12: a case is reallocated to another worker than its case manager")
    void toAnotherWorker() {
        UUID caseManager = UUID.randomUUID();
        assertThat(ReallocationRule.anotherWorker(caseManager, UUID.randomUUID())).isEmpty();
        assertThat(ReallocationRule.anotherWorker(caseManager, caseManager))
                .contains(Violation.ofField("workerId", "already the case manager"));
    }
}
