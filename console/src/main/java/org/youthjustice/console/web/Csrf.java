package org.youthjustice.console.web;

import io.quarkus.vertx.http.runtime.CurrentVertxRequest;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.ws.rs.ForbiddenException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;

/**
 * The CSRF token of this request ({@link Protections}): forms write it as {@code {csrf.token}}; every POST handler
 * calls {@link #verify} before it does anything (a test checks that each does).
 */
@Named("csrf")
@RequestScoped
public class Csrf {
    @Inject
    CurrentVertxRequest request;

    public String token() {
        return request.getCurrent().get(Protections.CSRF);
    }

    public String field() {
        return Protections.CSRF_FIELD;
    }

    /** The posted form, once its token is this session's ({@link #verify}). */
    public Form verified(jakarta.ws.rs.core.MultivaluedMap<String, String> fields) {
        Form form = new Form(fields);
        verify(form.csrfToken());
        return form;
    }

    /** A form whose token is not this browser's cookie was not posted from the console's own page: refused. */
    public void verify(String posted) {
        if (Boolean.TRUE.equals(request.getCurrent().get(Protections.CROSS_SITE))) {
            throw new ForbiddenException("a form from another site or origin");
        }
        String expected = token();
        if (posted == null || expected == null
                || !MessageDigest.isEqual(posted.getBytes(StandardCharsets.UTF_8), expected.getBytes(StandardCharsets.UTF_8))) {
            throw new ForbiddenException("the form's CSRF token is not this session's");
        }
    }
}
