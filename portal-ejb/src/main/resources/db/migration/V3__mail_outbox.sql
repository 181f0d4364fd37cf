-- The mail outbox: every email the portal sends is first a row here, written in the same transaction as the change it
-- reports (an invitation, a reset link...), so a rolled-back change sends nothing and a committed one is never lost.
-- A timer delivers due PENDING rows and records the outcome; admins read each message's delivery state from this table.
-- Portable between PostgreSQL and H2, like V1.

create table outbox_message (
    id                 bigint        primary key,
    tenant_id          bigint        not null references tenant (id),
    recipient          varchar(254)  not null,
    subject            varchar(500)  not null,
    body               varchar(20000) not null,
    state              varchar(8)    not null,
    attempts           integer       not null,
    next_attempt_at    timestamp with time zone,
    last_error         varchar(1000),
    created_at         timestamp with time zone not null,
    sent_at            timestamp with time zone,
    version            bigint        not null,
    constraint outbox_message_state_ck check (state in ('PENDING', 'SENT', 'FAILED')),
    constraint outbox_message_attempts_ck check (attempts >= 0),
    -- Only a pending message waits for an attempt, and exactly the sent ones carry the time they were sent.
    constraint outbox_message_pending_ck check ((state = 'PENDING') = (next_attempt_at is not null)),
    constraint outbox_message_sent_ck check ((state = 'SENT') = (sent_at is not null))
);
-- The timer asks each tenant for its due messages: tenant_id comes first because every query carries the tenant
-- discriminator.
create index outbox_message_due_ix on outbox_message (tenant_id, state, next_attempt_at);
-- The admins' list: a tenant's latest messages first.
create index outbox_message_created_ix on outbox_message (tenant_id, created_at);
