package org.youthjustice.events;

/** A message that cannot be read as an event of the catalogue; retrying it will never help. */
public class MalformedEventException extends RuntimeException {
    public MalformedEventException(String message, Throwable cause) {
        super(message, cause);
    }

    public MalformedEventException(String message) {
        super(message);
    }
}
