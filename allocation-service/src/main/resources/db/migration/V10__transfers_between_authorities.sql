-- TRF-1 (issue 15): a full transfer between authorities, as transfer-service completes it (transfer.completed).
-- The receiving authority gets the case with a request for a case manager, due by its policy's TRF-1-allocation,
-- that names the transfer and the authority it came from (one request per transfer: a redelivery adds none).
-- The home authority's open requests for the case are closed with the reason; its decisions stay its history.
alter table allocation_request add column transfer_id uuid;
alter table allocation_request add column transferred_from text;
alter table allocation_request add column reason text;
alter table allocation_request add column closed_reason text;
alter table allocation_request add column closed_at timestamptz;
create unique index allocation_request_per_transfer on allocation_request (transfer_id) where transfer_id is not null;
