-- Indexes for the agency's lists, each a page at a time (docs/performance.md). Portable between PostgreSQL and H2.

-- The time list reads a tenant's entries of a date range, with or without a status; the other time_entry indexes
-- begin with a project or a status, so without this one its count, totals and page each read the whole table.
create index time_entry_tenant_date_ix on time_entry (tenant_id, work_date);

-- The invoice list is newest first, drafts (which have no issue date or number yet) on top: read backwards, this
-- index hands a page over in that order instead of all the tenant's invoices being sorted for every view.
create index invoice_list_ix on invoice (tenant_id, issue_date, number, id);
-- The same list narrowed to one status: its page and its count.
create index invoice_list_status_ix on invoice (tenant_id, status, issue_date, number, id);

-- The tax rate of the latest invoice, offered for the next draft: one row from the end of this index.
create index invoice_created_ix on invoice (tenant_id, created_at, id);
