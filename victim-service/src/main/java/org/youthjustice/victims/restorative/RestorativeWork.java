package org.youthjustice.victims.restorative;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.youthjustice.kernel.audit.AuditTrail;
import org.youthjustice.kernel.problem.ProblemException;
import org.youthjustice.problem.Violation;
import org.youthjustice.victims.contact.ContactTasks;
import org.youthjustice.victims.contact.TaskPurpose;
import org.youthjustice.victims.personaldata.PersonalDataAccess;
import org.youthjustice.victims.victims.Victim;
import org.youthjustice.victims.victims.VictimSeal;
import org.youthjustice.victims.victims.Victims;

/**
 * The restorative justice work with a victim: the decision whether to invite them (VIC-7), their wishes among the
 * restorative options (VIC-3), and the intervention's conclusion, which they are told of (VIC-8).
 */
@ApplicationScoped
public class RestorativeWork {
    @Inject
    Victims victims;

    @Inject
    VictimSeal seal;

    @Inject
    ContactTasks tasks;

    @Inject
    AuditTrail audit;

    @Inject
    PersonalDataAccess access;

    @Inject
    Clock clock;

    public record DecisionEntry(@NotNull Boolean appropriate, @Size(max = 4000) String reasons) {
    }

    public record OptionsEntry(@NotNull Set<RestorativeOption> options, @Size(max = 4000) String wishes) {
    }

    public record ConclusionEntry(@NotNull @PastOrPresent LocalDate concludedOn) {
    }

    /** Where the work stands, without the reasons and wishes (free text, opened only with the victim's details). */
    public record RestorativeView(UUID victimRef, Boolean appropriate, Instant decidedAt, String decidedBy, Set<RestorativeOption> options,
            boolean takingPart, LocalDate concludedOn) {
    }

    @Transactional
    public Victim decide(UUID victimId, DecisionEntry entry) {
        Victim victim = victims.requireActive(victimId);
        List<Violation> violations = RestorativeRules.decision(entry.reasons());
        if (!violations.isEmpty()) {
            throw ProblemException.ruleViolations(violations);
        }
        seal.seal(victim, seal.open(victim).withRestorativeReasons(entry.reasons().trim()));
        victim.restorativeAppropriate = entry.appropriate();
        victim.restorativeDecidedAt = clock.instant();
        victim.restorativeDecidedBy = access.who();
        if (!entry.appropriate()) {
            victim.restorativeOptions = null; // nothing to wish for where the service decided not to invite the victim
        }
        audit.record("victim.restorative-decision", PersonalDataAccess.RECORD_TYPE, victim.id,
                (entry.appropriate() ? "appropriate" : "not appropriate") + " to invite into a restorative process (VIC-7)");
        return victim;
    }

    @Transactional
    public Victim wishes(UUID victimId, OptionsEntry entry) {
        Victim victim = victims.requireActive(victimId);
        List<Violation> violations = RestorativeRules.options(entry.options(), victim.restorativeAppropriate);
        if (!violations.isEmpty()) {
            throw ProblemException.ruleViolations(violations);
        }
        seal.seal(victim, seal.open(victim).withRestorativeWishes(entry.wishes()));
        victim.restorativeOptions = entry.options().stream().map(Enum::name).sorted().collect(Collectors.joining(","));
        audit.record("victim.restorative-options", PersonalDataAccess.RECORD_TYPE, victim.id, entry.options().stream()
                .map(RestorativeOption::wireName).sorted().collect(Collectors.joining(", ")) + " (VIC-3)");
        return victim;
    }

    /** VIC-8: the intervention concluded; the victim taking part is owed the news. */
    @Transactional
    public Victim conclude(UUID victimId, ConclusionEntry entry) {
        Victim victim = victims.requireActive(victimId);
        if (!takingPart(victim)) {
            throw ProblemException.conflict(Violation.ofRule("VIC-8", "concludedOn",
                    "the victim is not taking part in a restorative process, or it has concluded already"));
        }
        victim.restorativeConcludedOn = entry.concludedOn();
        tasks.openUpdate(victim, TaskPurpose.CONCLUSION, clock.instant(), "the restorative intervention concluding on " + entry.concludedOn());
        audit.record("victim.restorative-concluded", PersonalDataAccess.RECORD_TYPE, victim.id, "concluded on " + entry.concludedOn());
        return victim;
    }

    public static Set<RestorativeOption> options(Victim victim) {
        if (victim.restorativeOptions == null || victim.restorativeOptions.isBlank()) {
            return Set.of();
        }
        return Arrays.stream(victim.restorativeOptions.split(",")).map(RestorativeOption::valueOf)
                .collect(Collectors.toCollection(() -> EnumSet.noneOf(RestorativeOption.class)));
    }

    public static boolean takingPart(Victim victim) {
        return RestorativeRules.takingPart(victim.consentToContact, victim.restorativeAppropriate, options(victim),
                victim.restorativeConcludedOn != null);
    }

    public static RestorativeView view(Victim victim) {
        return new RestorativeView(victim.id, victim.restorativeAppropriate, victim.restorativeDecidedAt, victim.restorativeDecidedBy,
                options(victim), takingPart(victim), victim.restorativeConcludedOn);
    }
}
