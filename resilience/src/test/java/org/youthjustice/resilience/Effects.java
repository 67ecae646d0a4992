package org.youthjustice.resilience;

import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Collection;
import java.util.UUID;
import org.youthjustice.e2e.RunningPlatform;

/**
 * What the services stored for a set of cases, read from their own databases: the proof that an accepted court
 * outcome became a case, an allocation request and a supervised order, each once.
 */
record Effects(long cases, long casesWithAllocationRequest, long allocationRequests, long casesWithSupervisedOrder,
        long supervisedOrders) {

    static Effects of(RunningPlatform platform, Collection<UUID> caseIds) {
        try {
            long cases = count(platform, "order_service", "select count(*) from child_case where id = any(?)", caseIds);
            long requested = count(platform, "allocation_service",
                    "select count(distinct case_id) from allocation_request where case_id = any(?)", caseIds);
            long requests = count(platform, "allocation_service",
                    "select count(*) from allocation_request where case_id = any(?)", caseIds);
            long supervised = count(platform, "compliance_service",
                    "select count(distinct case_id) from supervised_order where case_id = any(?)", caseIds);
            long orders = count(platform, "compliance_service",
                    "select count(*) from supervised_order where case_id = any(?)", caseIds);
            return new Effects(cases, requested, requests, supervised, orders);
        } catch (SQLException e) {
            throw new IllegalStateException("the services' databases could not be read: " + e, e);
        }
    }

    /** Every case has its case, one allocation request and one supervised order: nothing lost, nothing twice. */
    boolean completeAndOnce(int accepted) {
        return cases == accepted && casesWithAllocationRequest == accepted && allocationRequests == accepted
                && casesWithSupervisedOrder == accepted && supervisedOrders == accepted;
    }

    private static long count(RunningPlatform platform, String database, String query, Collection<UUID> caseIds) throws SQLException {
        try (Connection connection = platform.database(database); PreparedStatement statement = connection.prepareStatement(query)) {
            Array ids = connection.createArrayOf("uuid", caseIds.toArray());
            statement.setArray(1, ids);
            try (ResultSet result = statement.executeQuery()) {
                result.next();
                return result.getLong(1);
            }
        }
    }
}
