package org.youthjustice.kernel.problem;

import org.youthjustice.problem.Problem;
import org.youthjustice.problem.ProblemType;
import org.youthjustice.problem.Violation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import jakarta.inject.Inject;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.ws.rs.WebApplicationException;
import org.youthjustice.kernel.database.DatabaseFailures;
import jakarta.ws.rs.core.Response;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/**
 * Every error a service answers with is a problem (RFC 9457): bad input is 4xx listing each
 * violation, never a 500; a real failure is a 500 with no internals, logged here with its stack trace.
 */
public class ProblemMappers {
    private static final Logger LOG = Logger.getLogger(ProblemMappers.class);
    /** A constraint message may name its rule: {@code "[ORD-5] at most 90 days"}. */
    private static final Pattern RULE_PREFIX = Pattern.compile("^\\[([A-Z]+-[0-9]+)]\\s*(.*)$", Pattern.DOTALL);

    @Inject
    ProblemResponses responses;

    @ServerExceptionMapper
    public Response problem(ProblemException exception) {
        return responses.response(exception.problem());
    }

    /**
     * Two people changed the same record at the same moment (its version, or a unique index that allows
     * one of a kind): the first stands, the second is told so.
     */
    @ServerExceptionMapper({ jakarta.persistence.OptimisticLockException.class, org.hibernate.StaleStateException.class,
            org.hibernate.exception.ConstraintViolationException.class })
    public Response concurrentChange(RuntimeException exception) {
        return responses.response(ProblemException.conflict(
                "someone else changed this record at the same moment; read it again and decide afresh").problem());
    }

    @ServerExceptionMapper
    public Response constraintViolations(ConstraintViolationException exception) {
        List<Violation> violations = exception.getConstraintViolations().stream()
                .map(ProblemMappers::violation)
                .sorted(Comparator.comparing(Violation::field, Comparator.nullsFirst(Comparator.naturalOrder())))
                .collect(Collectors.toList());
        return responses.response(ProblemException.invalid(violations).problem());
    }

    // each Jackson type named: Quarkus REST has built-in mappers for the specific ones
    @ServerExceptionMapper({ JsonProcessingException.class, com.fasterxml.jackson.core.JsonParseException.class,
            com.fasterxml.jackson.core.io.JsonEOFException.class, com.fasterxml.jackson.databind.JsonMappingException.class,
            MismatchedInputException.class, InvalidFormatException.class, UnrecognizedPropertyException.class,
            com.fasterxml.jackson.databind.exc.ValueInstantiationException.class })
    public Response unreadableJson(JsonProcessingException exception) {
        String detail;
        if (exception instanceof UnrecognizedPropertyException unknown) {
            detail = "the field '" + unknown.getPropertyName() + "' is not known";
        } else if (exception instanceof InvalidFormatException invalid) {
            detail = "the value at '" + path(invalid) + "' is not a valid " + invalid.getTargetType().getSimpleName();
        } else if (exception instanceof MismatchedInputException mismatched) {
            detail = "the value at '" + path(mismatched) + "' has the wrong shape";
        } else {
            detail = "the body is not valid JSON";
        }
        return responses.response(Problem.of(ProblemType.MALFORMED_REQUEST, detail));
    }

    @ServerExceptionMapper({ UnauthorizedException.class, AuthenticationFailedException.class })
    public Response unauthenticated(RuntimeException exception) {
        return Response.fromResponse(responses.response(Problem.of(ProblemType.UNAUTHENTICATED,
                "the request has no valid access token")))
                .header("WWW-Authenticate", "Bearer")
                .build();
    }

    @ServerExceptionMapper
    public Response forbidden(ForbiddenException exception) {
        return responses.response(Problem.of(ProblemType.FORBIDDEN, "your roles do not allow this"));
    }

    @ServerExceptionMapper
    public Response webApplication(WebApplicationException exception) {
        int status = exception.getResponse().getStatus();
        if (status >= 500) {
            LOG.error("request failed", exception);
            return responses.response(Problem.of(ProblemType.INTERNAL_ERROR, "the request could not be completed"));
        }
        ProblemType type = switch (status) {
            case 401 -> ProblemType.UNAUTHENTICATED;
            case 403 -> ProblemType.FORBIDDEN;
            case 404 -> ProblemType.NOT_FOUND;
            case 405 -> ProblemType.METHOD_NOT_ALLOWED;
            case 406 -> ProblemType.NOT_ACCEPTABLE;
            case 409 -> ProblemType.CONFLICT;
            case 415 -> ProblemType.UNSUPPORTED_MEDIA_TYPE;
            default -> ProblemType.MALFORMED_REQUEST;
        };
        String detail = status == 404 ? "no such resource" : exception.getMessage();
        return responses.response(new Problem(type.uri(), type.title(), status, detail, null, null, List.of()));
    }

    @ServerExceptionMapper
    public Response unexpected(Exception exception) {
        if (DatabaseFailures.concurrentChange(exception)) {
            // detected only at commit, where the transaction manager wraps it
            return concurrentChange(new IllegalStateException(exception));
        }
        if (DatabaseFailures.unreachable(exception)) {
            // not the request's fault: the client may send it again shortly. Lost before the commit, nothing was
            // written; lost as it committed, the database may have kept it, which the detail must not deny
            boolean atCommit = DatabaseFailures.atCommit(exception);
            LOG.warnf("request refused, the database cannot be reached%s: %s", atCommit ? " as it committed" : "",
                    exception.toString());
            return Response.fromResponse(responses.response(Problem.of(ProblemType.UNAVAILABLE, atCommit
                    ? "the service lost its database as it saved this; it may not have been recorded: check, then try again shortly"
                    : "the service cannot reach its database; nothing was recorded, try again shortly")))
                    .header("Retry-After", "5").build();
        }
        LOG.error("request failed", exception);
        return responses.response(Problem.of(ProblemType.INTERNAL_ERROR, "the request could not be completed"));
    }

    private static Violation violation(ConstraintViolation<?> violation) {
        String field = fieldOf(violation.getPropertyPath().toString());
        Matcher rule = RULE_PREFIX.matcher(violation.getMessage());
        return rule.matches()
                ? Violation.ofRule(rule.group(1), field, rule.group(2))
                : Violation.ofField(field, violation.getMessage());
    }

    /** {@code create.body.requirements[0].hours} → {@code requirements[0].hours}: the JSON path the client sent. */
    static String fieldOf(String propertyPath) {
        String[] nodes = propertyPath.split("\\.");
        if (nodes.length <= 2) {
            return nodes[nodes.length - 1];
        }
        return String.join(".", java.util.Arrays.copyOfRange(nodes, 2, nodes.length));
    }

    private static String path(MismatchedInputException exception) {
        return exception.getPath().stream()
                .map(reference -> reference.getFieldName() != null ? reference.getFieldName() : "[" + reference.getIndex() + "]")
                .collect(Collectors.joining(".")).replace(".[", "[");
    }
}
