package org.youthjustice.kernel.sample;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.youthjustice.events.orders.CaseOpened;
import org.youthjustice.kernel.audit.AuditRecord;
import org.youthjustice.kernel.audit.AuditTrail;
import org.youthjustice.kernel.outbox.Outbox;
import org.youthjustice.kernel.problem.ProblemException;
import org.youthjustice.problem.Violation;

@Path("/notes")
@RolesAllowed({ "case-worker", "team-manager" })
public class NoteResource {
    @Inject
    EntityManager entityManager;

    @Inject
    Outbox outbox;

    @Inject
    AuditTrail audit;

    @Inject
    NoteConsumer consumer;

    @POST
    @Transactional
    public Response create(@Valid @NotNull NoteRequest request) {
        List<Violation> violations = new ArrayList<>();
        if (request.days() != null && request.days() > 90) {
            violations.add(Violation.ofRule("SAMPLE-1", "days", "at most 90 days"));
        }
        if (request.hours() != null && (request.hours() < 40 || request.hours() > 240)) {
            violations.add(Violation.ofRule("SAMPLE-2", "hours", "between 40 and 240 hours"));
        }
        if (!violations.isEmpty()) {
            throw ProblemException.ruleViolations(violations);
        }
        Note note = new Note();
        note.id = UUID.randomUUID();
        note.caseId = request.caseId();
        note.text = request.text();
        entityManager.persist(note);
        outbox.record(new CaseOpened(request.caseId(), "REF-" + note.id.toString().substring(0, 8), "female", false, "east"),
                request.caseId());
        audit.record("note.created", "note", note.id, "sample rationale");
        return Response.created(URI.create("/notes/" + note.id)).entity(view(note)).build();
    }

    @GET
    @Path("/{id}")
    public Map<String, Object> get(@PathParam("id") UUID id) {
        return view(find(id));
    }

    @GET
    public List<Map<String, Object>> list() {
        return entityManager.createQuery("from Note", Note.class).getResultList().stream().map(NoteResource::view).toList();
    }

    @POST
    @Path("/{id}/text")
    @Transactional
    public Map<String, Object> rewrite(@PathParam("id") UUID id, String text) {
        Note note = find(id);
        note.text = text;
        audit.record("note.rewritten", "note", id);
        return view(note);
    }

    @GET
    @Path("/{id}/audit")
    public List<AuditRecord> trail(@PathParam("id") UUID id) {
        find(id);
        return audit.of("note", id);
    }

    @GET
    @Path("/seen/{caseId}")
    @Transactional
    public Map<String, Object> seen(@PathParam("caseId") UUID caseId) {
        CaseOpenedSeen seen = entityManager.find(CaseOpenedSeen.class, caseId);
        return Map.of("applied", seen == null ? 0 : seen.applied, "deliveries", consumer.deliveriesOf(caseId),
                "attempts", consumer.attemptsOf(caseId));
    }

    private Note find(UUID id) {
        Note note = entityManager.find(Note.class, id);
        if (note == null) {
            throw ProblemException.notFound("note " + id);
        }
        return note;
    }

    private static Map<String, Object> view(Note note) {
        return Map.of("id", note.id, "caseId", note.caseId, "text", note.text, "authority", note.authority());
    }
}
