-- A customs message is kept with the change that made it and sent after commit (ADR 7): the signed XML waits
-- here until the single window took it, so a crash can neither lose a message nor send one for a change that
-- rolled back. Resending after a crash sends the same guid, which customs treats as the same message.
ALTER TABLE customs_message ADD COLUMN xml MEDIUMBLOB NULL;
ALTER TABLE customs_message ADD COLUMN delivered_at DATETIME(6) NULL;
