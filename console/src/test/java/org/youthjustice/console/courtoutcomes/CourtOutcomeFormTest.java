package org.youthjustice.console.courtoutcomes;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class CourtOutcomeFormTest {
    @Test
    @DisplayName("ORD-1: order-service's fields land on the form's inputs, a requirement's on the requirements, an unknown one in the summary only")
    void violationsFindTheirField() {
        assertThat(CourtOutcomeResource.formField("child.dateOfBirth")).isEqualTo("dateOfBirth");
        assertThat(CourtOutcomeResource.formField("order.requirements")).isEqualTo("requirements");
        assertThat(CourtOutcomeResource.formField("order.requirements[2].type")).isEqualTo("requirements");
        assertThat(CourtOutcomeResource.formField("offences[0].description")).isEqualTo("offenceDescription");
        assertThat(CourtOutcomeResource.formField("court.yjsCourtOfficerPresent")).isEqualTo("courtName");
        assertThat(CourtOutcomeResource.formField("orderChange.orderId")).isNull();
        assertThat(CourtOutcomeResource.formField(null)).isNull();
    }

    @Test
    @DisplayName("a date that is not a real one is the form's own error, and is never sent")
    void unreadableDates() {
        CourtOutcomeForm form = new CourtOutcomeForm();
        form.outcome = "sentenced";
        form.hearingDay = "31";
        form.hearingMonth = "2";
        form.hearingYear = "2026";
        form.birthDay = "5";
        form.birthMonth = "5";
        form.birthYear = "2011";
        assertThat(form.unreadableDates()).containsOnlyKeys("hearingDate", "orderStartDate")
                .containsEntry("hearingDate", "Date of hearing must be a real date")
                .containsEntry("orderStartDate", "Enter the order start date");
    }

    @Test
    @DisplayName("a sentence is sent with its order and requirements; another outcome without an order")
    @SuppressWarnings("unchecked")
    void submission() {
        CourtOutcomeForm form = new CourtOutcomeForm();
        form.outcome = "sentenced";
        form.courtName = " Reading Youth Court ";
        form.crownCourt = "no";
        form.lookedAfter = "yes";
        form.orderType = "youth-rehabilitation-order";
        form.orderStartDay = "1";
        form.orderStartMonth = "12";
        form.orderStartYear = "2026";
        form.requirements = List.of("supervision", "curfew");
        Map<String, Object> sent = form.submission();
        assertThat(sent).containsEntry("outcome", "sentenced");
        assertThat((Map<String, Object>) sent.get("court")).containsEntry("name", "Reading Youth Court").containsEntry("crownCourt", false);
        assertThat((Map<String, Object>) sent.get("child")).containsEntry("lookedAfter", true);
        Map<String, Object> order = (Map<String, Object>) sent.get("order");
        assertThat(order).containsEntry("startDate", LocalDate.of(2026, 12, 1)).containsEntry("endDate", null);
        assertThat(order.get("requirements")).isEqualTo(List.of(Map.of("type", "supervision"), Map.of("type", "curfew")));

        form.outcome = "adjourned-for-psr";
        assertThat(form.submission()).doesNotContainKey("order");
    }
}
