package org.youthjustice.console.tasks;

import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.inject.Inject;
import jakarta.ws.rs.ForbiddenException;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.youthjustice.console.api.Api;
import org.youthjustice.console.api.Json;
import org.youthjustice.console.web.Page;
import org.youthjustice.console.web.Pages;

/**
 * The task lists other services keep: transfers between authorities (transfer-service: what each transfer asks of the
 * authority now, TRF-*) and, for restorative justice workers, victim contact (victim-service: VIC-*). Neither shows a
 * victim's details: a victim is a reference here, their details stay in victim-service (VIC-4, VIC-5).
 */
@Path("/")
@Produces(MediaType.TEXT_HTML)
public class TaskListResource {
    @Inject
    Api api;

    @Inject
    Page page;

    public record TransferTask(UUID caseId, String task, String rule, String kind, String otherAuthority, LocalDate dueDate,
            String status) {
        public boolean overdue() {
            return "overdue".equals(status);
        }
    }

    public record VictimTask(UUID caseId, UUID victimRef, String purpose, String rule, LocalDate dueDate, String status,
            String explanation) {
        public boolean overdue() {
            return "overdue".equals(status);
        }
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance transferTasks(List<TransferTask> tasks, long total);

        static native TemplateInstance victimTasks(List<VictimTask> tasks, long total);
    }

    @GET
    @Path("/transfer-tasks")
    public TemplateInstance transferTasks() {
        if (!page.any(Page.TRANSFER_READERS)) {
            throw new ForbiddenException();
        }
        Api.Answer answer = Pages.ok(api.get("/api/transfers/transfers/tasks?limit=200"));
        List<TransferTask> tasks = new ArrayList<>();
        for (JsonNode t : answer.body()) {
            tasks.add(new TransferTask(Json.id(t, "caseId"), Json.text(t, "task"), Json.text(t, "rule"), Json.text(t, "kind"),
                    Json.text(t, "otherAuthority"), Json.date(t, "dueDate"), Json.text(t, "status")));
        }
        return Templates.transferTasks(tasks, answer.totalCount().map(Long::parseLong).orElse((long) tasks.size()));
    }

    @GET
    @Path("/victim-tasks")
    public TemplateInstance victimTasks() {
        if (!page.any(Page.VICTIM_WORKERS)) {
            throw new ForbiddenException();
        }
        Api.Answer answer = Pages.ok(api.get("/api/victims/tasks?limit=200"));
        List<VictimTask> tasks = new ArrayList<>();
        for (JsonNode t : answer.body()) {
            tasks.add(new VictimTask(Json.id(t, "caseId"), Json.id(t, "victimRef"), Json.text(t, "purpose"), Json.text(t, "rule"),
                    Json.date(t, "dueDate"), Json.text(t, "status"), Json.text(t.path("explanation"), "summary")));
        }
        return Templates.victimTasks(tasks, answer.totalCount().map(Long::parseLong).orElse((long) tasks.size()));
    }
}
