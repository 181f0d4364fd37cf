-- The agency's back office and its integration API.
--
--  * Time is entered as a draft and submitted for review; only submitted time is reviewed.
--  * Clients, projects, people, time entries and invoices can carry the id the agency's own system knows them by, so
--    that system can create or update them idempotently. Unique per tenant; rows entered here have none.
--  * Invoice numbers come from one counter row per tenant, locked while an invoice is issued: consecutive and without
--    gaps even when two people issue at once, because the number and the issue commit or roll back together.

alter table time_entry drop constraint time_entry_status_ck;
alter table time_entry add constraint time_entry_status_ck
    check (status in ('DRAFT', 'SUBMITTED', 'APPROVED', 'REJECTED'));
alter table time_entry drop constraint time_entry_review_ck;
alter table time_entry add constraint time_entry_review_ck
    check ((status in ('DRAFT', 'SUBMITTED')) = (reviewed_at is null and reviewed_by is null));

alter table client add column external_id varchar(100);
alter table client add constraint client_external_uk unique (tenant_id, external_id);
alter table project add column external_id varchar(100);
alter table project add constraint project_external_uk unique (tenant_id, external_id);
alter table person add column external_id varchar(100);
alter table person add constraint person_external_uk unique (tenant_id, external_id);
alter table time_entry add column external_id varchar(100);
alter table time_entry add constraint time_entry_external_uk unique (tenant_id, external_id);
alter table invoice add column external_id varchar(100);
alter table invoice add constraint invoice_external_uk unique (tenant_id, external_id);

create table invoice_number_counter (
    tenant_id      bigint   primary key references tenant (id),
    last_number    integer  not null,
    constraint invoice_number_counter_ck check (last_number >= 0)
);

-- The back office lists a client's time to review by date.
create index time_entry_review_ix on time_entry (tenant_id, status, work_date);
