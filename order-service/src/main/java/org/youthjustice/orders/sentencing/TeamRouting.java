package org.youthjustice.orders.sentencing;

import java.util.Map;
import org.youthjustice.events.orders.OrderType;

/**
 * ORD-15: the team an order goes to, by order type, as the authority's policy says; the defaults
 * are the Early Intervention Unit for out-of-court disposals and referral orders, the Community Orders
 * Unit for YROs, reparation and bail support, and the Prolific Offenders Unit for DTOs, remand and
 * any order with intensive supervision and surveillance.
 */
public final class TeamRouting {
    public static final String EARLY_INTERVENTION_UNIT = "early-intervention-unit";
    public static final String COMMUNITY_ORDERS_UNIT = "community-orders-unit";
    public static final String PROLIFIC_OFFENDERS_UNIT = "prolific-offenders-unit";

    private final Map<String, Map<String, String>> byAuthority;

    /** {@code byAuthority}: authority → order type's wire name (e.g. {@code referral-order}) → team. */
    public TeamRouting(Map<String, Map<String, String>> byAuthority) {
        this.byAuthority = Map.copyOf(byAuthority);
    }

    public String teamFor(String authority, OrderType type, String typeWireName, boolean intensiveSupervisionAndSurveillance) {
        String configured = byAuthority.getOrDefault(authority, Map.of()).get(typeWireName);
        if (configured != null) {
            return configured;
        }
        if (intensiveSupervisionAndSurveillance) {
            return PROLIFIC_OFFENDERS_UNIT;
        }
        return switch (type) {
            case YOUTH_CAUTION, YOUTH_CONDITIONAL_CAUTION, REFERRAL_ORDER, FINAL_WARNING -> EARLY_INTERVENTION_UNIT;
            case DETENTION_AND_TRAINING_ORDER, REMAND, ISSP -> PROLIFIC_OFFENDERS_UNIT;
            default -> COMMUNITY_ORDERS_UNIT;
        };
    }
}
