package org.youthjustice.kernel.inbox;

/**
 * An event its consumer will never apply, however often it is tried (a transfer completing with no accepted
 * transfer behind it, say): the inbox does not retry it, and the messaging layer sends it at once to the
 * consumer's dead-letter topic with this message as its reason.
 */
public class RefusedEventException extends RuntimeException {
    public RefusedEventException(String reason) {
        super(reason);
    }
}
