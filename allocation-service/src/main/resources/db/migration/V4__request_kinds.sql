-- Requests for a PSR writer, a Crown Court tracking case manager (MIL-14) and an intervention worker (MIL-15):
-- one open request of each kind per case; an intervention request answers its referral.
alter table allocation_request add column referral_id uuid;
create unique index allocation_request_per_referral on allocation_request (referral_id) where referral_id is not null;
create unique index allocation_request_open_court_work on allocation_request (case_id, kind)
    where status = 'OPEN' and order_id is null and referral_id is null;
