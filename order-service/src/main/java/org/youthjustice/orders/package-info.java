/**
 * Court outcomes, the child's case, orders and requirements, risk levels, and the case plan's milestones.
 *
 * <p>Packages in layers; each depends only on packages below it (ArchitectureTest checks there is no cycle):
 *
 * <pre>
 *   casefile        the case file and the case search: reads every package below, none reads it
 *   courtlistings   court listings for breach and early revocation (MIL-13)
 *   allocation      allocations announced by allocation-service: first contact (MIL-2), referrals' (MIL-15)
 *   referrals       specific interventions (MIL-15)          closure   closing an order (MIL-11)
 *   screening       magistrates' court screening (MIL-16)    assessment   assessments and risk (MIL-5, MIL-9, MIL-10)
 *   casework        contacts, plans and review meetings: the records that meet milestones
 *   courtoutcomes   hearings and their outcomes: open the case (ORD-1), make and change orders through sentencing
 *   caseplan        milestones and their deadlines, started by orders and met by casework
 *   sentencing      orders, their requirements and statutory rules (ORD-*), and their life after the court
 *   cases           the child's case and who may see it        transfers, victims   what other services say of it
 * </pre>
 *
 * <p>A lower package never calls a higher one. Where it must tell one (an order heard or ended, for the case
 * plan) it fires a CDI event it owns ({@code OrderHeard}, {@code OrderEnded}); where it must ask one (the
 * case's assessed risk, the hearing an order was made at) it owns an interface that the higher package
 * implements ({@code AssessedRisk}, {@code SentencingHearings}).
 */
package org.youthjustice.orders;
