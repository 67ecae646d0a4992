package org.youthjustice.reporting.evidence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.hibernate.query.NativeQuery;
import org.hibernate.type.StandardBasicTypes;
import org.youthjustice.kernel.calendar.Moments;
import org.youthjustice.reporting.evidence.HmipStandardsRules.Standard;
import org.youthjustice.reporting.timeliness.Measure;
import org.youthjustice.reporting.timeliness.Timeliness;

/**
 * A case's inspection evidence: for each HMIP standard, the dated facts the platform holds that bear on it, from the
 * read model (the case's time limits with how each ended, and the facts of the other events), oldest first. Read for
 * the caller's own authority only: another authority's case, like a case the platform has no fact of, is not found.
 */
@ApplicationScoped
public class InspectionEvidence {

    @Inject
    EntityManager entityManager;

    @Inject
    Timeliness timeliness;

    @Inject
    Clock clock;

    @Schema(name = "InspectionEvidence", description = "A case's dated facts under each HMIP standard")
    public record Evidence(UUID caseId, String authority, Instant generatedAt,
            @Schema(description = "For each standard, in the order an inspection reads them") List<StandardEvidence> standards) {
    }

    @Schema(name = "StandardEvidence")
    public record StandardEvidence(
            @Schema(enumeration = { "assessment", "planning", "delivery", "reviewing" }) String standard,
            String title,
            @Schema(description = "The question the standard asks") String question,
            @Schema(description = "The standard's time limits by how they stand: met-on-time, met-late, overdue, "
                    + "not-yet-due, not-applicable") Map<String, Long> timeLimits,
            List<Entry> entries) {
    }

    @Schema(name = "EvidenceEntry", description = "One dated fact")
    public record Entry(@Schema(description = "The day it happened (UK), or a time limit's due date while open") LocalDate date,
            String kind, @Schema(nullable = true) String rule, String summary,
            @Schema(nullable = true, description = "For a time limit: how it stands") String status,
            @Schema(nullable = true, description = "For a time limit: what must happen (first-home-visit)") String step,
            @Schema(nullable = true, description = "For a time limit: its due date") LocalDate dueDate,
            @Schema(nullable = true, description = "For a time limit met: the day (UK)") LocalDate metOn,
            @Schema(nullable = true, description = "For a time limit not applicable: why") String reason) {

        static Entry fact(LocalDate date, String kind, String rule, String summary) {
            return new Entry(date, kind, rule, summary, null, null, null, null, null);
        }
    }

    @Transactional
    public Optional<Evidence> of(String authority, UUID caseId) {
        NativeQuery<Object[]> select = entityManager.createNativeQuery("select standard, kind, rule, occurred_at, summary "
                + "from case_fact where authority = :authority and case_id = :caseId order by occurred_at, id")
                .unwrap(NativeQuery.class);
        select.setParameter("authority", authority, StandardBasicTypes.STRING).setParameter("caseId", caseId, StandardBasicTypes.UUID)
                .addScalar("standard", StandardBasicTypes.STRING).addScalar("kind", StandardBasicTypes.STRING)
                .addScalar("rule", StandardBasicTypes.STRING).addScalar("occurred_at", StandardBasicTypes.INSTANT)
                .addScalar("summary", StandardBasicTypes.STRING);
        List<Object[]> facts = select.getResultList();
        List<Timeliness.CaseTimeLimit> timeLimits = timeliness.ofCase(authority, caseId);
        if (facts.isEmpty() && timeLimits.isEmpty()) {
            return Optional.empty();
        }
        Map<Standard, List<Entry>> entries = new LinkedHashMap<>();
        Map<Standard, Map<String, Long>> counts = new LinkedHashMap<>();
        for (Standard s : Standard.values()) {
            entries.put(s, new ArrayList<>());
            Map<String, Long> byStatus = new LinkedHashMap<>();
            for (Measure outcome : Measure.values()) {
                if (outcome.status() != null) {
                    byStatus.put(outcome.status(), 0L);
                }
            }
            counts.put(s, byStatus);
        }
        for (Object[] f : facts) {
            entries.get(Standard.of((String) f[0])).add(Entry.fact(Moments.ukDate((Instant) f[3]), (String) f[1], (String) f[2],
                    (String) f[4]));
        }
        for (Timeliness.CaseTimeLimit t : timeLimits) {
            Standard standard = HmipStandardsRules.ofStep(t.step());
            counts.get(standard).merge(t.status(), 1L, Long::sum);
            LocalDate metOn = t.metAt() == null ? null : Moments.ukDate(t.metAt());
            entries.get(standard).add(new Entry(metOn != null ? metOn : t.dueDate(), "time-limit", t.rule(), describe(t),
                    t.status(), t.step(), t.dueDate(), metOn, t.notApplicableReason()));
        }
        List<StandardEvidence> standards = new ArrayList<>();
        for (Standard s : Standard.values()) {
            List<Entry> sorted = entries.get(s).stream().sorted(Comparator.comparing(Entry::date)).toList();
            standards.add(new StandardEvidence(s.wireName, s.title, s.question, counts.get(s), sorted));
        }
        return Optional.of(new Evidence(caseId, authority, clock.instant(), standards));
    }

    /** "MIL-4 first home visit, due 10 November 2026: met late, 13 November 2026". */
    private static String describe(Timeliness.CaseTimeLimit t) {
        String step = t.step().replace('-', ' ');
        String due = step.substring(0, 1).toUpperCase(Locale.UK) + step.substring(1) + " (" + t.rule() + "), due " + t.dueDate();
        return switch (t.status()) {
            case "met-on-time" -> due + ": met on time, " + Moments.ukDate(t.metAt());
            case "met-late" -> due + ": met late, " + Moments.ukDate(t.metAt());
            case "overdue" -> due + ": overdue, not yet met";
            case "not-applicable" -> due + ": not applicable (" + t.notApplicableReason() + ")";
            default -> due + ": not yet due";
        };
    }
}
