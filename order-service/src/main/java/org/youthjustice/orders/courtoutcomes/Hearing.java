package org.youthjustice.orders.courtoutcomes;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.youthjustice.events.orders.CourtOutcome;
import org.youthjustice.kernel.tenancy.TenantOwned;

/**
 * One hearing about one child and what the court decided at it (ORD-1): the record of a court outcome, whose
 * kind on the wire is the event type {@code CourtOutcome}.
 */
@Entity
@Table(name = "court_outcome")
public class Hearing extends TenantOwned {
    @Id
    public UUID id;
    public UUID caseId;
    public String courtName;
    public String courtLocation;
    public String courtReference;
    public LocalDate hearingDate;
    @Enumerated(EnumType.STRING)
    public CourtOutcome outcome;
    public boolean crownCourt;
    public boolean outOfArea;
    /** When an adjourned case is next before the court (MIL-16 screens the wait). */
    public LocalDate nextHearingDate;
    public Instant recordedAt;
    public String recordedBy;

    @ElementCollection
    @CollectionTable(name = "court_outcome_offence", joinColumns = @JoinColumn(name = "outcome_id"))
    @OrderColumn(name = "position")
    public List<Offence> offences = new ArrayList<>();
}
