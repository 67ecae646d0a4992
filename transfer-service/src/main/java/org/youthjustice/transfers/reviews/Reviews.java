package org.youthjustice.transfers.reviews;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import org.youthjustice.events.transfers.TransferDecision;
import org.youthjustice.events.transfers.TransferReviewed;
import org.youthjustice.kernel.audit.AuditTrail;
import org.youthjustice.kernel.calendar.Moments;
import org.youthjustice.kernel.outbox.Outbox;
import org.youthjustice.kernel.problem.ProblemException;
import org.youthjustice.kernel.tenancy.Caller;
import org.youthjustice.problem.Violation;
import org.youthjustice.transfers.requests.Transfer;
import org.youthjustice.transfers.requests.TransferAccess;
import org.youthjustice.transfers.requests.TransferConfig;
import org.youthjustice.transfers.requests.TransferVersion;
import org.youthjustice.transfers.requests.StoredJson;
import org.youthjustice.transfers.requests.TimeLimitEvents;
import org.youthjustice.transfers.requests.TransferViews;
import org.youthjustice.transfers.requests.TransferVisibilityRule.Party;
import org.youthjustice.transfers.requests.Transfers;

/**
 * The receiving authority's review (TRF-6): accept, stay or reject, always with reasons, which go back to the
 * home authority ({@code transfer.reviewed}, addressed to the home authority, which acts on them); acceptance of a
 * child with high or very high RoSH waits for the face-to-face meeting (TRF-16). Audited.
 */
@ApplicationScoped
public class Reviews {
    @Inject
    EntityManager entityManager;

    @Inject
    TransferAccess access;

    @Inject
    Transfers transfers;

    @Inject
    TransferViews views;

    @Inject
    StoredJson json;

    @Inject
    TransferConfig config;

    @Inject
    Outbox outbox;

    @Inject
    AuditTrail audit;

    @Inject
    Caller caller;

    @Inject
    TimeLimitEvents timeLimits;

    @Inject
    Clock clock;

    public record Decision(@NotNull TransferDecision decision,
            @NotEmpty(message = "[TRF-6] a decision always gives its reasons, which go back to the home authority")
            List<@NotBlank @Size(max = 4000) String> reasons) {
    }

    public record MeetingEntry(@NotNull LocalDate heldOn, @NotEmpty @Size(max = 20) List<@NotBlank @Size(max = 200) String> attendees) {
    }

    /** A request awaiting the caller's authority's review, with its TRF-7 time limit. */
    public record Task(Transfer transfer, TransferVersion version, TransferViews.TimeLimitView timeLimit) {
    }

    @Transactional
    public TransferReview decide(UUID transferId, Decision entry) {
        Transfer transfer = access.forUpdate(transferId, Party.RECEIVING, TransferAccess.REVIEW);
        List<Violation> conflict = ReviewRules.decidable(transfer.status);
        if (!conflict.isEmpty()) {
            throw ProblemException.conflict(conflict.get(0));
        }
        TransferVersion current = transfers.version(transfer, transfer.currentVersion);
        List<Violation> broken = ReviewRules.acceptable(entry.decision(), transfers.summary(current).rosh(),
                config.faceToFaceMeetingRequired(transfer.receivingAuthority), !meetings(transfer.id).isEmpty());
        if (!broken.isEmpty()) {
            throw ProblemException.ruleViolations(broken);
        }
        Instant now = clock.instant();
        TransferReview review = new TransferReview();
        review.id = UUID.randomUUID();
        review.transferId = transfer.id;
        review.versionNumber = transfer.currentVersion;
        review.authority = transfer.receivingAuthority;
        review.decision = entry.decision();
        review.reasons = json.write(entry.reasons());
        review.decidedBy = caller.username();
        review.decidedAt = now;
        entityManager.persist(review);
        transfer.status = Transfer.Status.after(entry.decision());
        transfer.lastDecision = entry.decision();
        transfer.lastReasons = review.reasons;
        transfer.lastDecidedBy = review.decidedBy;
        transfer.lastDecidedAt = now;
        // a second decision on the same version, committed meanwhile, fails here (409)
        entityManager.flush();
        if (current.reviewDueAt != null) {
            // TRF-7: any decision answers the version; without all its documents its time limit never started
            timeLimits.met(TimeLimitEvents.reviewOf(transfer, current), now);
        }
        // EVENTS.md: the home authority acts on the answer (re-submits, or hands over), so the envelope names it
        outbox.record(new TransferReviewed(transfer.id, entry.decision(), List.copyOf(entry.reasons()), transfer.kind,
                transfer.homeAuthority, transfer.receivingAuthority), transfer.caseId,
                transfer.homeAuthority);
        audit.record("transfer." + entry.decision().name().toLowerCase(), "transfer", transfer.id,
                String.join("; ", entry.reasons()));
        return review;
    }

    public List<TransferReview> reviews(UUID transferId) {
        return entityManager.createQuery("from TransferReview where transferId = :id order by decidedAt", TransferReview.class)
                .setParameter("id", transferId).getResultList();
    }

    /** TRF-16: either authority records the face-to-face meeting, held today or earlier. */
    @Transactional
    public TransferMeeting recordMeeting(UUID transferId, MeetingEntry entry) {
        TransferAccess.Visible visible = access.readable(transferId);
        if (!caller.hasAnyRole(TransferAccess.REQUEST)) {
            throw ProblemException.forbidden("your roles do not allow this");
        }
        if (entry.heldOn().isAfter(Moments.ukToday(clock))) {
            throw ProblemException.invalid(List.of(Violation.ofField("heldOn", "a meeting is recorded once it has been held")));
        }
        if (visible.transfer().status == Transfer.Status.ACCEPTED) {
            throw ProblemException.conflict(Violation.ofRule("TRF-16", "status", "the transfer is already accepted"));
        }
        TransferMeeting meeting = new TransferMeeting();
        meeting.id = UUID.randomUUID();
        meeting.transferId = transferId;
        meeting.authority = caller.authority();
        meeting.heldOn = entry.heldOn();
        meeting.attendees = json.write(entry.attendees());
        meeting.recordedBy = caller.username();
        meeting.recordedAt = clock.instant();
        entityManager.persist(meeting);
        audit.record("transfer.meeting-recorded", "transfer", transferId, "held on " + entry.heldOn());
        return meeting;
    }

    public List<TransferMeeting> meetings(UUID transferId) {
        return entityManager.createQuery("from TransferMeeting where transferId = :id order by heldOn", TransferMeeting.class)
                .setParameter("id", transferId).getResultList();
    }

    /**
     * Requests awaiting the review of the caller's authority, overdue first, then the soonest due; {@code mine}
     * keeps those the caller decided an earlier version of (a re-submission comes back to its reviewer).
     */
    public List<Task> tasks(boolean mine) {
        // one read: each awaiting transfer with its current version, and for "mine" only those the caller decided before
        List<Object[]> awaiting = entityManager.createQuery("""
                        select t, v from Transfer t, TransferVersion v
                        where v.transferId = t.id and v.number = t.currentVersion
                          and t.receivingAuthority = :a and t.status = :s
                          and (:mine = false or exists (select r.id from TransferReview r
                                                        where r.transferId = t.id and r.decidedBy = :me))""", Object[].class)
                .setParameter("a", caller.authority()).setParameter("s", Transfer.Status.AWAITING_REVIEW)
                .setParameter("mine", mine).setParameter("me", caller.username()).getResultList();
        return awaiting.stream()
                .map(row -> new Task((Transfer) row[0], (TransferVersion) row[1],
                        views.reviewTimeLimit((Transfer) row[0], (TransferVersion) row[1])))
                .sorted(Comparator.comparing((Task t) -> !"overdue".equals(t.timeLimit().status()))
                        .thenComparing(t -> t.version().reviewDueAt, Comparator.nullsLast(Comparator.naturalOrder())).thenComparing(t -> t.transfer().id))
                .toList();
    }
}
