package org.youthjustice.console.web;

import jakarta.ws.rs.ForbiddenException;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/**
 * The GOV.UK error pages: "Page not found", "You do not have access", "Sorry, there is a problem with the service".
 * Nothing about the request (which may name a child) is written in them or in the log, only the failure's kind.
 */
public class ErrorPages {
    private static final Logger LOG = Logger.getLogger(ErrorPages.class);

    @ServerExceptionMapper
    public Response notFound(NotFoundException e) {
        return page(404, "Page not found", "If you typed the web address, check it is correct. If you followed a link to a "
                + "child's case, the case may not be one your authority holds, or not one you may read.");
    }

    @ServerExceptionMapper
    public Response forbidden(ForbiddenException e) {
        return page(403, "You do not have access to this page", "Your role does not let you do this. If you think it should, "
                + "ask your team manager.");
    }

    @ServerExceptionMapper
    public Response other(WebApplicationException e) {
        int status = e.getResponse().getStatus();
        if (status == 405) {
            // a form's address opened again (after signing in afresh, the browser comes back to it with a GET)
            return page(405, "This page cannot be opened again", "What you sent was not recorded. Start again from the "
                    + "case or from My work.");
        }
        if (status < 500) {
            return page(status, "Sorry, there is a problem", "The page could not be shown. Check the address, or start "
                    + "again from My work.");
        }
        LOG.errorf("page failed: %s", e.getClass().getSimpleName());
        return page(status, "Sorry, there is a problem with the service", "Try again later.");
    }

    @ServerExceptionMapper
    public Response unexpected(RuntimeException e) {
        // the kind of failure and where, never its message: a parse failure's message repeats the value, which may be a
        // child's details
        StackTraceElement where = e.getStackTrace().length == 0 ? null : e.getStackTrace()[0];
        LOG.errorf("page failed: %s at %s", e.getClass().getName(), where);
        return page(500, "Sorry, there is a problem with the service", "Try again later.");
    }

    private static Response page(int status, String title, String message) {
        return Response.status(status).type(MediaType.TEXT_HTML_TYPE.withCharset("UTF-8"))
                .entity(Pages.error(title, message).render()).build();
    }
}
