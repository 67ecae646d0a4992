-- GET /contact-shortfalls at national scale (P5: an authority's 14,000 cases, 4,700 orders in force, 3.3 million
-- appointments nationally). It probed each order's appointments (4,700 index scans) and each order's case by its key
-- (4,700 more, a heap page each): 28 ms of the authority's 30 ms. Now it counts the authority's appointments of the
-- month in one range of this index, read from the index alone, and joins the authority's (or team's) cases from the
-- one below, also without the table: 12 ms (team: 8.5 → 7.5 ms).
create index appointment_month_of_authority on appointment (authority, starts_at) include (order_id, status, scheduled_at);

-- V6's index on (authority, team), now carrying what the shortfalls read of each case
drop index supervised_case_by_team;
create index supervised_case_by_team on supervised_case (authority, team) include (id, reference, scaled_approach);
