package org.youthjustice.orders.sentencing;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiFunction;
import org.youthjustice.kernel.child.ChildAge;
import org.youthjustice.problem.Violation;

/**
 * The statutory rules of a youth rehabilitation order (ORD-3 to ORD-13), one per rule ID, each
 * returning the violations it finds with its ID. {@link #check} applies them all, so an invalid order
 * is refused whole with every violation listed (ORD-14).
 */
public enum YouthRehabilitationOrderRule {

    /** ORD-3: the requirements are completed within at most 3 years of the order coming into effect. */
    COMPLETION_WITHIN_THREE_YEARS("ORD-3", (order, sentencing) -> {
        if (order.startDate() == null || order.endDate() == null) {
            return List.of(Violation.ofRule("ORD-3", "order.endDate", "a youth rehabilitation order needs its start and end dates"));
        }
        if (order.endDate().isBefore(order.startDate())) {
            return List.of(Violation.ofRule("ORD-3", "order.endDate", "the order ends before it starts"));
        }
        if (order.endDate().isAfter(order.startDate().plusYears(3))) {
            return List.of(Violation.ofRule("ORD-3", "order.endDate",
                    "the requirements must be completed within 3 years of the order coming into effect (by "
                            + order.startDate().plusYears(3) + ")"));
        }
        return List.of();
    }),

    /** ORD-4: at least one requirement, each of a known type. */
    AT_LEAST_ONE_REQUIREMENT("ORD-4", (order, sentencing) -> {
        List<Violation> violations = new ArrayList<>();
        if (order.requirements() == null || order.requirements().isEmpty()) {
            violations.add(Violation.ofRule("ORD-4", "order.requirements", "a youth rehabilitation order has at least one requirement"));
            return violations;
        }
        for (int i = 0; i < order.requirements().size(); i++) {
            if (order.requirements().get(i) == null || order.requirements().get(i).type() == null) {
                violations.add(Violation.ofRule("ORD-4", field(i, "type"), "each requirement needs a known type"));
            }
        }
        return violations;
    }),

    /** ORD-5: activity, at most 90 days. */
    ACTIVITY_AT_MOST_90_DAYS("ORD-5", (order, sentencing) -> each(order, RequirementType.ACTIVITY, (i, terms) ->
            measure(terms.days(), field(i, "days"), "ORD-5", "an activity requirement", 1, 90, "days"))),

    /** ORD-6: unpaid work, 40 to 240 hours, only for a child aged 16 or 17 at the finding of guilt. */
    UNPAID_WORK("ORD-6", (order, sentencing) -> each(order, RequirementType.UNPAID_WORK, (i, terms) -> {
        List<Violation> violations = new ArrayList<>(measure(terms.hours(), field(i, "hours"), "ORD-6", "unpaid work", 40, 240, "hours"));
        violations.addAll(aged16Or17(sentencing, field(i, "type"), "ORD-6", "unpaid work"));
        return violations;
    })),

    /** ORD-7: attendance centre hours by age at the finding of guilt: 10-13 at most 12; 14-15 12 to 24; 16+ 12 to 36. */
    ATTENDANCE_CENTRE_HOURS_BY_AGE("ORD-7", (order, sentencing) -> each(order, RequirementType.ATTENDANCE_CENTRE, (i, terms) -> {
        ChildAge age = sentencing.ageAtFindingOfGuilt();
        String aged = "for a child aged " + age.years() + " at the finding of guilt";
        if (age.isUnder(14)) {
            return measure(terms.hours(), field(i, "hours"), "ORD-7", "attendance centre " + aged, 1, 12, "hours");
        }
        if (age.isUnder(16)) {
            return measure(terms.hours(), field(i, "hours"), "ORD-7", "attendance centre " + aged, 12, 24, "hours");
        }
        return measure(terms.hours(), field(i, "hours"), "ORD-7", "attendance centre " + aged, 12, 36, "hours");
    })),

    /** ORD-8: curfew, at most 12 months, 2 to 16 hours a day. */
    CURFEW("ORD-8", (order, sentencing) -> each(order, RequirementType.CURFEW, (i, terms) -> {
        List<Violation> violations = new ArrayList<>(measure(terms.months(), field(i, "months"), "ORD-8", "a curfew", 1, 12, "months"));
        violations.addAll(measure(terms.hoursPerDay(), field(i, "hoursPerDay"), "ORD-8", "a curfew", 2, 16, "hours a day"));
        return violations;
    })),

    /** ORD-9: exclusion, at most 3 months. */
    EXCLUSION_AT_MOST_3_MONTHS("ORD-9", (order, sentencing) -> each(order, RequirementType.EXCLUSION, (i, terms) ->
            measure(terms.months(), field(i, "months"), "ORD-9", "an exclusion requirement", 1, 3, "months"))),

    /** ORD-10: residence, only for a child aged 16 or 17 at the finding of guilt. */
    RESIDENCE_AT_16_OR_17("ORD-10", (order, sentencing) -> each(order, RequirementType.RESIDENCE, (i, terms) ->
            aged16Or17(sentencing, field(i, "type"), "ORD-10", "a residence requirement"))),

    /** ORD-11: local authority residence, at most 6 months and not for any period after the child turns 18. */
    LOCAL_AUTHORITY_RESIDENCE("ORD-11", (order, sentencing) -> each(order, RequirementType.LOCAL_AUTHORITY_RESIDENCE, (i, terms) -> {
        List<Violation> violations = new ArrayList<>(measure(terms.months(), field(i, "months"), "ORD-11",
                "local authority residence", 1, 6, "months"));
        violations.addAll(notBeyondEighteen(order, sentencing, terms, field(i, "months"), "ORD-11", "local authority residence"));
        return violations;
    })),

    /** ORD-12: fostering, at most 12 months, not after 18; imprisonable offence and custody threshold; under 15 persistent offender. */
    FOSTERING("ORD-12", (order, sentencing) -> each(order, RequirementType.FOSTERING, (i, terms) -> {
        List<Violation> violations = new ArrayList<>(measure(terms.months(), field(i, "months"), "ORD-12", "fostering", 1, 12, "months"));
        violations.addAll(notBeyondEighteen(order, sentencing, terms, field(i, "months"), "ORD-12", "fostering"));
        violations.addAll(custodyConditions(sentencing, field(i, "type"), "ORD-12", "fostering"));
        return violations;
    })),

    /** ORD-13: intensive supervision and surveillance: imprisonable offence and custody threshold; under 15 persistent offender. */
    INTENSIVE_SUPERVISION_AND_SURVEILLANCE("ORD-13", (order, sentencing) ->
            each(order, RequirementType.INTENSIVE_SUPERVISION_AND_SURVEILLANCE, (i, terms) ->
                    custodyConditions(sentencing, field(i, "type"), "ORD-13", "intensive supervision and surveillance")));

    private final String ruleId;
    private final BiFunction<ProposedYouthRehabilitationOrder, Sentencing, List<Violation>> rule;

    YouthRehabilitationOrderRule(String ruleId, BiFunction<ProposedYouthRehabilitationOrder, Sentencing, List<Violation>> rule) {
        this.ruleId = ruleId;
        this.rule = rule;
    }

    public String ruleId() {
        return ruleId;
    }

    public List<Violation> apply(ProposedYouthRehabilitationOrder order, Sentencing sentencing) {
        return rule.apply(order, sentencing);
    }

    /** ORD-14: every rule, applied together; an empty list means the order may be recorded. */
    public static List<Violation> check(ProposedYouthRehabilitationOrder order, Sentencing sentencing) {
        List<Violation> violations = new ArrayList<>();
        for (YouthRehabilitationOrderRule rule : values()) {
            violations.addAll(rule.apply(order, sentencing));
        }
        return violations;
    }

    private static List<Violation> each(ProposedYouthRehabilitationOrder order, RequirementType type,
            BiFunction<Integer, RequirementTerms, List<Violation>> check) {
        List<Violation> violations = new ArrayList<>();
        if (order.requirements() == null) {
            return violations;
        }
        for (int i = 0; i < order.requirements().size(); i++) {
            RequirementTerms terms = order.requirements().get(i);
            if (terms != null && terms.type() == type) {
                violations.addAll(check.apply(i, terms));
            }
        }
        return violations;
    }

    private static List<Violation> measure(Integer value, String field, String rule, String what, int min, int max, String unit) {
        if (value == null) {
            return List.of(Violation.ofRule(rule, field, what + " needs its " + unit));
        }
        if (value < min || value > max) {
            String range = min <= 1 ? "at most " + max : "between " + min + " and " + max;
            return List.of(Violation.ofRule(rule, field, what + " is " + range + " " + unit + ", not " + value));
        }
        return List.of();
    }

    private static List<Violation> aged16Or17(Sentencing sentencing, String field, String rule, String what) {
        ChildAge age = sentencing.ageAtFindingOfGuilt();
        if (!age.isBetween(16, 17)) {
            return List.of(Violation.ofRule(rule, field, what + " is only for a child aged 16 or 17 at the finding of guilt; this child was "
                    + age.years()));
        }
        return List.of();
    }

    private static List<Violation> notBeyondEighteen(ProposedYouthRehabilitationOrder order, Sentencing sentencing,
            RequirementTerms terms, String field, String rule, String what) {
        if (terms.months() == null || order.startDate() == null) {
            return List.of();
        }
        LocalDate ends = order.startDate().plusMonths(terms.months());
        if (ends.isAfter(sentencing.eighteenthBirthday())) {
            return List.of(Violation.ofRule(rule, field, what + " would run to " + ends + ", after the child turns 18 on "
                    + sentencing.eighteenthBirthday()));
        }
        return List.of();
    }

    private static List<Violation> custodyConditions(Sentencing sentencing, String field, String rule, String what) {
        List<Violation> violations = new ArrayList<>();
        if (!sentencing.imprisonableOffence()) {
            violations.add(Violation.ofRule(rule, field, what + " needs an imprisonable offence"));
        }
        if (!sentencing.custodyThresholdPassed()) {
            violations.add(Violation.ofRule(rule, field, what + " needs the custody threshold to be passed"));
        }
        if (sentencing.ageAtFindingOfGuilt().isUnder(15) && !sentencing.persistentOffender()) {
            violations.add(Violation.ofRule(rule, field, what + " for a child under 15 needs the child to be deemed a persistent offender"));
        }
        return violations;
    }

    private static String field(int index, String name) {
        return "order.requirements[" + index + "]." + name;
    }
}
