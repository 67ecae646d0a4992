package org.youthjustice.orders.sentencing;

/**
 * One requirement as the court set it: its type and the measures that type has (days for activity,
 * hours for unpaid work and attendance centre, months for curfew, exclusion, local authority
 * residence and fostering, hours a day for curfew). Measures a type does not have are left empty.
 */
public record RequirementTerms(RequirementType type, Integer days, Integer hours, Integer months, Integer hoursPerDay) {

    public static RequirementTerms of(RequirementType type) {
        return new RequirementTerms(type, null, null, null, null);
    }

    public static RequirementTerms days(RequirementType type, int days) {
        return new RequirementTerms(type, days, null, null, null);
    }

    public static RequirementTerms hours(RequirementType type, int hours) {
        return new RequirementTerms(type, null, hours, null, null);
    }

    public static RequirementTerms months(RequirementType type, int months) {
        return new RequirementTerms(type, null, null, months, null);
    }

    public static RequirementTerms curfew(int months, int hoursPerDay) {
        return new RequirementTerms(RequirementType.CURFEW, null, null, months, hoursPerDay);
    }
}
