package org.youthjustice.compliance.letters;

import io.quarkus.qute.Engine;
import io.quarkus.qute.Expression;
import io.quarkus.qute.ReflectionValueResolver;
import io.quarkus.qute.Template;
import io.quarkus.qute.TemplateException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.youthjustice.kernel.audit.AuditTrail;
import org.youthjustice.kernel.problem.ProblemException;
import org.youthjustice.kernel.tenancy.Caller;
import org.youthjustice.problem.Violation;

/**
 * Each authority's letter templates (CMP-11): kept in the database and changed through the API, so a
 * change needs no release; every change is a new version and every letter names the version it used.
 * Until an authority changes one, the service's own plain-language template stands. A template is
 * tried on sample values before it is saved, so a saved template always produces a letter.
 */
@ApplicationScoped
public class LetterTemplates {
    public static final String DEFAULT_VERSION = "default";

    /** Strict: a template naming a value that does not exist fails when tried, not when a letter is due. */
    private final Engine engine = Engine.builder().addDefaults().addValueResolver(new ReflectionValueResolver())
            .removeStandaloneLines(true).strictRendering(true).build();

    @Inject
    Clock clock;

    @Inject
    EntityManager entityManager;

    @Inject
    Caller caller;

    @Inject
    AuditTrail audit;

    /** The template a letter of this kind is written from now, with its version. */
    public record Current(LetterKind kind, String version, String body, String changedBy, Instant changedAt) {
        String render(Engine engine, LetterModel model) {
            return engine.parse(body).data(model).render();
        }
    }

    public Current current(LetterKind kind) {
        return entityManager.createQuery("from LetterTemplate where kind = :kind order by version desc", LetterTemplate.class)
                .setParameter("kind", kind).setMaxResults(1).getResultStream().findFirst()
                .map(t -> new Current(kind, String.valueOf(t.version), t.body, t.changedBy, t.changedAt))
                .orElseGet(() -> new Current(kind, DEFAULT_VERSION, defaultBody(kind), null, null));
    }

    /** The letter's body from the current template. */
    public String render(Current template, LetterModel model) {
        return template.render(engine, model);
    }

    /** CMP-11: a new version of the authority's template, once it parses, names what its rule requires and renders. */
    @Transactional
    public Current change(LetterKind kind, String body) {
        List<Violation> problems = check(kind, body);
        if (!problems.isEmpty()) {
            throw ProblemException.ruleViolations(problems);
        }
        Current current = current(kind);
        LetterTemplate changed = new LetterTemplate();
        changed.id = UUID.randomUUID();
        changed.kind = kind;
        changed.version = DEFAULT_VERSION.equals(current.version()) ? 1 : Integer.parseInt(current.version()) + 1;
        changed.body = body;
        changed.changedBy = caller.username();
        changed.changedAt = clock.instant();
        entityManager.persist(changed);
        // two managers saving at once would make the same version: the unique key turns the second into a 409
        entityManager.flush();
        audit.record("letter-template.changed", "letter-template", changed.id, kind.wireName() + " version " + changed.version);
        return new Current(kind, String.valueOf(changed.version), body, changed.changedBy, changed.changedAt);
    }

    /** Parses the template and tries it on sample values; {@link LetterTemplateRules} decides what that found means. */
    List<Violation> check(LetterKind kind, String body) {
        Template template;
        try {
            template = engine.parse(body);
        } catch (TemplateException e) {
            return LetterTemplateRules.unreadable(e.getMessage());
        }
        List<String> expressions = template.getExpressions().stream().map(Expression::toOriginalString).toList();
        String renderError = null;
        try {
            template.data(LetterModel.sample()).render();
        } catch (TemplateException e) {
            renderError = String.valueOf(e.getMessage());
        }
        return LetterTemplateRules.check(kind, expressions, renderError);
    }

    static String defaultBody(LetterKind kind) {
        try (InputStream in = LetterTemplates.class.getResourceAsStream("/letter-templates/" + kind.wireName() + ".txt")) {
            if (in == null) {
                throw new IllegalStateException("no default template for " + kind.wireName());
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
