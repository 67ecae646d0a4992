package org.youthjustice.orders.sentencing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.youthjustice.orders.sentencing.RequirementType.ACTIVITY;
import static org.youthjustice.orders.sentencing.RequirementType.ATTENDANCE_CENTRE;
import static org.youthjustice.orders.sentencing.RequirementType.EXCLUSION;
import static org.youthjustice.orders.sentencing.RequirementType.FOSTERING;
import static org.youthjustice.orders.sentencing.RequirementType.INTENSIVE_SUPERVISION_AND_SURVEILLANCE;
import static org.youthjustice.orders.sentencing.RequirementType.LOCAL_AUTHORITY_RESIDENCE;
import static org.youthjustice.orders.sentencing.RequirementType.RESIDENCE;
import static org.youthjustice.orders.sentencing.RequirementType.SUPERVISION;
import static org.youthjustice.orders.sentencing.RequirementType.UNPAID_WORK;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.youthjustice.problem.Violation;

class YouthRehabilitationOrderRuleTest {
    private static final LocalDate FINDING_OF_GUILT = LocalDate.of(2026, 11, 23);
    private static final LocalDate START = LocalDate.of(2026, 11, 23);

    /** A child whose birthday is the finding of guilt's day, {@code age} years before. */
    private static Sentencing agedOnTheDay(int age) {
        return new Sentencing(FINDING_OF_GUILT.minusYears(age), FINDING_OF_GUILT, true, true, false);
    }

    /** A child one day short of {@code age + 1}: still {@code age} at the finding of guilt. */
    private static Sentencing agedTheDayBeforeBirthday(int age) {
        return new Sentencing(FINDING_OF_GUILT.minusYears(age + 1).plusDays(1), FINDING_OF_GUILT, true, true, false);
    }

    private static List<String> rulesBroken(Sentencing sentencing, RequirementTerms... requirements) {
        return YouthRehabilitationOrderRule.check(new ProposedYouthRehabilitationOrder(START, START.plusYears(1), List.of(requirements)),
                sentencing).stream().map(Violation::rule).toList();
    }

    @Test
    @DisplayName("ORD-3: the completion period is at most 3 years from the order coming into effect")
    void completionWithinThreeYears() {
        Sentencing child = agedOnTheDay(16);
        RequirementTerms supervision = RequirementTerms.of(SUPERVISION);

        assertThat(YouthRehabilitationOrderRule.check(new ProposedYouthRehabilitationOrder(START, START.plusYears(3), List.of(supervision)), child))
                .isEmpty();
        assertThat(YouthRehabilitationOrderRule.check(new ProposedYouthRehabilitationOrder(START, START.plusYears(3).plusDays(1),
                List.of(supervision)), child)).extracting(Violation::rule).containsExactly("ORD-3");
        assertThat(YouthRehabilitationOrderRule.check(new ProposedYouthRehabilitationOrder(START, START.minusDays(1),
                List.of(supervision)), child)).extracting(Violation::rule).containsExactly("ORD-3");
    }

    @Test
    @DisplayName("ORD-4: a youth rehabilitation order has at least one requirement")
    void atLeastOneRequirement() {
        assertThat(rulesBroken(agedOnTheDay(15))).containsExactly("ORD-4");
        assertThat(rulesBroken(agedOnTheDay(15), RequirementTerms.of(null))).containsExactly("ORD-4");
        assertThat(rulesBroken(agedOnTheDay(15), RequirementTerms.of(SUPERVISION))).isEmpty();
    }

    @ParameterizedTest(name = "ORD-5: activity for {0} days is allowed: {1}")
    @CsvSource({ "1, true", "90, true", "91, false", "0, false" })
    void activityAtMost90Days(int days, boolean allowed) {
        assertThat(rulesBroken(agedOnTheDay(15), RequirementTerms.days(ACTIVITY, days)).isEmpty()).isEqualTo(allowed);
    }

    @ParameterizedTest(name = "ORD-6: unpaid work of {0} hours for a child of 16 is allowed: {1}")
    @CsvSource({ "39, false", "40, true", "240, true", "241, false" })
    void unpaidWorkFrom40To240Hours(int hours, boolean allowed) {
        assertThat(rulesBroken(agedOnTheDay(16), RequirementTerms.hours(UNPAID_WORK, hours)).isEmpty()).isEqualTo(allowed);
    }

    @Test
    @DisplayName("ORD-6: unpaid work only at 16 or 17 on the day of the finding of guilt")
    void unpaidWorkOnlyAt16Or17() {
        assertThat(rulesBroken(agedTheDayBeforeBirthday(15), RequirementTerms.hours(UNPAID_WORK, 100))).containsExactly("ORD-6");
        assertThat(rulesBroken(agedOnTheDay(16), RequirementTerms.hours(UNPAID_WORK, 100))).isEmpty();
        assertThat(rulesBroken(agedTheDayBeforeBirthday(17), RequirementTerms.hours(UNPAID_WORK, 100))).isEmpty();
        assertThat(rulesBroken(agedOnTheDay(16), RequirementTerms.of(UNPAID_WORK))).containsExactly("ORD-6");
    }

    @ParameterizedTest(name = "ORD-7: attendance centre of {1} hours at age {0} is allowed: {2}")
    @CsvSource({
            "10, 12, true", "13, 12, true", "13, 13, false",
            "14, 11, false", "14, 12, true", "15, 24, true", "15, 25, false",
            "16, 11, false", "16, 12, true", "17, 36, true", "17, 37, false" })
    void attendanceCentreHoursByAge(int age, int hours, boolean allowed) {
        assertThat(rulesBroken(agedOnTheDay(age), RequirementTerms.hours(ATTENDANCE_CENTRE, hours)).isEmpty()).isEqualTo(allowed);
    }

    @Test
    @DisplayName("ORD-7: the age band is the age on the day of the finding of guilt")
    void attendanceCentreAgeIsTakenAtTheFindingOfGuilt() {
        // 13 the day before the 14th birthday: at most 12 hours; 14 on the day: 12 to 24
        assertThat(rulesBroken(agedTheDayBeforeBirthday(13), RequirementTerms.hours(ATTENDANCE_CENTRE, 20))).containsExactly("ORD-7");
        assertThat(rulesBroken(agedOnTheDay(14), RequirementTerms.hours(ATTENDANCE_CENTRE, 20))).isEmpty();
    }

    @ParameterizedTest(name = "ORD-8: a curfew of {0} months at {1} hours a day is allowed: {2}")
    @CsvSource({ "12, 2, true", "12, 16, true", "13, 8, false", "6, 1, false", "6, 17, false" })
    void curfewAtMost12MonthsAnd2To16HoursADay(int months, int hoursPerDay, boolean allowed) {
        assertThat(rulesBroken(agedOnTheDay(15), RequirementTerms.curfew(months, hoursPerDay)).isEmpty()).isEqualTo(allowed);
    }

    @ParameterizedTest(name = "ORD-9: exclusion for {0} months is allowed: {1}")
    @CsvSource({ "3, true", "4, false" })
    void exclusionAtMost3Months(int months, boolean allowed) {
        assertThat(rulesBroken(agedOnTheDay(15), RequirementTerms.months(EXCLUSION, months)).isEmpty()).isEqualTo(allowed);
    }

    @Test
    @DisplayName("ORD-10: residence only at 16 or 17 on the day of the finding of guilt")
    void residenceOnlyAt16Or17() {
        assertThat(rulesBroken(agedTheDayBeforeBirthday(15), RequirementTerms.of(RESIDENCE))).containsExactly("ORD-10");
        assertThat(rulesBroken(agedOnTheDay(16), RequirementTerms.of(RESIDENCE))).isEmpty();
    }

    @Test
    @DisplayName("ORD-11: local authority residence at most 6 months and not after the child turns 18")
    void localAuthorityResidence() {
        assertThat(rulesBroken(agedOnTheDay(15), RequirementTerms.months(LOCAL_AUTHORITY_RESIDENCE, 6))).isEmpty();
        assertThat(rulesBroken(agedOnTheDay(15), RequirementTerms.months(LOCAL_AUTHORITY_RESIDENCE, 7))).containsExactly("ORD-11");
        // 17 and a half on the day the order starts: 6 months reaches the 18th birthday exactly, 6 is fine
        Sentencing nearlyEighteen = new Sentencing(START.minusYears(18).plusMonths(6), FINDING_OF_GUILT, true, true, false);
        assertThat(rulesBroken(nearlyEighteen, RequirementTerms.months(LOCAL_AUTHORITY_RESIDENCE, 6))).isEmpty();
        Sentencing closerToEighteen = new Sentencing(START.minusYears(18).plusMonths(5), FINDING_OF_GUILT, true, true, false);
        assertThat(rulesBroken(closerToEighteen, RequirementTerms.months(LOCAL_AUTHORITY_RESIDENCE, 6))).containsExactly("ORD-11");
    }

    @Test
    @DisplayName("ORD-12: fostering at most 12 months, not after 18, needs an imprisonable offence and the custody threshold")
    void fostering() {
        assertThat(rulesBroken(agedOnTheDay(15), RequirementTerms.months(FOSTERING, 12))).isEmpty();
        assertThat(rulesBroken(agedOnTheDay(15), RequirementTerms.months(FOSTERING, 13))).containsExactly("ORD-12");
        // exactly 17 on the start day: 12 months end on the 18th birthday, which is allowed; a day older is not
        assertThat(rulesBroken(agedOnTheDay(17), RequirementTerms.months(FOSTERING, 12))).isEmpty();
        assertThat(rulesBroken(new Sentencing(START.minusYears(17).minusDays(1), FINDING_OF_GUILT, true, true, false),
                RequirementTerms.months(FOSTERING, 12))).containsExactly("ORD-12");
        Sentencing notImprisonable = new Sentencing(FINDING_OF_GUILT.minusYears(15), FINDING_OF_GUILT, false, true, false);
        assertThat(rulesBroken(notImprisonable, RequirementTerms.months(FOSTERING, 6))).containsExactly("ORD-12");
        Sentencing belowCustodyThreshold = new Sentencing(FINDING_OF_GUILT.minusYears(15), FINDING_OF_GUILT, true, false, false);
        assertThat(rulesBroken(belowCustodyThreshold, RequirementTerms.months(FOSTERING, 6))).containsExactly("ORD-12");
    }

    @Test
    @DisplayName("ORD-12: fostering for a child under 15 needs the child to be deemed a persistent offender")
    void fosteringUnder15NeedsPersistentOffender() {
        Sentencing fourteen = new Sentencing(FINDING_OF_GUILT.minusYears(14), FINDING_OF_GUILT, true, true, false);
        Sentencing fourteenPersistent = new Sentencing(FINDING_OF_GUILT.minusYears(14), FINDING_OF_GUILT, true, true, true);

        assertThat(rulesBroken(fourteen, RequirementTerms.months(FOSTERING, 6))).containsExactly("ORD-12");
        assertThat(rulesBroken(fourteenPersistent, RequirementTerms.months(FOSTERING, 6))).isEmpty();
    }

    @Test
    @DisplayName("ORD-13: intensive supervision and surveillance needs an imprisonable offence, the custody threshold, and under 15 persistence")
    void intensiveSupervisionAndSurveillance() {
        RequirementTerms iss = RequirementTerms.of(INTENSIVE_SUPERVISION_AND_SURVEILLANCE);

        assertThat(rulesBroken(agedOnTheDay(15), iss)).isEmpty();
        assertThat(rulesBroken(new Sentencing(FINDING_OF_GUILT.minusYears(15), FINDING_OF_GUILT, false, false, false), iss))
                .containsExactly("ORD-13", "ORD-13");
        assertThat(rulesBroken(new Sentencing(FINDING_OF_GUILT.minusYears(14), FINDING_OF_GUILT, true, true, false), iss))
                .containsExactly("ORD-13");
        assertThat(rulesBroken(new Sentencing(FINDING_OF_GUILT.minusYears(14), FINDING_OF_GUILT, true, true, true), iss)).isEmpty();
    }

    @Test
    @DisplayName("ORD-14: an invalid order is refused whole, with every violation listed by rule and field")
    void everyViolationIsListedTogether() {
        List<Violation> violations = YouthRehabilitationOrderRule.check(new ProposedYouthRehabilitationOrder(START, START.plusYears(4), List.of(
                RequirementTerms.days(ACTIVITY, 120),
                RequirementTerms.hours(UNPAID_WORK, 300),
                RequirementTerms.months(EXCLUSION, 5))), agedOnTheDay(15));

        assertThat(violations).extracting(Violation::rule).containsExactly("ORD-3", "ORD-5", "ORD-6", "ORD-6", "ORD-9");
        assertThat(violations).extracting(Violation::field).contains("order.endDate", "order.requirements[0].days",
                "order.requirements[1].hours", "order.requirements[1].type", "order.requirements[2].months");
    }
}
