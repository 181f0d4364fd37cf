-- The portal read model: what a client's contact may ever read, as views.
-- The rules live here, in one place, rather than in every query:
--  * only OPEN and PAID invoices (never drafts or void ones) and their lines;
--  * only projects of a client (never internal ones);
--  * only approved, billable time on those projects;
--  * no rate or cost column at all: not the project rate, not the line's unit rate, not the time entry snapshots.
-- Every view carries tenant_id and client_id, the two discriminators the portal entities are scoped by, and reads from
-- more than one table: PostgreSQL only writes through single-table views, so none of these can be written through.

create view portal_invoice as
select i.id, i.tenant_id, i.client_id, i.number, i.status, i.issue_date, i.due_date, i.currency,
       i.subtotal, i.tax, i.total, i.amount_paid, i.paid_at
  from invoice i
  join tenant t on t.id = i.tenant_id
 where i.status in ('OPEN', 'PAID');

create view portal_invoice_line as
select l.id, l.tenant_id, i.client_id, l.invoice_id, l.line_no, l.project_id, l.description, l.hours, l.amount
  from invoice_line l
  join invoice i on i.tenant_id = l.tenant_id and i.id = l.invoice_id
 where i.status in ('OPEN', 'PAID');

create view portal_project as
select p.id, p.tenant_id, p.client_id, p.name
  from project p
  join client c on c.tenant_id = p.tenant_id and c.id = p.client_id;

create view portal_approved_time as
select t.id, t.tenant_id, p.client_id, t.project_id, t.work_date, t.hours, t.note,
       case when i.status in ('OPEN', 'PAID') then i.id end as invoice_id,
       case when i.status in ('OPEN', 'PAID') then i.number end as invoice_number
  from time_entry t
  join project p on p.tenant_id = t.tenant_id and p.id = t.project_id
  left join invoice i on i.tenant_id = t.tenant_id and i.id = t.invoice_id
 where t.status = 'APPROVED'
   and t.billable = true
   and p.client_id is not null;
