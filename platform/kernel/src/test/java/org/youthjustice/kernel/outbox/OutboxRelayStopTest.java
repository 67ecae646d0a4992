package org.youthjustice.kernel.outbox;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * What the operator reads when a relay's round fails: an ERROR, except for a round the service's own stop cut short
 * (its events wait in the outbox for the restart). No database or broker: the round itself is replaced.
 */
class OutboxRelayStopTest {
    private final List<LogRecord> logged = new CopyOnWriteArrayList<>();
    private final long testThread = Thread.currentThread().getId();
    private final Logger relayLog = Logger.getLogger(OutboxRelay.class.getName());
    private final Handler capture = new Handler() {
        @Override
        public void publish(LogRecord record) {
            // this test's relay runs on the test's thread; a Quarkus application left running by another test class in
            // this JVM may log under the same name from its own
            if (record.getLongThreadID() == testThread) {
                logged.add(record);
            }
        }

        @Override
        public void flush() {
        }

        @Override
        public void close() {
        }
    };

    @BeforeEach
    void listen() {
        relayLog.addHandler(capture);
    }

    @AfterEach
    void stopListening() {
        relayLog.removeHandler(capture);
    }

    @Test
    @DisplayName("a round that fails while the service runs is an ERROR")
    void aRoundThatFailsWhileRunningIsAnError() {
        OutboxRelay relay = new OutboxRelay() {
            @Override
            void sendPending() {
                throw new IllegalStateException("the broker's answer made no sense");
            }
        };

        relay.relay();

        assertThat(logged).singleElement().satisfies(record -> {
            assertThat(record.getLevel().intValue()).isGreaterThanOrEqualTo(Level.SEVERE.intValue());
            assertThat(record.getThrown()).hasMessage("the broker's answer made no sense");
        });
    }

    @Test
    @DisplayName("a round cut short by the service's stop is an INFO that says its events are sent after the restart")
    void aRoundCutShortByTheStopIsInfo() {
        OutboxRelay relay = new OutboxRelay() {
            @Override
            void sendPending() {
                // the stop arrives while the round runs, and closes the database under it
                stop(null);
                throw new IllegalStateException("Error Occurred After Shutdown: EntityManager is closed");
            }
        };

        relay.relay();

        assertThat(logged).singleElement().satisfies(record -> {
            assertThat(record.getLevel().intValue()).isEqualTo(Level.INFO.intValue());
            assertThat(record.getMessage()).contains("cut short as the service stops", "sent after the restart");
        });
    }
}
