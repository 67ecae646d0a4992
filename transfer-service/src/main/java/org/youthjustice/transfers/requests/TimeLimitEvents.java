package org.youthjustice.transfers.requests;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.youthjustice.events.TimeLimitState;
import org.youthjustice.events.transfers.TransferTimeLimit;
import org.youthjustice.kernel.outbox.Outbox;

/**
 * transfer-service's time limits told to the partnership (EVENTS.md {@code transfer-time-limit.changed}, read by
 * reporting-service's timeliness figures): TRF-4, the request sent by the home authority within 1 working day of
 * deciding to (a transfer, {@link Transfers}, and an outgoing transfer package, {@code packages}); TRF-7, the
 * receiving authority's answer to a version within 2 working days of receiving all its documents (opened by
 * {@link Transfers}, met by {@code reviews}). Those classes say when one opens or is met, with the due date and time
 * they stored; this one sends it through the outbox, in their transaction, naming the authority that holds it.
 *
 * <p>Unlike compliance-service's, these name no team and no worker: transfer-service knows neither (its people are
 * tokens' usernames, its cases only their authority). Nor is an open one sent again when the case gets a new holder:
 * the authority holding each is fixed by its transfer (the home authority for TRF-4, the receiving one for TRF-7).
 * None closes as not applicable: nothing withdraws a transfer, and a version under review leaves review only by the
 * decision that meets its TRF-7.
 */
@ApplicationScoped
public class TimeLimitEvents {
    public static final String SEND_REQUEST = "send-request";
    public static final String CONFIRM_REQUIREMENTS = "confirm-supervision-requirements";

    /** A time limit's facts as its owner keeps them, and the authority that holds it. */
    public record TimeLimit(UUID id, UUID caseId, String authority, String rule, String step, Instant triggeredAt,
            LocalDate dueDate, Instant dueAt) {

        TimeLimitState.Facts facts() {
            return new TimeLimitState.Facts(id, rule, step, triggeredAt, dueDate, dueAt);
        }
    }

    @Inject
    Outbox outbox;

    /** A transfer's TRF-4, the home authority's; the transfer's id is the time limit's (it has one). */
    public static TimeLimit requestOf(Transfer transfer) {
        return new TimeLimit(transfer.id, transfer.caseId, transfer.homeAuthority, TransferDeadlinesRule.REQUEST, SEND_REQUEST,
                TransferDeadlinesRule.requestCountedFrom(transfer.decidedOn), transfer.requestDueDate, transfer.requestDueAt);
    }

    /** A version's TRF-7, the receiving authority's; the version's id is the time limit's (each version has its own). */
    public static TimeLimit reviewOf(Transfer transfer, TransferVersion version) {
        return new TimeLimit(version.id, transfer.caseId, transfer.receivingAuthority, TransferDeadlinesRule.REVIEW,
                CONFIRM_REQUIREMENTS, version.documentsReceivedAt, version.reviewDueDate, version.reviewDueAt);
    }

    // each names its authority: the receiving authority holds TRF-7, though the home authority's request or document
    // opens it; no team and no worker (above)
    @Transactional(Transactional.TxType.MANDATORY)
    public void opened(TimeLimit limit) {
        outbox.record(limit.facts().open(TransferTimeLimit::new, null, null), limit.caseId(), limit.authority());
    }

    /** Met by work done at {@code completedAt}: on time when at or before the due time. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void met(TimeLimit limit, Instant completedAt) {
        outbox.record(limit.facts().met(TransferTimeLimit::new, completedAt, null, null), limit.caseId(), limit.authority());
    }
}
