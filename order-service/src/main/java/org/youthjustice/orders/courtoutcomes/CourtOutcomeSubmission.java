package org.youthjustice.orders.courtoutcomes;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Past;
import jakarta.validation.constraints.PastOrPresent;
import java.time.LocalDate;
import java.util.List;
import org.youthjustice.events.orders.CourtOutcome;
import org.youthjustice.orders.sentencing.OrderLifecycle;
import org.youthjustice.orders.sentencing.Sentences;

/**
 * A court outcome as a court officer, business support or a partner court system submits it (ORD-1).
 * The child's details open a case or are matched to the authority's existing one. A sentenced
 * outcome carries the order made, and only a sentenced outcome does; a variation, revocation or breach
 * finding carries the change to one of the child's orders ({@code orderChange}), and only those do. An
 * outcome that leaves the case before the court again names the next hearing's date
 * ({@code nextHearingDate}), which magistrates' court screening measures (MIL-16).
 */
public record CourtOutcomeSubmission(
        @NotNull @Valid Court court,
        @NotBlank String courtReference,
        @NotNull @PastOrPresent LocalDate hearingDate,
        @NotNull CourtOutcome outcome,
        @NotNull @Valid Child child,
        @NotEmpty List<@NotNull @Valid OffenceEntry> offences,
        @Valid Sentences.OrderEntry order,
        @Valid OrderLifecycle.OrderChangeEntry orderChange,
        LocalDate nextHearingDate) {

    /**
     * The court; {@code location} matters for out-of-area sentences and Crown Court committals;
     * {@code yjsCourtOfficerPresent} starts the post-sentence contact time limit (MIL-1).
     */
    public record Court(@NotBlank String name, String location, boolean crownCourt, boolean outOfArea,
            boolean yjsCourtOfficerPresent) {
    }

    public record Child(
            @NotBlank String givenName,
            @NotBlank String familyName,
            @NotNull @Past LocalDate dateOfBirth,
            @NotBlank String genderIdentity,
            String sexRegisteredAtBirth,
            @NotNull Boolean lookedAfter,
            String address,
            String locality,
            List<@NotNull @Valid ParentCarerEntry> parentCarers) {
    }

    public record ParentCarerEntry(@NotBlank String name, @NotBlank String relationship, String phone,
            @Email String email, String address) {
    }

    public record OffenceEntry(@NotBlank String description, @NotNull Boolean imprisonable) {
    }
}
