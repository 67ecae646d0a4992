package org.youthjustice.reporting.timeliness;

import java.util.List;

/**
 * Statistical disclosure control for figures read beyond the cases a caller may see: a count below
 * {@value #THRESHOLD} is suppressed (shown as "fewer than 5"), so that no child can be recognised from a small cell.
 *
 * <p>Primary suppression alone leaks: where a published total is the sum of cells and exactly one of them is hidden,
 * subtraction gives it back. So, within every such group, a lone hidden cell takes the smallest other shown cell with
 * it (complementary suppression). The groups: a row's outcomes against its due count (met on time + met late +
 * overdue + not yet due = due), its not-applicable reasons against its not-applicable count, and sibling rows
 * against their parent's total (an authority's teams against the authority, the authorities against the partnership).
 */
public final class SuppressionPolicy {
    public static final int THRESHOLD = 5;
    public static final String SHOWN_AS = "fewer than 5";

    private SuppressionPolicy() {
    }

    /** Primary suppression: a count below the threshold (zero included) is hidden. */
    public static boolean belowThreshold(long count) {
        return count < THRESHOLD;
    }

    /**
     * Complementary suppression within one group whose total is published: when exactly one of {@code counts} is
     * hidden ({@code hidden}, changed in place), the smallest shown one is hidden too. Returns whether it hid one.
     */
    public static boolean complement(List<Long> counts, boolean[] hidden) {
        int hiddenCells = 0;
        int smallestShown = -1;
        for (int i = 0; i < counts.size(); i++) {
            if (hidden[i]) {
                hiddenCells++;
            } else if (smallestShown < 0 || counts.get(i) < counts.get(smallestShown)) {
                smallestShown = i;
            }
        }
        if (hiddenCells == 1 && smallestShown >= 0) {
            hidden[smallestShown] = true;
            return true;
        }
        return false;
    }
}
