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
import org.youthjustice.kernel.tenancy.TenantOwned;

/** What a court decided at one hearing about one child (ORD-1). */
@Entity
@Table(name = "court_outcome")
public class CourtOutcome extends TenantOwned {
    @Id
    public UUID id;
    public UUID caseId;
    public String courtName;
    public String courtLocation;
    public String courtReference;
    public LocalDate hearingDate;
    @Enumerated(EnumType.STRING)
    public org.youthjustice.events.orders.CourtOutcome outcome;
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
