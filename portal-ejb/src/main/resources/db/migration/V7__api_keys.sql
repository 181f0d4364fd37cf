-- Keys of the integration API. Each belongs to one tenant and is looked up only within it, by its public prefix.
-- Only a SHA-256 of the secret is stored (the secret is 256 random bits, so a slow hash adds nothing): a copy of the
-- database does not let anyone call the API. A revoked key stays listed, so the audit log's actor names stay explained.
create table api_key (
    id             bigint primary key,
    tenant_id      bigint        not null references tenant (id),
    label          varchar(100)  not null,
    prefix         varchar(8)    not null,
    secret_hash    varchar(64)   not null,
    created_at     timestamp with time zone not null,
    created_by     varchar(254)  not null,
    revoked_at     timestamp with time zone,
    last_used_at   timestamp with time zone,
    constraint api_key_tenant_uk unique (tenant_id, id),
    constraint api_key_prefix_uk unique (tenant_id, prefix)
);
