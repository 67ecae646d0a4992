-- case search by team (the name and date of birth index is child_case_by_child)
create index court_order_by_team on court_order (authority, team, case_id);
