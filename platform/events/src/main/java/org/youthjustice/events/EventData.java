package org.youthjustice.events;

/** Marker for the payload records of the event catalogue; each one is registered in {@link EventType}. */
public interface EventData {
}
