package org.youthjustice.resilience;

import static org.awaitility.Awaitility.await;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;
import org.youthjustice.e2e.RunningPlatform;

/**
 * What the services have stored, counted in their own databases: the rows of each of a service's own tables, and the
 * last position of its transactional outbox ({@code platform.outbox_event}: every state change is announced there in
 * its own transaction, so no new row means no change was recorded). The kernel's inbox and audit tables are left out:
 * consumers and readers write those without changing a record.
 */
final class RowCounts {
    static final List<String> DATABASES = List.of("order_service", "allocation_service", "compliance_service", "transfer_service",
            "victim_service");
    /** The overdue scan (order-service) announces milestones passing their due date on its own, once a minute. */
    static final Set<String> BACKGROUND_EVENTS = Set.of("milestone.overdue");

    /** One outbox row: its event type and the authority it is for. */
    record OutboxRow(String database, long position, String type, String authority) {
    }

    private RowCounts() {
    }

    /** database.schema.table → rows, and database.outbox → the outbox's last position. */
    static Map<String, Long> count(RunningPlatform platform) {
        Map<String, Long> counts = new LinkedHashMap<>();
        for (String database : DATABASES) {
            try (Connection connection = platform.database(database); Statement statement = connection.createStatement()) {
                List<String> tables = new ArrayList<>();
                try (ResultSet rows = statement.executeQuery("select table_name from information_schema.tables "
                        + "where table_schema = 'public' and table_type = 'BASE TABLE' and table_name <> 'flyway_schema_history' "
                        + "order by table_name")) {
                    while (rows.next()) {
                        tables.add(rows.getString(1));
                    }
                }
                for (String table : tables) {
                    try (ResultSet rows = statement.executeQuery("select count(*) from public.\"" + table + "\"")) {
                        rows.next();
                        counts.put(database + "." + table, rows.getLong(1));
                    }
                }
                try (ResultSet rows = statement.executeQuery("select coalesce(max(position), 0) from platform.outbox_event")) {
                    rows.next();
                    counts.put(database + ".outbox", rows.getLong(1));
                }
            } catch (SQLException e) {
                throw new IllegalStateException("could not count " + database + "'s rows", e);
            }
        }
        return counts;
    }

    /** The outbox rows written after {@code before} (positions from {@link #count}). */
    static List<OutboxRow> outboxSince(RunningPlatform platform, Map<String, Long> before) {
        List<OutboxRow> rows = new ArrayList<>();
        for (String database : DATABASES) {
            try (Connection connection = platform.database(database);
                 var statement = connection.prepareStatement("select position, type, authority from platform.outbox_event "
                         + "where position > ? order by position")) {
                statement.setLong(1, before.getOrDefault(database + ".outbox", 0L));
                try (ResultSet result = statement.executeQuery()) {
                    while (result.next()) {
                        rows.add(new OutboxRow(database, result.getLong(1), result.getString(2), result.getString(3)));
                    }
                }
            } catch (SQLException e) {
                throw new IllegalStateException("could not read " + database + "'s outbox", e);
            }
        }
        return rows;
    }

    /**
     * Waits until nothing is being written any more (the same counts 5 seconds running, at most {@code limit}): the events
     * of what ran before have all been applied. Answers the counts it settled on.
     */
    static Map<String, Long> settled(RunningPlatform platform, Duration limit) {
        AtomicReference<Map<String, Long>> last = new AtomicReference<>(count(platform));
        AtomicReference<Instant> stableSince = new AtomicReference<>(Instant.now());
        try {
            await().atMost(limit).pollInterval(Duration.ofSeconds(1)).until(() -> {
                Map<String, Long> now = count(platform);
                if (!now.equals(last.getAndSet(now))) {
                    stableSince.set(Instant.now());
                }
                return Duration.between(stableSince.get(), Instant.now()).compareTo(Duration.ofSeconds(5)) >= 0;
            });
        } catch (org.awaitility.core.ConditionTimeoutException stillMoving) {
            // as before: the last counts, which the caller compares (a background job may still be writing)
        }
        return last.get();
    }

    /** The tables (and outboxes) that grew between two counts, with by how much. */
    static Map<String, Long> grown(Map<String, Long> before, Map<String, Long> after) {
        Map<String, Long> grown = new LinkedHashMap<>();
        after.forEach((table, rows) -> {
            long was = before.getOrDefault(table, 0L);
            if (rows > was) {
                grown.put(table, rows - was);
            }
        });
        return grown;
    }
}
