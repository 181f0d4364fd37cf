-- A notice is sent as text and HTML alternatives (multipart/alternative): the outbox keeps both parts, so a retry
-- sends what the change wrote. Messages written before have no HTML part and go out as plain text, as they did.
-- Portable between PostgreSQL and H2, like V3.

alter table outbox_message add column html varchar(60000);
