-- The annual limit a reservation was admitted under, kept on the buyer-year row, and checked by the database as the
-- reservation adds to it: the upsert that locks the account and adds the order is refused, changing nothing, when it
-- would pass the limit, so a checkout needs no read of the sum under the lock (docs/performance.md, "Checkout").
-- Rows from before keep NULL until their next reservation sets the limit in force that day.
ALTER TABLE customs_quota_account ADD COLUMN annual_limit DECIMAL(14,2) NULL;
ALTER TABLE customs_quota_account ADD CONSTRAINT customs_quota_within_annual_limit
    CHECK (annual_limit IS NULL OR used <= annual_limit);
