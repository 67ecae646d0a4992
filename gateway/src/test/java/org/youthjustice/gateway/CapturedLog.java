package org.youthjustice.gateway;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import java.util.stream.Stream;
import org.jboss.logmanager.ExtLogRecord;

/**
 * Every log record published while it is attached, whichever logger wrote it: it hangs on the root
 * logger, where the records of every category arrive (the JBoss log manager is the JVM's, shared by
 * the test and the application under test).
 */
final class CapturedLog extends Handler implements AutoCloseable {
    private final List<LogRecord> records = new CopyOnWriteArrayList<>();

    private CapturedLog() {
        setLevel(Level.ALL);
    }

    static CapturedLog attach() {
        CapturedLog log = new CapturedLog();
        Logger.getLogger("").addHandler(log);
        return log;
    }

    /** The records at ERROR (SEVERE) or above. */
    List<LogRecord> errors() {
        return records.stream().filter(record -> record.getLevel().intValue() >= Level.SEVERE.intValue()).toList();
    }

    /** Whether one record of {@code category} says each of {@code texts}, once its parameters are filled in. */
    boolean has(String category, String... texts) {
        return records.stream().filter(record -> category.equals(record.getLoggerName())).map(CapturedLog::message)
                .anyMatch(message -> Stream.of(texts).allMatch(message::contains));
    }

    static String describe(LogRecord record) {
        return record.getLevel() + " [" + record.getLoggerName() + "] " + message(record)
                + (record.getThrown() == null ? "" : ": " + record.getThrown());
    }

    private static String message(LogRecord record) {
        // jboss-logging's printf-style messages are filled in by the record itself
        return record instanceof ExtLogRecord ext ? ext.getFormattedMessage() : String.valueOf(record.getMessage());
    }

    @Override
    public void publish(LogRecord record) {
        records.add(record);
    }

    @Override
    public void flush() {
        // kept in memory
    }

    @Override
    public void close() {
        Logger.getLogger("").removeHandler(this);
    }
}
