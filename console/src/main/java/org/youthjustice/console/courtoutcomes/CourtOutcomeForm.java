package org.youthjustice.console.courtoutcomes;

import static org.youthjustice.console.web.FormValues.blank;
import static org.youthjustice.console.web.FormValues.date;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jboss.resteasy.reactive.RestForm;

/**
 * The court outcome form as posted: every field as typed, so that a page with errors shows back exactly what the
 * court officer entered. {@link #submission} turns it into order-service's court outcome (ORD-1).
 */
public class CourtOutcomeForm {
    @RestForm("csrf-token") public String csrfToken;
    @RestForm public String courtName = "";
    @RestForm public String courtLocation = "";
    @RestForm public String crownCourt = "";
    @RestForm public String outOfArea = "";
    @RestForm public String yjsCourtOfficerPresent = "";
    @RestForm public String courtReference = "";
    @RestForm("hearingDate-day") public String hearingDay = "";
    @RestForm("hearingDate-month") public String hearingMonth = "";
    @RestForm("hearingDate-year") public String hearingYear = "";
    @RestForm public String outcome = "";
    @RestForm public String givenName = "";
    @RestForm public String familyName = "";
    @RestForm("dateOfBirth-day") public String birthDay = "";
    @RestForm("dateOfBirth-month") public String birthMonth = "";
    @RestForm("dateOfBirth-year") public String birthYear = "";
    @RestForm public String genderIdentity = "";
    @RestForm public String lookedAfter = "";
    @RestForm public String locality = "";
    @RestForm public String offenceDescription = "";
    @RestForm public String offenceImprisonable = "";
    @RestForm public String orderType = "";
    @RestForm("orderStartDate-day") public String orderStartDay = "";
    @RestForm("orderStartDate-month") public String orderStartMonth = "";
    @RestForm("orderStartDate-year") public String orderStartYear = "";
    @RestForm("orderEndDate-day") public String orderEndDay = "";
    @RestForm("orderEndDate-month") public String orderEndMonth = "";
    @RestForm("orderEndDate-year") public String orderEndYear = "";
    @RestForm public List<String> requirements = new ArrayList<>();
    @RestForm public String custodyThresholdPassed = "";
    @RestForm public String persistentOffender = "";
    @RestForm("nextHearingDate-day") public String nextHearingDay = "";
    @RestForm("nextHearingDate-month") public String nextHearingMonth = "";
    @RestForm("nextHearingDate-year") public String nextHearingYear = "";

    /** The dates the form could not read, by the form field each belongs to: shown without asking order-service. */
    Map<String, String> unreadableDates() {
        Map<String, String> errors = new LinkedHashMap<>();
        checkDate(hearingDay, hearingMonth, hearingYear, "hearingDate", "Date of hearing", true, errors);
        checkDate(birthDay, birthMonth, birthYear, "dateOfBirth", "Date of birth", true, errors);
        if (sentenced()) {
            checkDate(orderStartDay, orderStartMonth, orderStartYear, "orderStartDate", "Order start date", true, errors);
            checkDate(orderEndDay, orderEndMonth, orderEndYear, "orderEndDate", "Order end date", false, errors);
        }
        checkDate(nextHearingDay, nextHearingMonth, nextHearingYear, "nextHearingDate", "Date of the next hearing", false, errors);
        return errors;
    }

    /** The dates order-service requires (@NotNull): sent empty, the outcome is certain to be refused. */
    List<String> requiredDates() {
        return sentenced() ? List.of("hearingDate", "dateOfBirth", "orderStartDate") : List.of("hearingDate", "dateOfBirth");
    }

    boolean sentenced() {
        return "sentenced".equals(outcome);
    }

    /**
     * order-service's court outcome. Only called once every date is readable; anything else the service checks, and
     * its violations come back to their fields with their rule ids.
     */
    Map<String, Object> submission() {
        Map<String, Object> court = new LinkedHashMap<>();
        court.put("name", blankToNull(courtName));
        court.put("location", blankToNull(courtLocation));
        court.put("crownCourt", "yes".equals(crownCourt));
        court.put("outOfArea", "yes".equals(outOfArea));
        court.put("yjsCourtOfficerPresent", "yes".equals(yjsCourtOfficerPresent));
        Map<String, Object> child = new LinkedHashMap<>();
        child.put("givenName", blankToNull(givenName));
        child.put("familyName", blankToNull(familyName));
        child.put("dateOfBirth", date(birthDay, birthMonth, birthYear));
        child.put("genderIdentity", blankToNull(genderIdentity));
        child.put("lookedAfter", yesNo(lookedAfter));
        child.put("locality", blankToNull(locality));
        Map<String, Object> offence = new LinkedHashMap<>();
        offence.put("description", blankToNull(offenceDescription));
        offence.put("imprisonable", yesNo(offenceImprisonable));
        Map<String, Object> outcomeSubmitted = new LinkedHashMap<>();
        outcomeSubmitted.put("court", court);
        outcomeSubmitted.put("courtReference", blankToNull(courtReference));
        outcomeSubmitted.put("hearingDate", date(hearingDay, hearingMonth, hearingYear));
        outcomeSubmitted.put("outcome", blankToNull(outcome));
        outcomeSubmitted.put("child", child);
        outcomeSubmitted.put("offences", List.of(offence));
        if (sentenced()) {
            Map<String, Object> order = new LinkedHashMap<>();
            order.put("type", blankToNull(orderType));
            order.put("startDate", date(orderStartDay, orderStartMonth, orderStartYear));
            order.put("endDate", date(orderEndDay, orderEndMonth, orderEndYear));
            order.put("requirements", requirements.stream().map(type -> Map.of("type", type)).toList());
            order.put("custodyThresholdPassed", "yes".equals(custodyThresholdPassed));
            order.put("persistentOffender", "yes".equals(persistentOffender));
            outcomeSubmitted.put("order", order);
        }
        LocalDate next = date(nextHearingDay, nextHearingMonth, nextHearingYear);
        if (next != null) {
            outcomeSubmitted.put("nextHearingDate", next);
        }
        return outcomeSubmitted;
    }

    public boolean requirement(String type) {
        return requirements.contains(type);
    }

    private static void checkDate(String day, String month, String year, String field, String label, boolean required,
            Map<String, String> errors) {
        if (blank(day) && blank(month) && blank(year)) {
            if (required) {
                errors.put(field, "Enter the " + label.substring(0, 1).toLowerCase() + label.substring(1));
            }
            return;
        }
        if (date(day, month, year) == null) {
            errors.put(field, label + " must be a real date");
        }
    }

    private static Boolean yesNo(String value) {
        return "yes".equals(value) ? Boolean.TRUE : "no".equals(value) ? Boolean.FALSE : null;
    }

    private static String blankToNull(String value) {
        return blank(value) ? null : value.trim();
    }


}
