package org.youthjustice.transfers.caretaking;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.youthjustice.transfers.caretaking.CaretakingRules.ReportKind;

/**
 * What the host sends the home authority during caretaking: a contact record or non-compliance (TRF-9), an
 * assessment or plan stage (TRF-15); and the home's answer: the stage accepted or rejected with reasons (TRF-15),
 * its compliance decision, which the host then acts on (TRF-14).
 */
@Entity
@Table(name = "caretaking_report")
public class CaretakingReport {
    @Id
    public UUID id;
    public UUID transferId;
    /** The authority that sent it: the host. */
    public String authority;
    @Enumerated(EnumType.STRING)
    public ReportKind kind;
    public LocalDate occurredOn;
    public String stage;
    public String summary;
    public String sentBy;
    public Instant sentAt;
    public String answer;
    /** JSON array of texts. */
    public String answerReasons;
    public String answeredBy;
    public Instant answeredAt;
    public String actedOnBy;
    public Instant actedOnAt;
    public String actedOnNote;
}
