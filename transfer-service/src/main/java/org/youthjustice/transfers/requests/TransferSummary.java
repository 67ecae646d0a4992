package org.youthjustice.transfers.requests;

import com.fasterxml.jackson.annotation.JsonProperty;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;

/**
 * The transfer summary of the Nottinghamshire policy's Appendix A (TRF-5), as structured fields. Risks to
 * specific victims travel as flags only, never a victim's details (VIC-4, VIC-5).
 */
public record TransferSummary(
        @NotBlank @Size(max = 200) String childName,
        @NotNull LocalDate dateOfBirth,
        @NotBlank @Size(max = 60) String homeCaseReference,
        @NotNull @Valid ProposedAddress proposedAddress,
        @NotNull @Valid LivingWith livingWith,
        @NotNull @Valid ParentalResponsibility parentalResponsibility,
        @Valid Contact socialWorker,
        /** For a looked-after child or a child in need: whether the receiving area's children's social care was told. */
        Boolean receivingSocialCareAdvised,
        @NotNull @Valid Contact currentCaseManager,
        @NotEmpty @Valid List<OrderSummary> orders,
        @NotNull Boolean iom,
        @NotNull @Valid Concern highRiskOfHarm,
        @NotNull @Valid Mappa mappa,
        @NotNull @Valid Concern safeguarding,
        @NotNull @Valid Concern childProtectionPlan,
        @NotBlank @Size(max = 4000) String offenceSummary,
        @NotNull @Valid VictimRisk victimRisk,
        @NotNull Boolean lookedAfter,
        @NotNull Rosh rosh,
        @Size(max = 8000) String orderSummary,
        @NotNull @Valid List<ParentingOrder> parentingOrders) {

    public record ProposedAddress(@NotBlank @Size(max = 300) String address, @NotBlank @Size(max = 10) String postcode) {
    }

    public record LivingWith(@NotBlank @Size(max = 200) String name, @NotBlank @Size(max = 100) String relationship) {
    }

    public record ParentalResponsibility(@NotBlank @Size(max = 200) String name, @NotBlank @Size(max = 300) String address) {
    }

    public record Contact(@NotBlank @Size(max = 200) String name, @Size(max = 300) String address, @Size(max = 40) String phone,
            @Email @Size(max = 200) String email) {
    }

    /** An order with its requirements (for a YRO), its start date and its length. */
    public record OrderSummary(@NotBlank @Size(max = 100) String type, @NotNull List<@NotBlank @Size(max = 100) String> requirements,
            @NotNull LocalDate startDate, @NotBlank @Size(max = 60) String length) {
    }

    /** Yes / No, with the details when yes. */
    public record Concern(@NotNull Boolean present, @Size(max = 4000) String details) {
    }

    /**
     * MAPPA category and risk management level (1 to 3; absent: not applicable), whether the home MAPPA meeting
     * agreed to the move and transfer (TRF-10), and whether the receiving area's MAPPA co-ordinator was alerted.
     */
    public record Mappa(@Min(1) @Max(3) Integer category, @Min(1) @Max(3) Integer level, @NotNull YesNoNa homeMeetingEndorsed,
            @NotNull YesNoNa receivingCoordinatorAlerted) {
    }

    /** Risks to specific victims: flags (short codes such as {@code known-victim}), never who the victims are. */
    public record VictimRisk(@NotNull Boolean riskToSpecificVictims,
            @NotNull @Size(max = 10) List<@NotBlank @Pattern(regexp = "[a-z][a-z0-9-]{0,39}",
                    message = "a flag is a short code (lower case, digits and hyphens), never a victim's details") String> flags) {
    }

    /** A parent's parenting order (TRF-11): whether it moves together with the child's order. */
    public record ParentingOrder(@NotBlank @Size(max = 60) String parent, @NotNull Boolean movesWithChildsOrder) {
    }

    public enum YesNoNa {
        @JsonProperty("yes") YES,
        @JsonProperty("no") NO,
        @JsonProperty("n/a") NOT_APPLICABLE
    }

    /** Risk of serious harm. */
    public enum Rosh {
        @JsonProperty("low") LOW,
        @JsonProperty("medium") MEDIUM,
        @JsonProperty("high") HIGH,
        @JsonProperty("very-high") VERY_HIGH;

        public boolean highOrVeryHigh() {
            return this == HIGH || this == VERY_HIGH;
        }
    }
}
