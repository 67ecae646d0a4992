package org.youthjustice.compliance.letters;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;
import org.youthjustice.kernel.tenancy.TenantOwned;

/** One version of an authority's template for a kind of letter; a change adds a version (CMP-11). */
@Entity
@Table(name = "letter_template")
public class LetterTemplate extends TenantOwned {
    @Id
    public UUID id;
    @Enumerated(EnumType.STRING)
    public LetterKind kind;
    public int version;
    public String body;
    public String changedBy;
    public Instant changedAt;
}
