-- Defence in depth for the portal, PostgreSQL only (these migrations run after the portable ones when the database
-- is PostgreSQL; the embedded H2 for trying the portal out does without).
--
-- The portal read model's entities are discriminated on tenant and client by EclipseLink. Here the database makes
-- the same cut on its own: each portal view now returns only the rows of the scope that the portal's transaction
-- bound with set_config('portal.tenant_id' / 'portal.client_id', ..., true) (PortalScope does this). A query that
-- forgot its scope (a native query, a mapping mistake, a future entity without the discriminator) still reads one
-- client's rows; a connection that bound no scope reads none. The settings are transaction-local, so a pooled
-- connection never carries one transaction's scope into the next.

create or replace view portal_invoice as
select i.id, i.tenant_id, i.client_id, i.number, i.status, i.issue_date, i.due_date, i.currency,
       i.subtotal, i.tax, i.total, i.amount_paid, i.paid_at
  from invoice i
  join tenant t on t.id = i.tenant_id
 where i.status in ('OPEN', 'PAID')
   and i.tenant_id = cast(nullif(current_setting('portal.tenant_id', true), '') as bigint)
   and i.client_id = cast(nullif(current_setting('portal.client_id', true), '') as bigint);

create or replace view portal_invoice_line as
select l.id, l.tenant_id, i.client_id, l.invoice_id, l.line_no, l.project_id, l.description, l.hours, l.amount
  from invoice_line l
  join invoice i on i.tenant_id = l.tenant_id and i.id = l.invoice_id
 where i.status in ('OPEN', 'PAID')
   and i.tenant_id = cast(nullif(current_setting('portal.tenant_id', true), '') as bigint)
   and i.client_id = cast(nullif(current_setting('portal.client_id', true), '') as bigint);

create or replace view portal_project as
select p.id, p.tenant_id, p.client_id, p.name
  from project p
  join client c on c.tenant_id = p.tenant_id and c.id = p.client_id
 where p.tenant_id = cast(nullif(current_setting('portal.tenant_id', true), '') as bigint)
   and p.client_id = cast(nullif(current_setting('portal.client_id', true), '') as bigint);

create or replace view portal_approved_time as
select t.id, t.tenant_id, p.client_id, t.project_id, t.work_date, t.hours, t.note,
       case when i.status in ('OPEN', 'PAID') then i.id end as invoice_id,
       case when i.status in ('OPEN', 'PAID') then i.number end as invoice_number
  from time_entry t
  join project p on p.tenant_id = t.tenant_id and p.id = t.project_id
  left join invoice i on i.tenant_id = t.tenant_id and i.id = t.invoice_id
 where t.status = 'APPROVED'
   and t.billable = true
   and p.client_id is not null
   and t.tenant_id = cast(nullif(current_setting('portal.tenant_id', true), '') as bigint)
   and p.client_id = cast(nullif(current_setting('portal.client_id', true), '') as bigint);
