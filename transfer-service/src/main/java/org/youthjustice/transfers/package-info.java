/**
 * YOT-to-YOT transfers and caretaking between authorities. First increment (issue 15): request and review.
 *
 * <p>The packages are layered: each uses only those below it, never one above, so that there is no cycle
 * between them (ArchitectureTest checks it on every build).
 *
 * <pre>
 *                     tasks                  what transfers and packages ask of the caller's authority now (it reads
 *                       |                    reviews, caretaking and packages; none of them reads it)
 *      +----------------+-------------+
 *      |                              |
 *   reviews          documents     packages    the receiving authority's review: accept, stay or reject with reasons (TRF-6),
 *      |                |             |        the face-to-face meeting (TRF-16) and its task lists (TRF-7); the files attached
 *      |                |             |        to the documents checklist (TRF-5); transfers to and from services outside
 *      |                |             |        the partnership as transfer package documents, JSON and PDF, with the answers
 *      |                |             |        recorded and incoming packages imported (TRF-17)
 *      +-------+--------+-------------+
 *              |
 *           requests               the transfer and its versions: requested by the home authority with the
 *                                  summary and checklist (TRF-1, TRF-3, TRF-4, TRF-5, TRF-10, TRF-11, TRF-17),
 *                                  re-submitted after a stay or rejection (TRF-6); who may see it (X-1, TRF-13)
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
