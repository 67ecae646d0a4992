package org.youthjustice.transfers.packages;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.youthjustice.events.transfers.TransferKind;
import org.youthjustice.transfers.requests.DocumentsChecklist;
import org.youthjustice.transfers.requests.TransferSummary;

/**
 * The machine-readable transfer package (TRF-17), format {@code yj-transfer-package}, version 1: what this service
 * writes for the receiving service's system, and reads from another service's. A JSON object:
 * <ul>
 * <li>{@code format} ({@code "yj-transfer-package"}) and {@code version} ({@code 1}): a reader refuses any other;
 * a later version that only adds fields keeps version 1, as a reader ignores fields it does not know;</li>
 * <li>{@code packageId} (UUID, the sender's) and {@code packageVersion} (1, then 2 and on each time the package is
 * sent again after a stay or a rejection);</li>
 * <li>{@code kind}: {@code full} or {@code caretaking} (TRF-1);</li>
 * <li>{@code fromService}, the home service, and {@code toService}, the receiving service, as named by the sender
 * (a partnership authority by its id, such as {@code wokingham});</li>
 * <li>dates: {@code decidedOn} (the home's decision to request the transfer, TRF-4), {@code sentAt} (UTC, ISO 8601)
 * and who sent it ({@code sentBy}); {@code whatChanged} since the version before, if any;</li>
 * <li>{@code summary}: the transfer summary of Appendix A (TRF-5), with the child's orders in {@code summary.orders}
 * (type, requirements, start date, length); risks to specific victims as flags only (VIC-4, VIC-5);</li>
 * <li>{@code checklist}: Appendix A's documents, each {@code attached}, {@code no} or {@code n/a}, with the reason
 * for one not attached (the documents themselves travel as attachments of the secure e-mail).</li>
 * </ul>
 */
@JsonPropertyOrder({ "format", "version", "packageId", "packageVersion", "kind", "fromService", "toService", "decidedOn",
        "sentAt", "sentBy", "whatChanged", "summary", "checklist" })
public record PackageDocument(
        @NotBlank @Size(max = 100) String format,
        @NotNull Integer version,
        @NotNull UUID packageId,
        @NotNull @Min(1) @Max(999) Integer packageVersion,
        @NotNull TransferKind kind,
        @NotBlank @Size(max = 200) String fromService,
        @NotBlank @Size(max = 200) String toService,
        @NotNull LocalDate decidedOn,
        @NotNull Instant sentAt,
        @NotBlank @Size(max = 200) String sentBy,
        @Size(max = 4000) String whatChanged,
        @NotNull @Valid TransferSummary summary,
        @NotEmpty List<DocumentsChecklist.@NotNull @Valid Entry> checklist) {
}
