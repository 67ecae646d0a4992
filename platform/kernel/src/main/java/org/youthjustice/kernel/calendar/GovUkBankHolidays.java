package org.youthjustice.kernel.calendar;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.HashMap;
import java.util.Map;

/**
 * Reads the {@code england-and-wales} division of a file in the format GOV.UK publishes its bank
 * holidays in ({@code {"england-and-wales": {"division": ..., "events": [{"date": "2026-12-25", ...}]}}}).
 */
public final class GovUkBankHolidays {
    public static final String DIVISION = "england-and-wales";

    private GovUkBankHolidays() {
    }

    /** The file's holidays grouped by year, each date with its title. */
    public static Map<Integer, Map<LocalDate, String>> read(InputStream json) {
        JsonNode root;
        try {
            root = new ObjectMapper().readTree(json);
        } catch (IOException e) {
            throw new UncheckedIOException("bank holidays file is not JSON", e);
        }
        JsonNode events = root == null ? null : root.path(DIVISION).path("events");
        if (events == null || !events.isArray()) {
            throw new IllegalArgumentException("bank holidays file has no " + DIVISION + ".events array");
        }
        Map<Integer, Map<LocalDate, String>> byYear = new HashMap<>();
        for (JsonNode event : events) {
            String text = event.path("date").asText();
            try {
                LocalDate date = LocalDate.parse(text);
                String title = event.path("title").asText("");
                byYear.computeIfAbsent(date.getYear(), y -> new HashMap<>()).put(date, title.isBlank() ? "Bank holiday" : title);
            } catch (DateTimeParseException e) {
                throw new IllegalArgumentException("bank holidays file has an event with date '" + text + "'", e);
            }
        }
        byYear.replaceAll((year, dates) -> Map.copyOf(dates));
        return Map.copyOf(byYear);
    }
}
