/**
 * Appointments, absences, warnings, compliance meetings, breach and letters.
 *
 * <p>The packages are layered: each uses only those below it, never one above, so that there is no cycle
 * between them (ArchitectureTest checks it on every build).
 *
 * <pre>
 *   duelist                      the due list: follow-ups, steps and letters due (CMP-4 to CMP-7, CMP-11)
 *      |
 *   enforcement                  escalation of unacceptable absences (CMP-5 to CMP-8); the police's reading
 *      |
 *   letters        contact       letters to the child (CMP-11, X-6); contact month by month (CMP-9, MIL-12)
 *      |              |
 *   absences          |          missed appointments followed up and judged (CMP-2 to CMP-4)
 *      |              |
 *   appointments  ----+          appointments scheduled, moved, attended or missed
 *      |
 *   supervision                  cases and orders as compliance hears of them; who may see and act on them
 * </pre>
 *
 * {@code transfers} stands beside the tower, on appointments and supervision: it follows transfers between
 * authorities (TRF-1, TRF-8), moving a case's supervision and every record of it to the receiving authority,
 * and cancelling the appointments the home had booked; nothing uses it. What the home keeps of a case it
 * transferred out, and a caretaking, are supervision's ({@code TransferredOutCase}, {@code Caretaking}), so
 * that the case's view and {@code CaseAccess} read them.
 *
 * {@code paging} lies under them all: how every list reads its {@code offset} and {@code limit}; it uses no other package.
 *
 * A package may use any package drawn below it (enforcement uses letters, absences and supervision;
 * letters uses absences, appointments and supervision). A lower package reacts to a higher one, or
 * needs something from it, only through a CDI event or an interface that the lower package owns and the
 * higher one observes or implements:
 * <ul>
 * <li>{@code appointments.Appointments.Missed}: a missed appointment opens an absence;</li>
 * <li>{@code absences.Absences.Judged}: a judgement escalates enforcement, or withdraws its steps;</li>
 * <li>{@code supervision.TimeLimitEvents.HolderChanged}: the case has a new holder, so absences and enforcement send
 * their open time limits again (the time limits themselves they send through {@code supervision.TimeLimitEvents});</li>
 * <li>{@code letters.StepsCallingForLetters}: enforcement tells letters about the step that called for a
 * letter (the missed appointment, the compliance meeting), so that letters never imports enforcement.</li>
 * </ul>
 * Going down needs no such device: enforcement says which letter its step calls for
 * ({@code Letters.recordFor}) and which steps' letters to withdraw, by their ids.
 *
 * <p>Within a package, a resource validates its input, authorises and maps to its answer; the service
 * class behind it loads, saves and publishes; a rule ({@code …Rule}, {@code …Rules} or {@code …Policy}:
 * {@code appointments.AppointmentRules}, {@code absences.AbsenceJudgementRule}, {@code letters.LetterRules},
 * {@code letters.LetterTemplateRules}, {@code enforcement.EscalationPolicy}, {@code enforcement.EnforcementRules})
 * decides from what it is given, free of persistence, HTTP, messaging and CDI, and is tested on its own.
 */
package org.youthjustice.compliance;
