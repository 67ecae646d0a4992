package org.youthjustice.compliance.letters;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.youthjustice.problem.Violation;

/**
 * What a new version of an authority's letter template must be before it is saved (CMP-11): readable, naming
 * what its letter's rule requires (the next appointment for a first warning, CMP-5; the compliance meeting for
 * a second, CMP-6; the appointments for an appointment letter, X-6), and rendering on sample values, so that a
 * saved template always produces a letter. Pure: {@link LetterTemplates} parses and tries the template with
 * its engine and hands over what that found; this decides what it means.
 */
public final class LetterTemplateRules {
    private LetterTemplateRules() {
    }

    /** CMP-11: a template that cannot be read (parsing failed with {@code error}) is refused for that alone. */
    public static List<Violation> unreadable(String error) {
        return List.of(Violation.ofRule("CMP-11", "body", "the template cannot be read: " + error));
    }

    /**
     * A template that was read: every violation, with its rule ID, in the order the manager fixes them.
     *
     * @param expressions the template's expressions as written ({@code nextAppointment.when}, …)
     * @param renderError why rendering it on sample values failed; null when it rendered
     */
    public static List<Violation> check(LetterKind kind, Collection<String> expressions, String renderError) {
        List<Violation> problems = new ArrayList<>();
        if (kind.mustName() != null && expressions.stream().noneMatch(e -> e.startsWith(kind.mustName()))) {
            problems.add(Violation.ofRule(kind.rule(), "body", "a " + kind.wireName() + " letter must name {"
                    + kind.mustName() + "...}: " + switch (kind) {
                        case FIRST_WARNING -> "the next appointment (CMP-5)";
                        case SECOND_WARNING -> "the compliance meeting with a manager (CMP-6)";
                        default -> "the appointments it is about";
                    }));
        }
        if (renderError != null) {
            problems.add(Violation.ofRule("CMP-11", "body", "the template does not render: " + renderError));
        }
        return List.copyOf(problems);
    }
}
