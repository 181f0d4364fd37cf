-- The portal's invoice list is sorted by issue date by default; with only (tenant, client, status, issue_date) the
-- database read and sorted all of a client's invoices before taking a page (docs/performance.md). This index hands
-- them over in order.
create index invoice_portal_issue_ix on invoice (tenant_id, client_id, issue_date, id);
