-- The first schema. Portable between PostgreSQL and H2 on purpose: one migration set for both.
--
-- Isolation rules written into the schema:
--  * every tenant-owned table has tenant_id NOT NULL, so an insert without a tenant scope fails loudly;
--  * references between tenant-owned rows use composite foreign keys (tenant_id, x_id), so a row can never point at
--    another tenant's row, whatever the application does;
--  * money and hours carry explicit precision and scale.
--
-- Ids come from one sequence for all tables, allocated 50 at a time: portable, batch-friendly, and an id of one kind
-- of row never equals an id of another kind, so an id used in the wrong place finds nothing.

create sequence portal_id_seq start with 50 increment by 50;

create table tenant (
    id                       bigint primary key,
    kind                     varchar(16)   not null,
    subdomain                varchar(63)   not null,
    name                     varchar(200)  not null,
    public_url               varchar(255)  not null,
    legal_name               varchar(200),
    billing_address          varchar(1000),
    billing_email            varchar(254),
    tax_id                   varchar(64),
    logo                     bytea,
    logo_content_type        varchar(100),
    brand_color              varchar(7),
    time_zone                varchar(64)   not null,
    currency                 char(3)       not null,
    stripe_customer_id       varchar(255),
    stripe_subscription_id   varchar(255),
    stripe_account_id        varchar(255),
    created_at               timestamp with time zone not null,
    constraint tenant_subdomain_uk unique (subdomain),
    constraint tenant_kind_ck check (kind in ('AGENCY', 'PLATFORM')),
    constraint tenant_subdomain_ck check (subdomain = lower(subdomain)),
    constraint tenant_brand_color_ck check (brand_color is null or length(brand_color) = 7)
);

create table client (
    id                 bigint primary key,
    tenant_id          bigint        not null references tenant (id),
    name               varchar(200)  not null,
    billing_email      varchar(254),
    billing_address    varchar(1000),
    tax_id             varchar(64),
    portal_enabled     boolean       not null,
    created_at         timestamp with time zone not null,
    constraint client_tenant_uk unique (tenant_id, id)
);
create index client_tenant_name_ix on client (tenant_id, name);

create table project (
    id              bigint primary key,
    tenant_id       bigint        not null references tenant (id),
    client_id       bigint,
    name            varchar(200)  not null,
    billable        boolean       not null,
    hourly_rate     numeric(12, 2),
    active          boolean       not null,
    created_at      timestamp with time zone not null,
    constraint project_tenant_uk unique (tenant_id, id),
    constraint project_client_fk foreign key (tenant_id, client_id) references client (tenant_id, id),
    constraint project_rate_ck check (hourly_rate is null or hourly_rate >= 0),
    constraint project_internal_not_billable_ck check (client_id is not null or billable = false)
);
create index project_tenant_client_ix on project (tenant_id, client_id);

create table person (
    id              bigint primary key,
    tenant_id       bigint        not null references tenant (id),
    name            varchar(200)  not null,
    email           varchar(254)  not null,
    cost_rate       numeric(12, 2) not null,
    billable_rate   numeric(12, 2) not null,
    active          boolean       not null,
    created_at      timestamp with time zone not null,
    constraint person_tenant_uk unique (tenant_id, id),
    constraint person_tenant_email_uk unique (tenant_id, email),
    constraint person_rates_ck check (cost_rate >= 0 and billable_rate >= 0)
);

create table invoice (
    id                    bigint primary key,
    tenant_id             bigint        not null references tenant (id),
    client_id             bigint        not null,
    number                varchar(32),
    status                varchar(8)    not null,
    period_start          date,
    period_end            date,
    issue_date            date,
    due_date              date,
    currency              char(3)       not null,
    tax_rate              numeric(5, 2) not null,
    subtotal              numeric(14, 2) not null,
    tax                   numeric(14, 2) not null,
    total                 numeric(14, 2) not null,
    amount_paid           numeric(14, 2) not null,
    paid_at               timestamp with time zone,
    public_access_token   varchar(64)   not null,
    created_at            timestamp with time zone not null,
    version               bigint        not null,
    constraint invoice_tenant_uk unique (tenant_id, id),
    constraint invoice_tenant_number_uk unique (tenant_id, number),
    constraint invoice_token_uk unique (public_access_token),
    constraint invoice_client_fk foreign key (tenant_id, client_id) references client (tenant_id, id),
    constraint invoice_status_ck check (status in ('DRAFT', 'OPEN', 'PAID', 'VOID')),
    constraint invoice_issued_ck check (status = 'DRAFT' or (number is not null and issue_date is not null
                                                             and due_date is not null)),
    constraint invoice_paid_ck check (status <> 'PAID' or paid_at is not null),
    constraint invoice_dates_ck check (due_date is null or issue_date is null or due_date >= issue_date),
    constraint invoice_amounts_ck check (subtotal >= 0 and tax >= 0 and total = subtotal + tax and amount_paid >= 0),
    constraint invoice_tax_rate_ck check (tax_rate >= 0 and tax_rate < 100)
);
-- The portal's invoice list filters by client, status and issue date within a tenant.
create index invoice_portal_ix on invoice (tenant_id, client_id, status, issue_date);

create table invoice_line (
    id              bigint primary key,
    tenant_id       bigint        not null references tenant (id),
    invoice_id      bigint        not null,
    line_no         integer       not null,
    project_id      bigint,
    description     varchar(1000) not null,
    hours           numeric(10, 2),
    unit_rate       numeric(12, 2),
    amount          numeric(14, 2) not null,
    constraint invoice_line_invoice_fk foreign key (tenant_id, invoice_id) references invoice (tenant_id, id),
    constraint invoice_line_project_fk foreign key (tenant_id, project_id) references project (tenant_id, id),
    constraint invoice_line_no_uk unique (invoice_id, line_no)
);
create index invoice_line_invoice_ix on invoice_line (tenant_id, invoice_id);

create table time_entry (
    id                  bigint primary key,
    tenant_id           bigint        not null references tenant (id),
    person_id           bigint        not null,
    project_id          bigint        not null,
    work_date           date          not null,
    hours               numeric(5, 2) not null,
    note                varchar(1000),
    status              varchar(10)   not null,
    reviewed_by         varchar(254),
    reviewed_at         timestamp with time zone,
    billable            boolean       not null,
    billable_rate       numeric(12, 2),
    cost_rate           numeric(12, 2),
    invoice_id          bigint,
    created_at          timestamp with time zone not null,
    version             bigint        not null,
    constraint time_entry_person_fk foreign key (tenant_id, person_id) references person (tenant_id, id),
    constraint time_entry_project_fk foreign key (tenant_id, project_id) references project (tenant_id, id),
    constraint time_entry_invoice_fk foreign key (tenant_id, invoice_id) references invoice (tenant_id, id),
    constraint time_entry_status_ck check (status in ('SUBMITTED', 'APPROVED', 'REJECTED')),
    constraint time_entry_hours_ck check (hours > 0 and hours <= 24),
    constraint time_entry_review_ck check ((status = 'SUBMITTED') = (reviewed_at is null and reviewed_by is null)),
    constraint time_entry_invoiced_ck check (invoice_id is null or status = 'APPROVED')
);
-- The portal's hours page filters approved entries by project and date.
create index time_entry_portal_ix on time_entry (tenant_id, project_id, status, work_date);
create index time_entry_invoice_ix on time_entry (tenant_id, invoice_id);

create table user_account (
    id                  bigint primary key,
    tenant_id           bigint        not null references tenant (id),
    email               varchar(254)  not null,
    display_name        varchar(200)  not null,
    password_hash       varchar(512),
    role                varchar(16)   not null,
    portal_client_id    bigint,
    active              boolean       not null,
    created_at          timestamp with time zone not null,
    last_sign_in_at     timestamp with time zone,
    version             bigint        not null,
    constraint user_account_tenant_uk unique (tenant_id, id),
    constraint user_account_email_uk unique (tenant_id, email),
    constraint user_account_client_fk foreign key (tenant_id, portal_client_id) references client (tenant_id, id),
    constraint user_account_role_ck check (role in ('SUPER_ADMIN', 'ADMIN', 'STAFF', 'CLIENT')),
    constraint user_account_email_ck check (email = lower(email)),
    -- A contact always belongs to exactly one client; nobody else carries a portal client.
    constraint user_account_portal_client_ck check ((role = 'CLIENT') = (portal_client_id is not null))
);
