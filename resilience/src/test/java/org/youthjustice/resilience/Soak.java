package org.youthjustice.resilience;

/**
 * How hard the suite pushes. CI runs the short run; {@code -Dresilience.soak=true} (README) runs the soak: ten
 * times the load and longer outages, for a release or after a change to the messaging.
 */
final class Soak {
    static final boolean ON = Boolean.getBoolean("resilience.soak");

    private Soak() {
    }

    static int scaled(int shortRun, int soak) {
        return ON ? soak : shortRun;
    }
}
