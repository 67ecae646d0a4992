package org.youthjustice.reporting.timeliness;

import java.util.List;
import java.util.stream.Collectors;

/** The timeliness rows as CSV (RFC 4180): a suppressed count reads "fewer than 5". */
final class TimelinessCsv {
    static final String HEADER = "month,rule,authority,team,due,metOnTime,metLate,overdue,notYetDue,notApplicable,onTimeRate,"
            + "notApplicableReasons";

    private TimelinessCsv() {
    }

    static String write(List<TimelinessRow> rows) {
        StringBuilder csv = new StringBuilder(HEADER).append("\r\n");
        for (TimelinessRow r : rows) {
            String reasons = r.notApplicableReasons().stream()
                    .map(reason -> reason.reason() + ": " + (reason.suppressed() ? SuppressionPolicy.SHOWN_AS : reason.count()))
                    .collect(Collectors.joining("; "));
            csv.append(String.join(",", field(r.month()), field(r.rule()), field(r.authority()),
                    field(r.teamless() ? "(no team yet)" : r.team()), count(r.due()), count(r.metOnTime()), count(r.metLate()),
                    count(r.overdue()), count(r.notYetDue()), count(r.notApplicable()),
                    r.onTimeRate() == null ? "" : r.onTimeRate().toString(), field(reasons))).append("\r\n");
        }
        return csv.toString();
    }

    private static String count(Long value) {
        return value == null ? SuppressionPolicy.SHOWN_AS : value.toString();
    }

    /**
     * A text field, quoted where it must be; one a spreadsheet would take for a formula (a reason typed by a
     * practitioner starting with =, +, - or @) is led by an apostrophe so that it stays text.
     */
    static String field(String value) {
        if (value == null || value.isEmpty()) {
            return "";
        }
        String text = "=+-@".indexOf(value.charAt(0)) >= 0 ? "'" + value : value;
        if (text.contains(",") || text.contains("\"") || text.contains("\n") || text.contains("\r")) {
            return "\"" + text.replace("\"", "\"\"") + "\"";
        }
        return text;
    }
}
