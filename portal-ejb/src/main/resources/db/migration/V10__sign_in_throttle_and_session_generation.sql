-- The sign-in throttle's counts live in the database, so that its check and its count are one locked step on every
-- node that shares the database. One row per account (tenant and email) and one per client address; the row whose
-- key is '*' only serialises the creation of the others, so two first attempts never insert the same key.
create table sign_in_throttle (
    throttle_key     varchar(400) primary key,
    failures         integer      not null,
    last_failure_at  timestamp with time zone,
    constraint sign_in_throttle_failures_ck check (failures >= 0)
);
insert into sign_in_throttle (throttle_key, failures) values ('*', 0);

-- A session carries the generation its account had at sign-in; a password change or reset and a deactivation
-- raise the account's generation, which ends every older session for good.
alter table user_account add column session_generation bigint default 0 not null;
