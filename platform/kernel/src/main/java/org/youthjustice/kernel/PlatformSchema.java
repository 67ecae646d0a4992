package org.youthjustice.kernel;

import io.agroal.api.AgroalDataSource;
import io.quarkus.runtime.StartupEvent;
import jakarta.annotation.Priority;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import org.flywaydb.core.Flyway;

/**
 * Migrates the kernel's own tables (outbox, inbox, audit trail) in schema {@code platform} at start,
 * with a history table of their own, before anything can use them. A service's migrations stay in
 * {@code db/migration} and its own history, and never need to know these exist.
 */
@Singleton
public class PlatformSchema {
    @Inject
    AgroalDataSource dataSource;

    void migrate(@Observes @Priority(1) StartupEvent start) {
        Flyway.configure()
                .dataSource(dataSource)
                .schemas("platform")
                .createSchemas(true)
                .table("platform_schema_history")
                .locations("classpath:db/platform")
                .load()
                .migrate();
    }
}
