package org.youthjustice.events.orders;

/** Multi-agency public protection arrangements: category 1-3 and management level 1-3. */
public record Mappa(int category, int level) {
}
