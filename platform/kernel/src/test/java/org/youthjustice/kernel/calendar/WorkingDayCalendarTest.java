package org.youthjustice.kernel.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class WorkingDayCalendarTest {
    private final WorkingDayCalendar calendar = WorkingDayCalendar.englandAndWales();

    @Test
    @DisplayName("X-2: every England and Wales bank holiday of 2019-2027 matches the published GOV.UK list, year by year")
    void everyBankHolidayFrom2019To2027MatchesThePublishedList() throws IOException {
        Map<Integer, Map<LocalDate, String>> published;
        try (InputStream in = getClass().getResourceAsStream("/bank-holidays-england-and-wales-2019-2027.json")) {
            published = GovUkBankHolidays.read(in);
        }
        assertThat(published.values().stream().mapToInt(Map::size).sum()).isEqualTo(75);

        for (int year = 2019; year <= 2027; year++) {
            assertThat(new JollydayEnglandAndWales().of(year)).as("bank holidays of %d", year)
                    .containsExactlyInAnyOrderElementsOf(published.get(year).keySet());
        }
    }

    @ParameterizedTest(name = "X-2: {0} is a bank holiday ({1})")
    @CsvSource({
            "2020-05-08, VE Day: early May bank holiday moved from the 4th",
            "2022-06-02, Platinum Jubilee: spring bank holiday moved from 30 May",
            "2022-06-03, Platinum Jubilee bank holiday",
            "2022-09-19, State Funeral of Queen Elizabeth II",
            "2023-05-08, Coronation of King Charles III",
            "2020-12-28, Boxing Day substitute (26th was a Saturday)",
            "2021-12-27, Christmas Day substitute",
            "2021-12-28, Boxing Day substitute",
            "2022-12-27, Christmas Day substitute (Boxing Day is the 26th)",
            "2027-12-27, Christmas Day substitute",
            "2027-12-28, Boxing Day substitute",
            "2026-04-03, Good Friday",
            "2026-04-06, Easter Monday" })
    void oneOffAndSubstituteDaysAreBankHolidays(LocalDate date, String why) {
        assertThat(calendar.isBankHoliday(date)).as(why).isTrue();
        assertThat(calendar.isWorkingDay(date)).isFalse();
    }

    @ParameterizedTest(name = "X-2: {0} is a working day ({1})")
    @CsvSource({
            "2020-05-04, the early May bank holiday moved to VE Day",
            "2022-05-30, the spring bank holiday moved to 2 June",
            "2020-12-26, a Saturday: Boxing Day is observed on the Monday",
            "2026-11-23, an ordinary Monday" })
    void movedAndNominalDatesAreNotHolidays(LocalDate date, String why) {
        assertThat(calendar.isBankHoliday(date)).as(why).isFalse();
    }

    @Test
    void weekendsAreNotWorkingDays() {
        assertThat(calendar.isWorkingDay(LocalDate.of(2026, 11, 21))).isFalse();
        assertThat(calendar.isWorkingDay(LocalDate.of(2026, 11, 22))).isFalse();
        assertThat(calendar.isWorkingDay(LocalDate.of(2026, 11, 23))).isTrue();
    }

    @ParameterizedTest(name = "X-2: {0} + {1} working days = {2} ({3})")
    @CsvSource({
            "2026-11-20, 3, 2026-11-25, Friday over a weekend",
            "2026-11-23, 0, 2026-11-23, zero adds nothing",
            "2026-12-24, 1, 2026-12-29, Christmas Friday and Boxing Day substitute Monday",
            "2026-12-23, 3, 2026-12-30, across Christmas 2026",
            "2026-12-31, 1, 2027-01-04, year end with New Year's Day on a Friday",
            "2026-04-02, 1, 2026-04-07, across Good Friday and Easter Monday",
            "2027-03-25, 2, 2027-03-31, across Easter 2027 (26 and 29 March)",
            "2022-06-01, 1, 2022-06-06, across the Platinum Jubilee",
            "2021-12-24, 1, 2021-12-29, Christmas 2021 both substitutes" })
    void addingWorkingDaysSkipsWeekendsAndBankHolidays(LocalDate from, int days, LocalDate expected, String why) {
        assertThat(calendar.addWorkingDays(from, days)).as(why).isEqualTo(expected);
    }

    @ParameterizedTest(name = "X-2: working days after {0} up to {1} = {2}")
    @CsvSource({
            "2026-11-20, 2026-11-23, 1",
            "2026-11-23, 2026-11-23, 0",
            "2026-12-24, 2027-01-04, 4",
            "2026-04-02, 2026-04-07, 1",
            "2026-11-23, 2026-11-20, -1" })
    void workingDaysBetweenIsTheInverseOfAdding(LocalDate start, LocalDate end, int expected) {
        assertThat(calendar.workingDaysBetween(start, end)).isEqualTo(expected);
        if (expected >= 0) {
            assertThat(calendar.workingDaysBetween(start, calendar.addWorkingDays(start, expected))).isEqualTo(expected);
        }
    }

    @Test
    void negativeWorkingDaysAreRefused() {
        assertThatThrownBy(() -> calendar.addWorkingDays(LocalDate.of(2026, 1, 5), -1))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    @DisplayName("X-2: an operator's file adds a newly announced holiday, and its year's list replaces the library's")
    void anOperatorsFileOverridesTheYearsItLists() {
        String file = """
                {"england-and-wales": {"division": "england-and-wales", "events": [
                  {"title": "New Year's Day", "date": "2027-01-01", "notes": "", "bunting": true},
                  {"title": "A newly announced holiday", "date": "2027-06-07", "notes": "", "bunting": true}
                ]}}""";
        WorkingDayCalendar overridden = new WorkingDayCalendar(new OverriddenBankHolidays(new JollydayEnglandAndWales(),
                GovUkBankHolidays.read(new ByteArrayInputStream(file.getBytes(StandardCharsets.UTF_8)))));

        assertThat(overridden.isBankHoliday(LocalDate.of(2027, 6, 7))).isTrue();
        // 2027 is listed by the file, so the file's list is the whole of 2027
        assertThat(overridden.isBankHoliday(LocalDate.of(2027, 12, 27))).isFalse();
        // 2026 is not listed, so the library answers
        assertThat(overridden.isBankHoliday(LocalDate.of(2026, 12, 28))).isTrue();
    }

    @Test
    @DisplayName("X-2: the operator's file is read again when it changes, with no release and no restart")
    void theOperatorsFileIsReadAgainWhenItChanges(@TempDir Path folder) throws IOException {
        Path file = folder.resolve("bank-holidays.json");
        write(file, "2027-01-01", Instant.parse("2026-11-01T00:00:00Z"));
        MutableClock clock = new MutableClock(Instant.parse("2026-11-23T09:00:00Z"));
        WorkingDayCalendar fromFile = new WorkingDayCalendar(new BankHolidaysFile(file, new JollydayEnglandAndWales(), clock));
        assertThat(fromFile.isBankHoliday(LocalDate.of(2027, 6, 7))).isFalse();

        write(file, "2027-06-07", Instant.parse("2026-11-23T09:00:30Z"));
        clock.advance(Duration.ofMinutes(2));

        assertThat(fromFile.isBankHoliday(LocalDate.of(2027, 6, 7))).isTrue();
    }

    @Test
    void aFileThatIsNotInTheGovUkFormatIsRefused() {
        assertThatThrownBy(() -> GovUkBankHolidays.read(new ByteArrayInputStream("{\"scotland\":{}}".getBytes())))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("england-and-wales");
    }

    private static void write(Path file, String date, Instant modified) throws IOException {
        Files.writeString(file, "{\"england-and-wales\":{\"division\":\"england-and-wales\",\"events\":[{\"title\":\"x\",\"date\":\""
                + date + "\"}]}}");
        Files.setLastModifiedTime(file, FileTime.from(modified));
    }

    private static final class MutableClock extends Clock {
        private Instant now;

        MutableClock(Instant now) {
            this.now = now;
        }

        void advance(Duration duration) {
            now = now.plus(duration);
        }

        @Override
        public ZoneOffset getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}
