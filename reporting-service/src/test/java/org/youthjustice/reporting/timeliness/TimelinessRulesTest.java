package org.youthjustice.reporting.timeliness;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.youthjustice.reporting.timeliness.TimelinessRules.Level;

class TimelinessRulesTest {
    private static final ReportingAccessPolicy.Access ANALYST =
            ReportingAccessPolicy.decide(Set.of(ReportingAccessPolicy.PARTNERSHIP_ANALYST), "wokingham");
    private static final ReportingAccessPolicy.Access WOKINGHAM_MANAGER =
            ReportingAccessPolicy.decide(Set.of(ReportingAccessPolicy.SERVICE_MANAGER), "wokingham");

    private static Counts counts(String authority, String team, long onTime, long late, long overdue, long notYetDue, long na) {
        Counts c = new Counts("MIL-4", authority, team, "2026-11").set(Measure.DUE, onTime + late + overdue + notYetDue)
                .set(Measure.MET_ON_TIME, onTime).set(Measure.MET_LATE, late).set(Measure.OVERDUE, overdue)
                .set(Measure.NOT_YET_DUE, notYetDue).set(Measure.NOT_APPLICABLE, na);
        if (na > 0) {
            c.reason("order revoked", na);
        }
        return c;
    }

    private static TimelinessRow row(List<TimelinessRow> rows, String authority) {
        return rows.stream().filter(r -> authority.equals(r.authority())).findFirst().orElseThrow();
    }

    @Test
    @DisplayName("a manager sees their own authority in full, and another authority's counts below 5 as suppressed")
    void managerSeesOwnInFull() {
        List<TimelinessRow> rows = TimelinessRules.rows(List.of(counts("wokingham", null, 6, 2, 1, 1, 1),
                counts("reading", null, 7, 1, 0, 0, 0)), Level.AUTHORITY, WOKINGHAM_MANAGER);
        TimelinessRow own = row(rows, "wokingham");
        assertThat(List.of(own.due(), own.metOnTime(), own.metLate(), own.overdue(), own.notYetDue(), own.notApplicable()))
                .containsExactly(10L, 6L, 2L, 1L, 1L, 1L);
        assertThat(own.suppressed()).isEmpty();
        assertThat(own.onTimeRate()).isEqualTo(0.667);
        assertThat(own.notApplicableReasons()).containsExactly(new TimelinessRow.ReasonCount("order revoked", 1L, false));
        TimelinessRow other = row(rows, "reading");
        assertThat(other.due()).isEqualTo(8L);
        assertThat(other.metOnTime()).isEqualTo(7L);
        assertThat(other.metLate()).isNull();
        assertThat(other.suppressed()).containsExactly("metLate", "overdue", "notYetDue", "notApplicable");
        assertThat(other.onTimeRate()).isNull();
    }

    @Test
    @DisplayName("an analyst sees every authority with every count below 5 suppressed, the not-applicable reasons too")
    void analystSeesEverythingSuppressed() {
        List<TimelinessRow> rows = TimelinessRules.rows(List.of(counts("wokingham", null, 6, 2, 1, 1, 1),
                counts("reading", null, 7, 1, 0, 0, 0)), Level.AUTHORITY, ANALYST);
        TimelinessRow wokingham = row(rows, "wokingham");
        assertThat(wokingham.due()).isEqualTo(10L);
        assertThat(wokingham.metOnTime()).isEqualTo(6L);
        assertThat(wokingham.suppressed()).containsExactly("metLate", "overdue", "notYetDue", "notApplicable");
        assertThat(wokingham.notApplicableReasons()).containsExactly(new TimelinessRow.ReasonCount("order revoked", null, true));
    }

    @Test
    @DisplayName("complementary suppression: a lone hidden outcome takes the smallest shown one with it, so that due "
            + "less the others does not give it away")
    void complementWithinARow() {
        List<TimelinessRow> rows = TimelinessRules.rows(List.of(counts("reading", null, 9, 6, 5, 2, 0)), Level.AUTHORITY, ANALYST);
        TimelinessRow reading = row(rows, "reading");
        assertThat(reading.due()).isEqualTo(22L);
        assertThat(reading.metOnTime()).isEqualTo(9L);
        assertThat(reading.metLate()).isEqualTo(6L);
        assertThat(reading.overdue()).as("the smallest shown outcome, hidden with the lone one").isNull();
        assertThat(reading.notYetDue()).isNull();
    }

    @Test
    @DisplayName("complementary suppression among siblings: one team's lone hidden count takes the smallest other team's "
            + "with it, so that the authority's total less the others does not give it away")
    void complementAmongTeams() {
        List<TimelinessRow> rows = TimelinessRules.rows(List.of(counts("reading", "east", 9, 0, 0, 0, 0),
                counts("reading", "west", 6, 0, 0, 0, 0), counts("reading", "north", 3, 0, 0, 0, 0)), Level.TEAM, ANALYST);
        assertThat(rows).filteredOn(r -> "north".equals(r.team())).singleElement()
                .satisfies(r -> assertThat(r.due()).isNull());
        assertThat(rows).filteredOn(r -> "west".equals(r.team())).singleElement()
                .satisfies(r -> assertThat(r.due()).as("the smallest other team").isNull());
        assertThat(rows).filteredOn(r -> "east".equals(r.team())).singleElement()
                .satisfies(r -> assertThat(r.due()).isEqualTo(9L));
    }

    @Test
    @DisplayName("a partnership count is suppressed for a manager when the part of it beyond their own authority is below 5")
    void partnershipLessOwnAuthority() {
        List<Counts> counts = List.of(counts("wokingham", null, 20, 0, 0, 0, 0), counts("reading", null, 3, 0, 0, 0, 0));
        TimelinessRow forManager = TimelinessRules.rows(counts, Level.PARTNERSHIP, WOKINGHAM_MANAGER).get(0);
        assertThat(forManager.authority()).isNull();
        assertThat(forManager.due()).as("23 less wokingham's 20 would give reading's 3 away").isNull();
        TimelinessRow forAnalyst = TimelinessRules.rows(counts, Level.PARTNERSHIP, ANALYST).get(0);
        assertThat(forAnalyst.due()).isEqualTo(23L);
    }

    @Test
    @DisplayName("only managers and partnership analysts read the figures; only managers the cases, of their own authority")
    void access() {
        assertThat(ReportingAccessPolicy.decide(Set.of("case-worker"), "wokingham").figures()).isFalse();
        assertThat(ANALYST.cases()).isFalse();
        assertThat(ANALYST.inFull("wokingham")).isFalse();
        assertThat(WOKINGHAM_MANAGER.inFull("wokingham")).isTrue();
        assertThat(WOKINGHAM_MANAGER.inFull("reading")).isFalse();
        assertThat(WOKINGHAM_MANAGER.inFull(null)).isFalse();
    }
}
