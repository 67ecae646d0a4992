-- Issue 19, national scale (150 authorities, a million cases): the lists that span transfers page in SQL (LIMIT/OFFSET
-- with a count), so each one's filter and order, the id last as the tie-breaker that keeps pages stable, is served by
-- an index. (held_case's case_id is its primary key, V5: already indexed; every other foreign key a query filters on
-- leads an index of its table already: transfer_version, transfer_review, transfer_meeting, transfer_document,
-- caretaking_report, transfer_package_version and transfer_package_answer.)

-- GET /transfers: outgoing (home_authority) and incoming (receiving_authority), order by requested_at desc, id desc
create index transfer_outgoing_by_request on transfer (home_authority, requested_at, id);
create index transfer_incoming_by_request on transfer (receiving_authority, requested_at, id);

-- GET /transfers/packages: where authority and direction, order by created_at desc, id (V4's index, without the id)
drop index transfer_package_by_authority;
create index transfer_package_by_authority on transfer_package (authority, direction, created_at, id);

-- GET /transfers/caretaking: where home_authority or host_authority, order by drafted_at desc, transfer_id desc
-- (V3's single-column indexes replaced: each side's rows come in order, merged)
drop index caretaking_agreement_home;
drop index caretaking_agreement_host;
create index caretaking_agreement_home on caretaking_agreement (home_authority, drafted_at, transfer_id);
create index caretaking_agreement_host on caretaking_agreement (host_authority, drafted_at, transfer_id);

