-- A checkout's Idempotency-Key moves from its own table onto the checkout's first order (by order number): placing
-- the orders claims the key, one INSERT fewer per checkout (docs/performance.md, "Checkout"). The unique key refuses
-- a twin with the same key, which waits for the first to commit and then reads its orders. Other orders of the
-- checkout keep NULL, which a unique key admits any number of times.
ALTER TABLE purchase_order ADD COLUMN idempotency_key VARCHAR(100) NULL;
ALTER TABLE purchase_order ADD COLUMN request_fingerprint CHAR(64) NULL;

-- The first order of every checkout so far, kept aside: MySQL does not let an UPDATE read the table it updates.
CREATE TABLE purchase_checkout_first AS
    SELECT checkout_id, MIN(order_no) AS order_no FROM purchase_order GROUP BY checkout_id;
UPDATE purchase_order
SET idempotency_key = (SELECT c.idempotency_key FROM purchase_checkout c
                       WHERE c.checkout_id = purchase_order.checkout_id AND c.owner = purchase_order.owner),
    request_fingerprint = (SELECT c.request_fingerprint FROM purchase_checkout c
                           WHERE c.checkout_id = purchase_order.checkout_id AND c.owner = purchase_order.owner)
WHERE order_no IN (SELECT order_no FROM purchase_checkout_first);
DROP TABLE purchase_checkout_first;

CREATE UNIQUE INDEX ux_purchase_order_idempotency_key ON purchase_order (owner, idempotency_key);
DROP TABLE purchase_checkout;
