-- Contacts are invited by email and set their own password through a link; every sign-in and change is audited.

alter table user_account add column invitation_sent_at timestamp with time zone;
alter table user_account add column invitation_accepted_at timestamp with time zone;

-- Single-use links (invitation, password reset). Only a hash of the token is stored: a copy of the database does not
-- let anyone use a pending link.
create table account_link (
    id                bigint primary key,
    tenant_id         bigint        not null references tenant (id),
    user_account_id   bigint        not null,
    purpose           varchar(16)   not null,
    token_hash        varchar(64)   not null,
    created_at        timestamp with time zone not null,
    expires_at        timestamp with time zone not null,
    used_at           timestamp with time zone,
    revoked_at        timestamp with time zone,
    constraint account_link_account_fk foreign key (tenant_id, user_account_id) references user_account (tenant_id, id),
    constraint account_link_token_uk unique (token_hash),
    constraint account_link_purpose_ck check (purpose in ('INVITATION', 'PASSWORD_RESET'))
);
create index account_link_account_ix on account_link (tenant_id, user_account_id);

create table audit_event (
    id                bigint primary key,
    tenant_id         bigint        not null references tenant (id),
    occurred_at       timestamp with time zone not null,
    actor             varchar(254)  not null,
    action            varchar(40)   not null,
    subject           varchar(254),
    client_address    varchar(64)
);
create index audit_event_tenant_time_ix on audit_event (tenant_id, occurred_at);
