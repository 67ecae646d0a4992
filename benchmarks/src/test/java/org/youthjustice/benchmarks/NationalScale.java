package org.youthjustice.benchmarks;

import java.util.List;
import org.youthjustice.local.LocalPlatform;
import org.youthjustice.local.Settings;

/** P5: national scale. (Being written.) */
final class NationalScale {
    NationalScale(LocalPlatform platform, Settings settings, Size size) {
    }

    List<Figure> measure() {
        return List.of(Figure.of("P5", "not measured yet", 1, "", "", ""));
    }

    /** The query plans behind the figures, as Markdown. */
    String plans() {
        return "";
    }
}
