package org.youthjustice.console;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.POST;
import java.lang.reflect.Method;
import java.lang.reflect.Parameter;
import jakarta.ws.rs.core.MultivaluedMap;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.jboss.resteasy.reactive.RestForm;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.youthjustice.console.cases.CaseResource;
import org.youthjustice.console.transfers.TransferResource;
import org.youthjustice.console.victims.VictimContactResource;
import org.youthjustice.console.web.Form;
import org.youthjustice.console.web.Protections;

/** The console's forms: each takes the CSRF token it must verify. */
class FormsTest {
    @Test
    @DisplayName("every POST handler of every page takes the form's CSRF token (as a form field, in its form bean, or with the "
            + "whole form)")
    void everyPostTakesTheCsrfToken() throws Exception {
        List<Class<?>> pages = pages();
        assertThat(pages).contains(CaseResource.class, TransferResource.class, VictimContactResource.class);
        for (Class<?> page : pages) {
            for (Method method : page.getDeclaredMethods()) {
                if (method.isAnnotationPresent(POST.class)) {
                    assertThat(Arrays.stream(method.getParameters()).anyMatch(FormsTest::carriesToken))
                            .as(page.getSimpleName() + "." + method.getName() + " takes the CSRF token").isTrue();
                }
            }
        }
    }

    /** Every class of the console with a JAX-RS path: each page resource, found in the compiled classes. */
    private static List<Class<?>> pages() throws Exception {
        Path classes = Path.of(CaseResource.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        try (Stream<Path> files = Files.walk(classes)) {
            List<Class<?>> pages = new ArrayList<>();
            for (Path file : files.filter(f -> f.toString().endsWith(".class") && !f.toString().contains("$")).toList()) {
                String name = classes.relativize(file).toString().replace(File.separatorChar, '.').replaceAll("\\.class$", "");
                Class<?> type = Class.forName(name, false, FormsTest.class.getClassLoader());
                if (type.isAnnotationPresent(jakarta.ws.rs.Path.class)) {
                    pages.add(type);
                }
            }
            return pages;
        }
    }

    /** The token as a field, in a form bean's fields, or with the whole form (read by {@link Form#csrfToken()}). */
    private static boolean carriesToken(Parameter parameter) {
        if (MultivaluedMap.class.equals(parameter.getType())) {
            return true;
        }
        RestForm form = parameter.getAnnotation(RestForm.class);
        if (form != null) {
            return Protections.CSRF_FIELD.equals(form.value());
        }
        return parameter.isAnnotationPresent(BeanParam.class) && Arrays.stream(parameter.getType().getFields())
                .map(field -> field.getAnnotation(RestForm.class))
                .anyMatch(annotation -> annotation != null && Protections.CSRF_FIELD.equals(annotation.value()));
    }
}
