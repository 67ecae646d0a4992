package org.youthjustice.events;

import java.util.Arrays;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.youthjustice.events.allocations.AllocationRequested;
import org.youthjustice.events.allocations.AllocationTimeLimit;
import org.youthjustice.events.allocations.CaseAllocated;
import org.youthjustice.events.allocations.CaseCoAllocated;
import org.youthjustice.events.allocations.CaseReallocated;
import org.youthjustice.events.allocations.CoverArranged;
import org.youthjustice.events.allocations.InternalTransferCompleted;
import org.youthjustice.events.compliance.AbsenceJudged;
import org.youthjustice.events.compliance.AppointmentMissed;
import org.youthjustice.events.compliance.BreachInitiated;
import org.youthjustice.events.compliance.ComplianceMeetingScheduled;
import org.youthjustice.events.compliance.ComplianceTimeLimit;
import org.youthjustice.events.compliance.ContactMonthCounted;
import org.youthjustice.events.compliance.EnforcementFinished;
import org.youthjustice.events.compliance.EnforcementStarted;
import org.youthjustice.events.compliance.PoliceNotified;
import org.youthjustice.events.compliance.WarningIssued;
import org.youthjustice.events.orders.CaseOpened;
import org.youthjustice.events.orders.CourtListingDue;
import org.youthjustice.events.orders.CourtOutcomeRecorded;
import org.youthjustice.events.orders.InterventionReferralAccepted;
import org.youthjustice.events.orders.MilestoneMet;
import org.youthjustice.events.orders.MilestoneNotApplicable;
import org.youthjustice.events.orders.MilestoneOverdue;
import org.youthjustice.events.orders.MilestoneSet;
import org.youthjustice.events.orders.OrderCompleted;
import org.youthjustice.events.orders.OrderMade;
import org.youthjustice.events.orders.OrderRevoked;
import org.youthjustice.events.orders.OrderVaried;
import org.youthjustice.events.orders.RiskAssessed;
import org.youthjustice.events.transfers.CaretakingEnded;
import org.youthjustice.events.transfers.CaretakingStarted;
import org.youthjustice.events.transfers.TransferCompleted;
import org.youthjustice.events.transfers.TransferRequested;
import org.youthjustice.events.transfers.TransferTimeLimit;
import org.youthjustice.events.transfers.TransferReviewed;
import org.youthjustice.events.victims.VictimConsentRecorded;
import org.youthjustice.events.victims.VictimConsentWithdrawn;
import org.youthjustice.events.victims.VictimContactMade;
import org.youthjustice.events.victims.VictimRiskFlagged;
import org.youthjustice.events.victims.VictimTimeLimit;

/**
 * The event catalogue (shared/domain/EVENTS.md): every type's wire name, topic, payload record and
 * schema version. The JSON Schema of a type is {@code schemas/<wire name>.v<version>.json} on the
 * classpath.
 */
public enum EventType {
    CASE_OPENED("case.opened", Topics.ORDERS, CaseOpened.class),
    COURT_OUTCOME_RECORDED("court-outcome.recorded", Topics.ORDERS, CourtOutcomeRecorded.class),
    ORDER_MADE("order.made", Topics.ORDERS, OrderMade.class),
    ORDER_VARIED("order.varied", Topics.ORDERS, OrderVaried.class),
    ORDER_REVOKED("order.revoked", Topics.ORDERS, OrderRevoked.class),
    ORDER_COMPLETED("order.completed", Topics.ORDERS, OrderCompleted.class),
    RISK_ASSESSED("risk.assessed", Topics.ORDERS, RiskAssessed.class),
    MILESTONE_SET("milestone.set", Topics.ORDERS, MilestoneSet.class),
    MILESTONE_MET("milestone.met", Topics.ORDERS, MilestoneMet.class),
    MILESTONE_NOT_APPLICABLE("milestone.not-applicable", Topics.ORDERS, MilestoneNotApplicable.class),
    MILESTONE_OVERDUE("milestone.overdue", Topics.ORDERS, MilestoneOverdue.class),
    COURT_LISTING_DUE("court-listing.due", Topics.ORDERS, CourtListingDue.class),
    INTERVENTION_REFERRAL_ACCEPTED("intervention-referral.accepted", Topics.ORDERS, InterventionReferralAccepted.class),

    ALLOCATION_REQUESTED("allocation.requested", Topics.ALLOCATIONS, AllocationRequested.class),
    CASE_ALLOCATED("case.allocated", Topics.ALLOCATIONS, CaseAllocated.class),
    CASE_CO_ALLOCATED("case.co-allocated", Topics.ALLOCATIONS, CaseCoAllocated.class),
    CASE_REALLOCATED("case.reallocated", Topics.ALLOCATIONS, CaseReallocated.class),
    COVER_ARRANGED("cover.arranged", Topics.ALLOCATIONS, CoverArranged.class),
    INTERNAL_TRANSFER_COMPLETED("internal-transfer.completed", Topics.ALLOCATIONS, InternalTransferCompleted.class),
    ALLOCATION_TIME_LIMIT_CHANGED("allocation-time-limit.changed", Topics.ALLOCATIONS, AllocationTimeLimit.class),

    APPOINTMENT_MISSED("appointment.missed", Topics.COMPLIANCE, AppointmentMissed.class),
    ABSENCE_JUDGED("absence.judged", Topics.COMPLIANCE, AbsenceJudged.class),
    WARNING_ISSUED("warning.issued", Topics.COMPLIANCE, WarningIssued.class),
    COMPLIANCE_MEETING_SCHEDULED("compliance-meeting.scheduled", Topics.COMPLIANCE, ComplianceMeetingScheduled.class),
    BREACH_INITIATED("breach.initiated", Topics.COMPLIANCE, BreachInitiated.class),
    POLICE_NOTIFIED("police.notified", Topics.COMPLIANCE, PoliceNotified.class),
    ENFORCEMENT_STARTED("enforcement.started", Topics.COMPLIANCE, EnforcementStarted.class),
    ENFORCEMENT_FINISHED("enforcement.finished", Topics.COMPLIANCE, EnforcementFinished.class),
    CONTACT_MONTH_COUNTED("contact-month.counted", Topics.COMPLIANCE, ContactMonthCounted.class),
    COMPLIANCE_TIME_LIMIT_CHANGED("compliance-time-limit.changed", Topics.COMPLIANCE, ComplianceTimeLimit.class),

    TRANSFER_REQUESTED("transfer.requested", Topics.TRANSFERS, TransferRequested.class),
    TRANSFER_REVIEWED("transfer.reviewed", Topics.TRANSFERS, TransferReviewed.class),
    CARETAKING_STARTED("caretaking.started", Topics.TRANSFERS, CaretakingStarted.class),
    CARETAKING_ENDED("caretaking.ended", Topics.TRANSFERS, CaretakingEnded.class),
    TRANSFER_COMPLETED("transfer.completed", Topics.TRANSFERS, TransferCompleted.class),
    TRANSFER_TIME_LIMIT_CHANGED("transfer-time-limit.changed", Topics.TRANSFERS, TransferTimeLimit.class),

    VICTIM_CONSENT_RECORDED("victim-consent.recorded", Topics.VICTIMS, VictimConsentRecorded.class),
    VICTIM_CONSENT_WITHDRAWN("victim-consent.withdrawn", Topics.VICTIMS, VictimConsentWithdrawn.class),
    VICTIM_CONTACT_MADE("victim-contact.made", Topics.VICTIMS, VictimContactMade.class),
    VICTIM_RISK_FLAGGED("victim-risk.flagged", Topics.VICTIMS, VictimRiskFlagged.class),
    VICTIM_TIME_LIMIT_CHANGED("victim-time-limit.changed", Topics.VICTIMS, VictimTimeLimit.class);

    private static final Map<String, EventType> BY_WIRE_NAME =
            Arrays.stream(values()).collect(Collectors.toUnmodifiableMap(EventType::wireName, Function.identity()));
    private static final Map<Class<? extends EventData>, EventType> BY_RECORD =
            Arrays.stream(values()).collect(Collectors.toUnmodifiableMap(EventType::recordClass, Function.identity()));

    private final String wireName;
    private final String topic;
    private final Class<? extends EventData> recordClass;
    private final int schemaVersion;

    EventType(String wireName, String topic, Class<? extends EventData> recordClass) {
        this.wireName = wireName;
        this.topic = topic;
        this.recordClass = recordClass;
        this.schemaVersion = 1;
    }

    public String wireName() {
        return wireName;
    }

    public String topic() {
        return topic;
    }

    public Class<? extends EventData> recordClass() {
        return recordClass;
    }

    public int schemaVersion() {
        return schemaVersion;
    }

    /** Classpath location of this type's JSON Schema. */
    public String schemaResource() {
        return "schemas/" + wireName + ".v" + schemaVersion + ".json";
    }

    public static Optional<EventType> byWireName(String wireName) {
        return Optional.ofNullable(BY_WIRE_NAME.get(wireName));
    }

    public static EventType of(Class<? extends EventData> recordClass) {
        EventType type = BY_RECORD.get(recordClass);
        if (type == null) {
            throw new IllegalArgumentException(recordClass.getName() + " is not in the event catalogue");
        }
        return type;
    }
}
