package org.youthjustice.testing;

import io.quarkus.test.junit.callback.QuarkusTestBeforeEachCallback;
import io.quarkus.test.junit.callback.QuarkusTestMethodContext;

/**
 * Before each {@code @QuarkusTest} method, the service's clock goes back to its start instant: what a
 * test set never leaks into the next one, whatever order they run in.
 */
public class ResetTestClock implements QuarkusTestBeforeEachCallback {
    @Override
    public void beforeEach(QuarkusTestMethodContext context) {
        TestClock.resetIfRunning();
    }
}
