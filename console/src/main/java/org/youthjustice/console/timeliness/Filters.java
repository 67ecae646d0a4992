package org.youthjustice.console.timeliness;

import jakarta.ws.rs.core.MultivaluedMap;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.YearMonth;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.youthjustice.console.web.FieldErrors;

/**
 * The timeliness page's filters, as its GET form sends them: the level (partnership, authority, team), a rule, the
 * first and last months (a GOV.UK date input of month and year each) and, for figures by team, the authority. Left
 * out, the months are reporting-service's defaults (the last 12 months, up to this one), which the page then shows in
 * the form; the level is the authority's. The form's own errors are months it cannot read; reporting-service says what
 * else is wrong (400).
 */
public final class Filters {
    static final List<String> LEVELS = List.of("partnership", "authority", "team");

    private final Map<String, String> values = new LinkedHashMap<>();
    private YearMonth from;
    private YearMonth to;

    private Filters() {
    }

    /** The filters of the page's query: {@code ownAuthority} is the authority a team level is of unless one is given. */
    public static Filters of(MultivaluedMap<String, String> query, String ownAuthority, FieldErrors errors) {
        Filters filters = new Filters();
        String level = trimmed(query.getFirst("level"));
        filters.values.put("level", level.isEmpty() ? "authority" : level.toLowerCase(Locale.ROOT));
        filters.values.put("rule", trimmed(query.getFirst("rule")).toUpperCase(Locale.ROOT));
        String authority = trimmed(query.getFirst("authority"));
        filters.values.put("authority", authority.isEmpty() ? ownAuthority == null ? "" : ownAuthority : authority.toLowerCase(Locale.ROOT));
        for (String field : List.of("from-month", "from-year", "to-month", "to-year")) {
            filters.values.put(field, trimmed(query.getFirst(field)));
        }
        filters.from = filters.month("from", "first month", errors);
        filters.to = filters.month("to", "last month", errors);
        return filters;
    }

    /** The month of {@code field}'s month and year boxes; null when both are empty, or when not a month (said in errors). */
    private YearMonth month(String field, String what, FieldErrors errors) {
        String month = values.get(field + "-month");
        String year = values.get(field + "-year");
        if (month.isEmpty() && year.isEmpty()) {
            return null;
        }
        if (month.isEmpty() || year.isEmpty()) {
            errors.add(field, null, "The " + what + " must include a " + (month.isEmpty() ? "month" : "year"));
            return null;
        }
        try {
            int m = Integer.parseInt(month);
            int y = Integer.parseInt(year);
            if (m >= 1 && m <= 12 && y >= 2000 && y <= 2100) {
                return YearMonth.of(y, m);
            }
        } catch (NumberFormatException e) {
            // said below
        }
        errors.add(field, null, "The " + what + " must be a real month, for example 12 2025");
        return null;
    }

    /** Shows the months reporting-service counted (its defaults, where the form left them out). */
    void counted(String first, String last) {
        fill("from", first);
        fill("to", last);
    }

    private void fill(String field, String month) {
        try {
            YearMonth counted = YearMonth.parse(month);
            values.put(field + "-month", String.valueOf(counted.getMonthValue()));
            values.put(field + "-year", String.valueOf(counted.getYear()));
        } catch (RuntimeException e) {
            // no month in the answer: the form keeps what was typed
        }
    }

    /** reporting-service's query: the authority only for figures by team (it names whose teams). */
    String apiQuery() {
        Map<String, String> query = new LinkedHashMap<>();
        query.put("level", level());
        put(query, "from", from == null ? "" : from.toString());
        put(query, "to", to == null ? "" : to.toString());
        put(query, "rule", rule());
        if ("team".equals(level())) {
            put(query, "authority", authority());
        }
        return encode(query);
    }

    /** The page's own query, for the links that keep these filters (the CSV download). */
    String pageQuery() {
        Map<String, String> query = new LinkedHashMap<>();
        values.forEach((name, value) -> put(query, name, value));
        return encode(query);
    }

    public String level() {
        return values.get("level");
    }

    public String rule() {
        return values.get("rule");
    }

    public String authority() {
        return values.get("authority");
    }

    /** What a field of the form shows: as typed, or as reporting-service counted it. */
    public String value(String field) {
        return values.getOrDefault(field, "");
    }

    public List<String> levels() {
        return LEVELS;
    }

    private static void put(Map<String, String> query, String name, String value) {
        if (value != null && !value.isEmpty()) {
            query.put(name, value);
        }
    }

    private static String encode(Map<String, String> query) {
        return query.entrySet().stream().map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
    }

    private static String trimmed(String value) {
        return value == null ? "" : value.trim();
    }
}
