-- National scale (150 authorities, a million cases, ten million milestones): the case search by part of a name,
-- the due lists and every other list page in SQL, and each has an index that serves its filter and its order.
-- pg_trgm: a GIN index answers "part of a name" (like '%fragment%'), which no b-tree can. A trusted extension
-- (PostgreSQL 13+): the database owner creates it, no superuser needed.
create extension if not exists pg_trgm;

-- CaseFiles.search, name given: lower(given_name) like :name or lower(family_name) like :name, a BitmapOr of the
-- two, which PostgreSQL can BitmapAnd with the authority's b-tree when a fragment is common across the country.
-- fastupdate off: cases are opened a few thousand a day and searched all day; a pending list would be read by
-- every search until a vacuum merged it (and makes the planner cost the index out until then).
create index child_case_given_name_trgm on child_case using gin (lower(given_name) gin_trgm_ops)
    with (fastupdate = off);
create index child_case_family_name_trgm on child_case using gin (lower(family_name) gin_trgm_ops)
    with (fastupdate = off);
-- the same search over the closed records of cases transferred out (TRF-1)
create index transferred_out_case_given_name_trgm on transferred_out_case using gin (lower(given_name) gin_trgm_ops)
    with (fastupdate = off);
create index transferred_out_case_family_name_trgm on transferred_out_case using gin (lower(family_name) gin_trgm_ops)
    with (fastupdate = off);

-- CaseFiles.search's order (family name, given name, date of birth, then the case id so that pages never overlap):
-- with no name, or a common one, the first page is read in index order. Replaces child_case_by_child, whose
-- lookups (a child by name and date of birth within the authority) this serves as well.
create index child_case_search_order
    on child_case (authority, lower(family_name), lower(given_name), date_of_birth, id);
drop index child_case_by_child;
create index transferred_out_case_search_order
    on transferred_out_case (authority, lower(family_name), lower(given_name), date_of_birth, case_id);
drop index transferred_out_case_by_child;
-- CaseFiles.search for a case worker: the cases they hold as a co-worker (co_workers @> array[:me]); as case
-- manager and by team the search uses child_case_by_case_manager and child_case_by_team (V6), and the team an
-- order went to court_order_by_team (V5). A case or court reference is looked up by the unique
-- (authority, reference) of child_case (V2) and court_outcome_by_reference (V2): nothing to add for them.
create index child_case_by_co_worker on child_case using gin (co_workers);
create index transferred_out_case_by_co_worker on transferred_out_case using gin (co_workers);

-- DueMilestones.list, one index per scope, in the list's order (due date, due time, id) so that a page is the
-- first rows of the index and the count reads the index only (rule, the one other filter, is included):
--   scope=authority: where authority = ? and closed_at is null [and due_at ...] order by due_date, due_at, id
--   scope=team:      ... and team = ? ...
--   scope=mine and worker=: ... and responsible_worker = ? ...
-- They replace V6's milestone_open_by_due / _by_team / _by_worker, which ordered by due date only.
create index milestone_due_list on milestone (authority, due_date, due_at, id) include (rule)
    where closed_at is null;
create index milestone_due_list_by_team on milestone (authority, team, due_date, due_at, id) include (rule)
    where closed_at is null;
create index milestone_due_list_by_worker on milestone (authority, responsible_worker, due_date, due_at, id)
    include (rule) where closed_at is null;
drop index milestone_open_by_due;
drop index milestone_open_by_team;
drop index milestone_open_by_worker;
-- CasePlan's milestones of an order (where order_id = ? and closed_at is null; where order_id = ? and step in ...):
-- order_id had no index, so each order change read every milestone of the authority
create index milestone_by_order on milestone (order_id, step);

-- CourtScreenings.awaiting (the Future Court list) pages by next hearing date, family name and outcome id; its
-- filter is court_outcome_awaiting_hearing (V9). The per-case lists read by case: court screens and exit
-- interviews had no index on case_id (the others have one leading with case_id since they arrived).
create index court_screening_by_case on court_screening (case_id, screened_at);
create index exit_interview_by_case on exit_interview (case_id, interview_on);
