create table note (
    id        uuid primary key,
    authority text not null check (authority <> '-'),
    case_id   uuid not null,
    text      text not null
);
create table case_opened_seen (
    case_id   uuid primary key,
    authority text not null check (authority <> '-'),
    applied   integer not null
);
