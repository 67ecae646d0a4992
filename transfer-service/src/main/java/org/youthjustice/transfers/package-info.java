/**
 * YOT-to-YOT transfers and caretaking between authorities (issue 15).
 *
 * <p>The packages are layered: each uses only those below it, never one above, so that there is no cycle
 * between them (ArchitectureTest checks it on every build).
 *
 * <pre>
 *                                tasks               what transfers and packages ask of the caller's authority now
 *                                  |                 (reads reviews, caretaking and packages; none of them reads it)
 *      +-----------+-----------+---+--------+------------+
 *      |           |           |            |            |
 *   reviews    documents   caretaking   completion   packages
 *      |           |           |            |            |
 *      +-----------+-----------+-----+------+------------+
 *                                    |
 *                                 requests
 *                                    |
 *                                  cases
 *
 *   reviews     the receiving authority's review: accept, stay or reject with reasons (TRF-6), the face-to-face
 *               meeting (TRF-16); review tasks with their time limit (TRF-7)
 *   documents   the files attached to the documents checklist (TRF-5); the last one starts TRF-7
 *   caretaking  the agreement signed by both sides (TRF-8, TRF-14), the host's reports and the home's answers
 *               (TRF-9, TRF-14, TRF-15), residence and the presumption of full transfer (TRF-2), its end
 *   completion  enforcement in progress, from compliance-service's events (TRF-12, CMP-10); the hand-over of an
 *               accepted full transfer (TRF-1, transfer.completed)
 *   packages    transfers to and from services outside the partnership as transfer package documents, JSON and
 *               PDF, with the answers recorded and incoming packages imported (TRF-17)
 *   requests    the transfer and its versions: requested by the home authority with the summary and checklist
 *               (TRF-1, TRF-3, TRF-4, TRF-5, TRF-10, TRF-11, TRF-17), re-submitted after a stay or rejection (TRF-6);
 *               who may see it (X-1, TRF-13); the time limits told to the partnership (TimeLimitEvents: TRF-4 here
 *               and in packages, TRF-7 opened here and met in reviews, transfer-time-limit.changed)
 *   cases       which authority holds each case: from order-service's case.opened, moved to the receiving
 *               authority when a full transfer completes here (TRF-1); a transfer, a transfer package or the case
 *               opened from a package names only a case the caller's authority holds (404 otherwise)
 * </pre>
 *
 * <p>A transfer package ({@code packages}) is the record of one authority only, unlike a transfer: the other side
 * is outside the platform. Its tables are therefore {@code TenantOwned}, filtered to the caller's authority like
 * any other service's records.
 *
 * <p>A transfer is read by exactly two authorities, so its tables are not {@code TenantOwned} (Hibernate's
 * per-authority filter would hide it from one of them): every row names its authorities, and
 * {@code requests.TransferAccess} (deciding with {@code requests.TransferVisibilityRule}) is the one place that
 * checks the caller's authority, from the token, against them; to any third authority a transfer does not exist
 * (404). The audit trail stays per authority: each entry belongs to the authority that acted.
 *
 * <p>Within a package, a resource validates its input, authorises and maps to its answer; the service class
 * behind it ({@code Transfers}, {@code Reviews}, {@code Documents}) loads, saves, audits and announces through
 * the outbox in one transaction; a rule ({@code requests.TransferRequestRules}, {@code requests.TransferDeadlinesRule},
 * {@code requests.TransferVisibilityRule}, {@code reviews.ReviewRules}, {@code documents.DocumentRules}) decides
 * from what it is given, free of persistence, HTTP, messaging and CDI, and is tested on its own.
 */
package org.youthjustice.transfers;
