-- Every answer of the figures says how far the read model has got (the newest event applied, max(updated_at)): an
-- index makes that one index entry read rather than a scan of every time limit.
create index time_limit_by_update on time_limit (updated_at);
