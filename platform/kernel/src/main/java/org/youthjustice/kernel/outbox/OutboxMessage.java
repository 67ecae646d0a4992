package org.youthjustice.kernel.outbox;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** One event waiting in, or sent from, the outbox. Not tenant-filtered: the relay sends every authority's. */
@Entity
@Table(schema = "platform", name = "outbox_event")
public class OutboxMessage {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    Long position;

    @Column(nullable = false, unique = true, updatable = false)
    UUID id;

    @Column(nullable = false, updatable = false)
    String topic;

    @Column(name = "message_key", nullable = false, updatable = false)
    String messageKey;

    @Column(nullable = false, updatable = false)
    String type;

    @Column(nullable = false, updatable = false)
    String authority;

    @Column(nullable = false, updatable = false)
    String payload;

    @Column(name = "created_at", nullable = false, updatable = false)
    Instant createdAt;

    @Column(name = "sent_at")
    Instant sentAt;

    @Column(nullable = false)
    int attempts;

    @Column(name = "last_error")
    String lastError;

    public UUID id() {
        return id;
    }

    public String topic() {
        return topic;
    }

    public String type() {
        return type;
    }

    public Instant sentAt() {
        return sentAt;
    }

    public int attempts() {
        return attempts;
    }

    public String lastError() {
        return lastError;
    }
}
