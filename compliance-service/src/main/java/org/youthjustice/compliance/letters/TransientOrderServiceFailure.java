package org.youthjustice.compliance.letters;

/**
 * order-service could not answer this time but may the next: the connection was refused or reset, no
 * answer came in time, or it answered 502, 503 or 504 (down, restarting, or behind a gateway that could
 * not reach it). Only this (and a timeout) is retried and counted by the circuit breaker of
 * {@link OrderServiceCases#contactsOf}; it never reaches the client, who is answered 503.
 */
public final class TransientOrderServiceFailure extends RuntimeException {
    TransientOrderServiceFailure(String message, Throwable cause) {
        super(message, cause, false, false);
    }
}
