package org.youthjustice.console;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.POST;
import java.lang.reflect.Method;
import java.lang.reflect.Parameter;
import java.util.Arrays;
import java.util.List;
import org.jboss.resteasy.reactive.RestForm;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.youthjustice.console.allocations.AllocationResource;
import org.youthjustice.console.cases.CaseResource;
import org.youthjustice.console.cases.ComplianceResource;
import org.youthjustice.console.cases.ContactResource;
import org.youthjustice.console.cases.PlanResource;
import org.youthjustice.console.courtoutcomes.CourtOutcomeResource;
import org.youthjustice.console.web.Protections;

/** The console's forms: each takes the CSRF token it must verify. */
class FormsTest {
    /** Every page resource of the console: a new one with a form is added here. */
    private static final List<Class<?>> PAGES = List.of(CaseResource.class, CourtOutcomeResource.class, AllocationResource.class,
            ContactResource.class, ComplianceResource.class, PlanResource.class);

    @Test
    @DisplayName("every POST handler takes the form's CSRF token (as a form field or in its form bean)")
    void everyPostTakesTheCsrfToken() {
        for (Class<?> page : PAGES) {
            for (Method method : page.getDeclaredMethods()) {
                if (method.isAnnotationPresent(POST.class)) {
                    assertThat(Arrays.stream(method.getParameters()).anyMatch(FormsTest::carriesToken))
                            .as(page.getSimpleName() + "." + method.getName() + " takes the CSRF token").isTrue();
                }
            }
        }
    }

    private static boolean carriesToken(Parameter parameter) {
        RestForm form = parameter.getAnnotation(RestForm.class);
        if (form != null) {
            return Protections.CSRF_FIELD.equals(form.value());
        }
        return parameter.isAnnotationPresent(BeanParam.class) && Arrays.stream(parameter.getType().getFields())
                .map(field -> field.getAnnotation(RestForm.class))
                .anyMatch(annotation -> annotation != null && Protections.CSRF_FIELD.equals(annotation.value()));
    }
}
