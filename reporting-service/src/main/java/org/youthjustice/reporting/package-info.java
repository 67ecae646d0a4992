/**
 * Partnership reporting (issue 22): a read model of the services' events, which keep ownership of their data.
 *
 * <pre>
 *        feed          the services' events through the inbox: into the time limits and the case facts
 *          |
 *       evidence       a case's inspection evidence: its dated facts under each HMIP standard (assessment, planning,
 *          |           implementation and delivery, reviewing), as JSON and as a PDF with a chart per standard
 *          |
 *   timeliness   every time limit the services track (order-service's case plan: MIL-*, CMP-7's court listings),
 *                from their events through the inbox; the figures per rule, authority, team and month (due, met on
 *                time, met late, overdue now, not applicable with the reasons), drilled down from the partnership
 *                to an authority, a team and, within the caller's own authority, the cases; small counts
 *                suppressed for everyone who may not see the cases behind them
 * </pre>
 *
 * <p>X-1 allows exactly this crossing of authorities: partnership-level, read-only statistics. The read model's rows
 * are therefore not {@code TenantOwned} (a per-authority filter would make partnership figures impossible); the one
 * place that decides what a caller sees of them is {@code timeliness.ReportingAccessPolicy}, from the token's roles
 * and authority only, and every query takes its decision.
 */
package org.youthjustice.reporting;
