-- A pool never holds (and, for offers, has shipped since the source's last count) more than the source's count:
-- checked by the database as a checkout's one upsert of its pools adds the units, which it refuses whole, changing
-- nothing, when a pool would pass its count (docs/performance.md, "Checkout"). Every hold so far was made by a
-- guarded UPDATE with this very condition, and settling moves units from held to sold, so existing rows satisfy it.
ALTER TABLE purchase_stock_pool ADD CONSTRAINT purchase_stock_pool_within_count
    CHECK (source_count IS NULL OR held + sold <= source_count);
