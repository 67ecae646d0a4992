package org.youthjustice.problem;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

/** An RFC 9457 problem details body, with one {@link Violation} per thing wrong with the request. */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record Problem(
        String type,
        String title,
        int status,
        String detail,
        String instance,
        String correlationId,
        List<Violation> violations) {

    public static final String MEDIA_TYPE = "application/problem+json";

    public static Problem of(ProblemType type, String detail) {
        return new Problem(type.uri(), type.title(), type.status(), detail, null, null, List.of());
    }

    public static Problem of(ProblemType type, String detail, List<Violation> violations) {
        return new Problem(type.uri(), type.title(), type.status(), detail, null, null, List.copyOf(violations));
    }

    public Problem at(String instance, String correlationId) {
        return new Problem(type, title, status, detail, instance, correlationId, violations);
    }
}
