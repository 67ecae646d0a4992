package org.youthjustice.kernel.sample;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.UUID;

public record NoteRequest(
        @NotNull UUID caseId,
        @NotBlank @Size(max = 200, message = "[SAMPLE-3] a note is at most 200 characters") String text,
        Integer days,
        Integer hours) {
}
