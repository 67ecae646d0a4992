/**
 * Allocation of cases to case managers by capacity, band, gender principle and risk, with the evidence of every decision.
 *
 * <h2>Layers</h2>
 * The packages below this one depend one way: each uses only those beneath it, never one beside or above it,
 * directly or round a cycle (ArchitectureTest checks it with ArchUnit). From the top down:
 *
 * <pre>
 *                           transfers
 *                               |
 *    workers             internaltransfer
 *       |                       |
 *       |                    requests
 *       |        _______________|______________________________
 *       |       |              |           |                  |
 *     leave   coallocation   victims   screening          proposal
 *       |_______|______________|___________|__________________|
 *                              |
 *                          capacity
 *                              |
 *                          workforce
 * </pre>
 *
 * Each package uses only packages drawn below it, and packages on one level do not use each other:
 * <ul>
 * <li>{@code workforce}: workers, grades, absences and availability (ALC-2); uses no other package here.</li>
 * <li>{@code capacity}: who holds which case, caseloads and teams' capacity (ALC-1), and the time limits the packages
 * above tell the partnership ({@code TimeLimitEvents}: allocation-time-limit.changed); uses workforce.</li>
 * <li>{@code proposal}: the candidates' ranking (ALC-1 to ALC-5, ALC-7, ALC-9); uses capacity, workforce.</li>
 * <li>{@code leave}: leave cover and absence reviews (ALC-8); uses capacity, workforce.</li>
 * <li>{@code coallocation}: accountable co-workers for high risk (ALC-6); uses capacity, workforce.</li>
 * <li>{@code victims}: restorative justice workers where a victim consented (ALC-11); uses capacity, workforce.</li>
 * <li>{@code screening}: specialists' screening of new allocations (ALC-13); uses workforce.</li>
 * <li>{@code requests}: allocation requests from order-service's events, decisions and reallocations (ALC-12);
 * uses coallocation, victims, screening, proposal, capacity, workforce.</li>
 * <li>{@code internaltransfer}: moves between locality teams (ALC-10), ranked and handed over as allocations
 * are; uses requests, proposal, capacity, workforce.</li>
 * <li>{@code transfers}: transfers between authorities from transfer-service's events (TRF-1): the case moves to
 * the receiving authority, where it waits for a case manager, and whatever held it in the home authority closes;
 * uses internaltransfer, requests, coallocation, capacity.</li>
 * <li>{@code workers}: the {@code /workers} API, a worker with their availability, capacity, absences and leave
 * cover together; uses leave, capacity, workforce.</li>
 * </ul>
 *
 * <h2>How a lower package reacts to a higher one</h2>
 * Never by importing it. A lower package that must let a higher one react fires a CDI event, a record it
 * owns, which the higher package observes in the same transaction: {@code requests.CaseReassessed}, on
 * {@code risk.assessed}, keeps the MAPPA level of the internal transfers under way. Or it calls an interface
 * it owns, which the higher package implements: {@code requests.TransfersUnderWay}, which stops a reallocation
 * while an internal transfer of the case is under way, is implemented by {@code internaltransfer.OpenTransfers}.
 * A resource that shows several packages together (like {@code workers.WorkerResource}) lives in the package
 * above all of them.
 *
 * <h2>Rules</h2>
 * A rule's decision is a pure class, free of persistence, HTTP, messaging, CDI and configuration, tested on
 * its own ({@code capacity.CapacityPolicy}, {@code workforce.Availability}, {@code workforce.WorkforceRules},
 * {@code proposal.CandidateRanking}, {@code coallocation.CoAllocationRules}, {@code leave.LeaveCoverRules},
 * {@code requests.AllocationRules}, {@code requests.ReallocationRule}, {@code internaltransfer.TransferSteps},
 * {@code transfers.TransferRules});
 * the service class beside it loads, saves, audits and announces. Resources answer HTTP and leave queries to
 * the service classes behind them.
 */
package org.youthjustice.allocation;
