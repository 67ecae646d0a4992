package org.youthjustice.allocation.proposal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.youthjustice.allocation.capacity.CapacityPolicy;
import org.youthjustice.allocation.workforce.Availability;
import org.youthjustice.allocation.workforce.Grade;
import org.youthjustice.events.orders.RiskLevel;

/**
 * Ranks a team's workers as case manager for a request, by the rules of allocation, each with why
 * (Nottinghamshire policy §2 to §4): absent workers are left out unless their return is imminent (ALC-2);
 * a worker who cannot hold cases alone (a student, ALC-7) or at all (RJ and specialist workers) is left
 * out; the others are ranked first by how few rules choosing them would break, each broken rule needing
 * a manager's rationale: a Band B senior case manager for high or very high RoSH or SaW (ALC-5), a case
 * manager of the gender the child chose or, for a girl, a female case manager (ALC-3, ALC-4), room in their
 * capacity (ALC-1). Then, for a PSR, whether they know the child (ALC-9); then seniority for a PSR
 * ("experience"); then the most spare capacity.
 */
public final class CandidateRanking {
    private CandidateRanking() {
    }

    /** What the request asks, as the rules read it. */
    public record Request(String kind, RiskLevel rosh, RiskLevel saw, String childGenderIdentity, String childPreference,
            BigDecimal casePoints) {
        boolean psr() {
            return "psr".equals(kind);
        }

        boolean highRisk() {
            return (rosh != null && rosh.isHighOrAbove()) || (saw != null && saw.isHighOrAbove());
        }
    }

    /** A worker as the ranking sees them. */
    public record Worker(UUID id, String name, Grade grade, String genderIdentity, Availability availability,
            CapacityPolicy.WorkerCapacity capacity, boolean knowsChild) {
    }

    /** A rule choosing the worker would break: the manager may still choose them, with a rationale. */
    public record Breach(String rule, String reason) {
    }

    public record Candidate(int rank, UUID workerId, String name, Grade grade, String genderIdentity, int capacityPercent,
            int percentWithCase, Availability availability, List<Breach> breaks, List<String> reasons) {
    }

    public record Excluded(UUID workerId, String name, String rule, String reason) {
    }

    public record Proposal(List<Candidate> candidates, List<Excluded> excluded) {
    }

    public static Proposal rank(Request request, List<Worker> team) {
        List<Excluded> excluded = new ArrayList<>();
        List<Scored> scored = new ArrayList<>();
        for (Worker worker : team) {
            if (!worker.grade().holdsCases()) {
                excluded.add(new Excluded(worker.id(), worker.name(), null, "a " + worker.grade().wireName() + " does not hold cases"));
            } else if (worker.grade() == Grade.STUDENT) {
                excluded.add(new Excluded(worker.id(), worker.name(), "ALC-7",
                        "a student holds cases only beside an accountable primary worker"));
            } else if (!worker.availability().allocatable()) {
                excluded.add(new Excluded(worker.id(), worker.name(), "ALC-2", worker.availability().reason()));
            } else {
                scored.add(score(request, worker));
            }
        }
        Comparator<Scored> order = Comparator.comparingInt((Scored s) -> s.breaks.size());
        if (request.psr()) {
            order = order.thenComparing(s -> !s.worker.knowsChild()).thenComparing(s -> -seniority(s.worker.grade()));
        }
        order = order.thenComparingInt(s -> s.percentWithCase).thenComparing(s -> s.worker.name());
        scored.sort(order);
        List<Candidate> candidates = new ArrayList<>();
        for (int i = 0; i < scored.size(); i++) {
            Scored s = scored.get(i);
            candidates.add(new Candidate(i + 1, s.worker.id(), s.worker.name(), s.worker.grade(), s.worker.genderIdentity(),
                    s.worker.capacity().percent(), s.percentWithCase, s.worker.availability(), s.breaks, s.reasons));
        }
        return new Proposal(candidates, excluded);
    }

    private record Scored(Worker worker, int percentWithCase, List<Breach> breaks, List<String> reasons) {
    }

    private static Scored score(Request request, Worker worker) {
        List<Breach> breaks = new ArrayList<>();
        List<String> reasons = new ArrayList<>();
        if (worker.availability().status() == Availability.Status.RETURNING) {
            reasons.add(worker.availability().reason());
        }
        if (request.highRisk()) {
            if (worker.grade() == Grade.BAND_B) {
                reasons.add("Band B senior case manager for high or very high RoSH or SaW (ALC-5)");
            } else {
                breaks.add(new Breach("ALC-5", "high or very high RoSH or SaW needs a Band B senior case manager; this is "
                        + worker.grade().wireName()));
            }
        }
        String wanted = wantedGender(request);
        if (wanted != null) {
            String rule = request.childPreference() != null ? "ALC-4" : "ALC-3";
            if (wanted.equals(normal(worker.genderIdentity()))) {
                reasons.add("a " + wanted + " case manager, as " + (rule.equals("ALC-4") ? "the child chose" : "for a girl")
                        + " (" + rule + ")");
            } else {
                breaks.add(new Breach(rule, rule.equals("ALC-4")
                        ? "the child chose a " + wanted + " case manager; record the discussion with the child"
                        : "a girl is allocated a female case manager by default; otherwise record the rationale after consulting her"));
            }
        }
        BigDecimal available = worker.capacity().available();
        BigDecimal withCase = worker.capacity().held().add(request.casePoints() == null ? BigDecimal.ZERO : request.casePoints());
        int percentWithCase = available.signum() == 0 ? 999
                : withCase.multiply(BigDecimal.valueOf(100)).divide(available, 0, RoundingMode.HALF_UP).intValue();
        if (percentWithCase > 100) {
            breaks.add(new Breach("ALC-1", "this case takes their caseload to " + percentWithCase + "% of capacity"));
        } else {
            reasons.add(worker.capacity().percent() + "% of capacity now, " + percentWithCase + "% with this case (ALC-1)");
        }
        if (request.psr() && worker.knowsChild()) {
            reasons.add("knows the child from earlier work (ALC-9)");
        }
        return new Scored(worker, percentWithCase, breaks, reasons);
    }

    /** The case manager's gender the rules ask for: the child's choice (ALC-4), else female for a girl (ALC-3), else none. */
    static String wantedGender(Request request) {
        if (request.childPreference() != null) {
            return normal(request.childPreference());
        }
        String child = normal(request.childGenderIdentity());
        return child != null && (child.equals("female") || child.equals("girl") || child.equals("young-woman")) ? "female" : null;
    }

    private static String normal(String gender) {
        if (gender == null) {
            return null;
        }
        String g = gender.trim().toLowerCase(Locale.ROOT);
        return g.equals("woman") || g.equals("girl") || g.equals("young-woman") ? "female" : g.equals("man") || g.equals("boy") ? "male" : g;
    }

    private static int seniority(Grade grade) {
        return switch (grade) {
            case BAND_C -> 4;
            case BAND_B -> 3;
            case BAND_A -> 2;
            case YJSO -> 1;
            default -> 0;
        };
    }
}
