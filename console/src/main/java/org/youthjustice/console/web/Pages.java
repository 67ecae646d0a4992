package org.youthjustice.console.web;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.ws.rs.ForbiddenException;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.ServiceUnavailableException;
import org.youthjustice.console.api.Api;

/** What every page does with a service's answer, and the pages that are no page's own. */
public final class Pages {
    private Pages() {
    }

    @CheckedTemplate(basePath = "")
    static class Templates {
        static native TemplateInstance start();

        static native TemplateInstance error(String title, String message);
    }

    /**
     * The answer, if the service gave what was asked; otherwise the page the user should see instead: another
     * authority's record or one the user may not read is "not found" (X-1, as in the API), and so is an address the
     * service refuses (400: an order not of this case); a refusal is "no access".
     */
    public static Api.Answer ok(Api.Answer answer) {
        if (answer.ok()) {
            return answer;
        }
        switch (answer.status()) {
            // a page's address carries what it asks for (a case, an order, a step): one the service cannot read is not a page
            case 400, 404 -> throw new NotFoundException();
            case 401, 403 -> throw new ForbiddenException();
            default -> throw new ServiceUnavailableException("the service answered " + answer.status());
        }
    }

    /**
     * A form's answer that refused its input (400, 409, 422) comes back for the form to show; any other failure is the
     * page's own, as {@link #ok} answers it.
     */
    public static Api.Answer refusalOrFail(Api.Answer answer) {
        return answer.ok() || answer.status() == 400 || answer.status() == 409 || answer.status() == 422 ? answer : ok(answer);
    }

    /** For the users with no due list (court officers, RJ workers, analysts): what the console offers them. */
    public static TemplateInstance startPage() {
        return Templates.start();
    }

    static TemplateInstance error(String title, String message) {
        return Templates.error(title, message);
    }
}
