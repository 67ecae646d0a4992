package org.youthjustice.benchmarks;

/**
 * One measured figure of the report: what was measured ({@code id} names the figure, P1 to P6), its value
 * and unit, the baseline measured in the same run where one applies (else null), and the target it is held to.
 */
record Figure(String id, String name, double value, String unit, Double baseline, String baselineName, String target,
        String note) {

    static Figure of(String id, String name, double value, String unit, String target, String note) {
        return new Figure(id, name, value, unit, null, null, target, note);
    }
}
