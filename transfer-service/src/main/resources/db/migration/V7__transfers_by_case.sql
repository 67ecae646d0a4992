-- GET /transfers?caseId=: the case page's transfers, of either side, newest first
create index transfer_by_case on transfer (case_id, requested_at, id);
