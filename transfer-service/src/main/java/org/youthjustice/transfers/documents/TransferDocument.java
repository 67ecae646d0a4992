package org.youthjustice.transfers.documents;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** A file attached to an item of a transfer's documents checklist (TRF-5), kept in the database. */
@Entity
@Table(name = "transfer_document")
public class TransferDocument {
    @Id
    public UUID id;
    public UUID transferId;
    /** The version of the request it was attached to. */
    public int versionNumber;
    /** The home authority, which attached it. */
    public String authority;
    public String item;
    public String filename;
    public String contentType;
    public long sizeBytes;
    public String sha256;
    public byte[] content;
    public String uploadedBy;
    public Instant uploadedAt;
}
