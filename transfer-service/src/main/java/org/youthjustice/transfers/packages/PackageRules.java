package org.youthjustice.transfers.packages;

import com.fasterxml.jackson.annotation.JsonValue;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.youthjustice.events.transfers.TransferDecision;
import org.youthjustice.events.transfers.TransferKind;
import org.youthjustice.problem.Violation;

/**
 * TRF-17 (Nottinghamshire policy §12.4): a transfer to or from a youth justice service outside the partnership
 * travels as a transfer package document, and the partnership authority records the other service's answer (TRF-6:
 * accepted, stayed or rejected, with reasons; a stayed or rejected package is sent again as its next version).
 * Pure: {@link TransferPackages} loads what this decides from, and saves what it allows. The summary and checklist
 * rules (TRF-3, TRF-5, TRF-10, TRF-11) are the platform request's, {@code requests.TransferRequestRules}.
 */
public final class PackageRules {
    /** The machine-readable package's format name and the version written and read here. */
    public static final String FORMAT = "yj-transfer-package";
    public static final int FORMAT_VERSION = 1;

    /** What people call a youth justice service around its place name ("Cornwall YJS", "Reading Youth Justice Service"). */
    private static final List<String> NAME_SUFFIXES = List.of("youth-justice-service", "youth-justice-team", "youth-justice",
            "youth-offending-service", "youth-offending-team", "yjs", "yot", "yos", "county-council", "borough-council",
            "city-council", "council");
    private static final List<String> NAME_PREFIXES = List.of("royal-borough-of-", "borough-of-", "city-of-");

    private PackageRules() {
    }

    /** Which way a package travels, seen from the partnership authority whose record it is. */
    public enum Direction {
        /** Sent by this authority, the home, to a service outside the partnership. */
        OUTGOING,
        /** Received by this authority from a service outside the partnership, the home. */
        INCOMING;

        @JsonValue
        public String wireName() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    /** Where a package stands: sent or received and awaiting the answer to its current version, or answered. */
    public enum Status {
        SENT, RECEIVED, ACCEPTED, STAYED, REJECTED;

        @JsonValue
        public String wireName() {
            return name().toLowerCase(Locale.ROOT);
        }

        public static Status after(TransferDecision answer) {
            return switch (answer) {
                case ACCEPTED -> ACCEPTED;
                case STAYED -> STAYED;
                case REJECTED -> REJECTED;
            };
        }

        /** The current version has no answer yet. */
        public boolean awaitingAnswer() {
            return this == SENT || this == RECEIVED;
        }

        /** TRF-6: stayed or rejected, so the home service may send the package again with what was missing. */
        public boolean sendableAgain() {
            return this == STAYED || this == REJECTED;
        }
    }

    /**
     * The partnership authority a service's name denotes, if any: {@code nottinghamshire}, "Nottinghamshire YJS" and
     * "Nottinghamshire Youth Justice Service" all denote {@code nottinghamshire}; "Cornwall YJS" none.
     */
    public static Optional<String> partnershipAuthorityNamed(String name, Collection<String> partnership) {
        if (name == null) {
            return Optional.empty();
        }
        String slug = name.toLowerCase(Locale.UK).replace("&", " and ").replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
        boolean changed = true;
        while (changed) {
            changed = false;
            for (String suffix : NAME_SUFFIXES) {
                if (slug.endsWith("-" + suffix)) {
                    slug = slug.substring(0, slug.length() - suffix.length() - 1);
                    changed = true;
                }
            }
            for (String prefix : NAME_PREFIXES) {
                if (slug.startsWith(prefix)) {
                    slug = slug.substring(prefix.length());
                    changed = true;
                }
            }
        }
        return partnership.contains(slug) ? Optional.of(slug) : Optional.empty();
    }

    /** TRF-17: an outgoing package goes to a service outside the partnership; a partnership authority is asked on the platform. */
    public static List<Violation> outgoing(String receivingService, Collection<String> partnership) {
        return partnershipAuthorityNamed(receivingService, partnership)
                .map(authority -> List.of(Violation.ofRule("TRF-17", "receivingService", authority + " is in the partnership: "
                        + "request the transfer on the platform (POST /api/transfers/transfers), not as a package")))
                .orElse(List.of());
    }

    /**
     * TRF-17: an incoming package comes from a service outside the partnership (a partnership authority requests on
     * the platform), and is addressed to the authority importing it, not to another partnership authority.
     */
    public static List<Violation> incoming(String fromService, String toService, String authority, Collection<String> partnership) {
        List<Violation> violations = new ArrayList<>();
        partnershipAuthorityNamed(fromService, partnership).ifPresent(home -> violations.add(Violation.ofRule("TRF-17",
                "fromService", home + " is in the partnership: it requests the transfer on the platform, not as a package")));
        partnershipAuthorityNamed(toService, partnership).filter(addressee -> !addressee.equals(authority))
                .ifPresent(addressee -> violations.add(Violation.ofRule("TRF-17", "toService",
                        "the package is addressed to " + addressee + ", not to your authority")));
        return violations;
    }

    /** The document is one this service reads: format {@value #FORMAT}, version {@value #FORMAT_VERSION} (400 otherwise). */
    public static List<Violation> format(String format, Integer version) {
        List<Violation> violations = new ArrayList<>();
        if (!FORMAT.equals(format)) {
            violations.add(Violation.ofField("format", "a transfer package document has format " + FORMAT));
        }
        if (version == null || version != FORMAT_VERSION) {
            violations.add(Violation.ofField("version", "version " + FORMAT_VERSION + " of " + FORMAT + " is read here"));
        }
        return violations;
    }

    /**
     * TRF-6, TRF-17: a version of a package already imported here is its next version only after a stay or a
     * rejection of the current one, keeps its kind, and comes once (409 otherwise).
     */
    public static List<Violation> nextVersion(Status status, int currentVersion, TransferKind kind, int offeredVersion,
            TransferKind offeredKind) {
        List<Violation> violations = new ArrayList<>();
        if (offeredVersion <= currentVersion) {
            violations.add(Violation.ofRule("TRF-17", "packageVersion", "version " + offeredVersion
                    + " of this package was imported already; the current version is " + currentVersion));
        } else if (!status.sendableAgain()) {
            violations.add(Violation.ofRule("TRF-6", "packageVersion", "a package is sent again after a stay or a rejection; "
                    + "version " + currentVersion + " is " + status.wireName()));
        }
        if (offeredKind != kind) {
            violations.add(Violation.ofRule("TRF-1", "kind", "a package sent again keeps its kind ("
                    + kind.name().toLowerCase(Locale.ROOT) + "); another kind of transfer is a new package"));
        }
        return violations;
    }

    /** TRF-6: the home authority sends its package again, as the next version, after a stay or a rejection. */
    public static List<Violation> resendable(Direction direction, Status status) {
        if (direction != Direction.OUTGOING) {
            return List.of(Violation.ofRule("TRF-17", "direction",
                    "an incoming package is sent again by its home service, and imported as its next version"));
        }
        return status.sendableAgain() ? List.of() : List.of(Violation.ofRule("TRF-6", "status",
                "a package is sent again after a stay or a rejection; this one is " + status.wireName()));
    }

    /**
     * TRF-6, TRF-17: one answer per version, recorded while it awaits one; once the receiving authority opened the
     * case from an incoming package, the package is accepted.
     */
    public static List<Violation> answerable(Status status, int version, boolean caseOpened, TransferDecision answer) {
        if (!status.awaitingAnswer()) {
            return List.of(Violation.ofRule("TRF-17", "answer", "version " + version + " has its answer already: "
                    + status.wireName()));
        }
        if (caseOpened && answer != TransferDecision.ACCEPTED) {
            return List.of(Violation.ofRule("TRF-17", "answer",
                    "a case was opened from this package, so the package is accepted"));
        }
        return List.of();
    }

    /** The answer is dated between the day the version was sent or received and today (400 otherwise). */
    public static List<Violation> answerDate(LocalDate answeredOn, LocalDate versionDate, LocalDate today) {
        if (answeredOn.isAfter(today)) {
            return List.of(Violation.ofField("answeredOn", "an answer is recorded once it was given: today or earlier"));
        }
        if (answeredOn.isBefore(versionDate)) {
            return List.of(Violation.ofField("answeredOn", "the answer comes on or after " + versionDate
                    + ", when this version was sent or received"));
        }
        return List.of();
    }

    /**
     * TRF-17: the receiving authority opens the case from an incoming package, once, unless it stayed or rejected the
     * package (then it waits for the next version).
     */
    public static List<Violation> caseOpenable(Direction direction, Status status, boolean opened) {
        if (direction != Direction.INCOMING) {
            return List.of(Violation.ofRule("TRF-17", "direction",
                    "the receiving service opens the case from an outgoing package, in its own system"));
        }
        if (opened) {
            return List.of(Violation.ofRule("TRF-17", "caseId", "a case was opened from this package already"));
        }
        if (status.sendableAgain()) {
            return List.of(Violation.ofRule("TRF-17", "status", "the package is " + status.wireName()
                    + ": a case is opened from a package received or accepted"));
        }
        return List.of();
    }

    /** TRF-17: the receiving authority's task until it opens the case from an incoming package it has not stayed or rejected. */
    public static boolean awaitsCaseOpening(Direction direction, Status status, boolean opened) {
        return caseOpenable(direction, status, opened).isEmpty();
    }
}
