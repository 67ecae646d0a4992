-- Issue 19, P5 (national scale): an allocation proposal asks who ever held the child's case (Caseloads.everHeldBy:
-- where case_id = ?, past holdings included, for ALC-9 "knows the child"). V11's held_case_by_case is partial (held
-- now: held_until is null), so that question read the whole table: 13 ms at 100,000 cases, a sequential scan of
-- every holding in the country at a million. Past and present holdings by case, the worker in the index so that
-- the answer is read from the index alone.
create index held_case_ever_by_case on held_case (case_id, worker_id);
