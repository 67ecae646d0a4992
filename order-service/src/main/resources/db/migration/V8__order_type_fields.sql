-- Each order type's own fields (ORD-2): a referral order's contract length, a detention and training
-- order's custody and licence periods, the parent a parenting order is made on.
alter table court_order add column contract_months integer;
alter table court_order add column custody_months integer;
alter table court_order add column licence_months integer;
alter table court_order add column parent_name text;
alter table court_order add column parent_relationship text;
