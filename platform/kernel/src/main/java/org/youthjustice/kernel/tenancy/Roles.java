package org.youthjustice.kernel.tenancy;

/** The realm roles of shared/domain/ROLES.md, as every service names them. */
public final class Roles {
    public static final String CASE_WORKER = "case-worker";
    public static final String SENIOR_CASE_MANAGER = "senior-case-manager";
    public static final String ADVANCED_PRACTITIONER = "advanced-practitioner";
    public static final String TEAM_MANAGER = "team-manager";
    public static final String SERVICE_MANAGER = "service-manager";
    public static final String COURT_OFFICER = "court-officer";
    public static final String BUSINESS_SUPPORT = "business-support";
    public static final String RJ_WORKER = "rj-worker";
    public static final String PARTNER_COURT = "partner-court";
    public static final String PARTNER_POLICE = "partner-police";

    private Roles() {
    }
}
