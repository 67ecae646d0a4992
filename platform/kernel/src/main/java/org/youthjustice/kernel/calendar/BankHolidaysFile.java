package org.youthjustice.kernel.calendar;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import org.jboss.logging.Logger;

/**
 * An operator's bank holidays file in the GOV.UK format, laid over the library's calendar and read
 * again when it changes (looked at no more than once a minute), so an announced holiday takes effect
 * without a restart. A file that cannot be read keeps the last good version in force.
 */
public final class BankHolidaysFile implements BankHolidays {
    private static final Logger LOG = Logger.getLogger(BankHolidaysFile.class);
    private static final Duration RECHECK = Duration.ofMinutes(1);

    private final Path file;
    private final BankHolidays base;
    private final Clock clock;
    private volatile BankHolidays current;
    private volatile FileTime loadedVersion;
    private volatile Instant nextCheck = Instant.MIN;

    public BankHolidaysFile(Path file, BankHolidays base, Clock clock) {
        this.file = file;
        this.base = base;
        this.clock = clock;
        this.current = base;
        reloadIfChanged();
    }

    @Override
    public Map<LocalDate, String> named(int year) {
        Instant now = clock.instant();
        // a clock set back (a test's) looks again at once rather than after the time it was set back by
        if (now.isAfter(nextCheck) || now.isBefore(nextCheck.minus(RECHECK))) {
            nextCheck = now.plus(RECHECK);
            reloadIfChanged();
        }
        return current.named(year);
    }

    private synchronized void reloadIfChanged() {
        try {
            FileTime modified = Files.getLastModifiedTime(file);
            if (modified.equals(loadedVersion)) {
                return;
            }
            Map<Integer, Map<LocalDate, String>> overrides;
            try (InputStream in = Files.newInputStream(file)) {
                overrides = GovUkBankHolidays.read(in);
            }
            current = new OverriddenBankHolidays(base, overrides);
            loadedVersion = modified;
            LOG.infof("bank holidays file %s in force for years %s", file, overrides.keySet());
        } catch (IOException | UncheckedIOException | IllegalArgumentException e) {
            if (loadedVersion == null) {
                throw new IllegalStateException("bank holidays file " + file + " cannot be read: " + e.getMessage(), e);
            }
            LOG.errorf("bank holidays file %s cannot be read (%s); the version read before stays in force", file, e.getMessage());
        }
    }
}
