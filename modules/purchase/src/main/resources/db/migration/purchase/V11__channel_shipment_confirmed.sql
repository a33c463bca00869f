-- The shipment of a channel's trade confirmed back to the channel (cn-mall: taobao.logistics.offline.send), once:
-- the Kuajing carrier and the tracking number the storefront shows its buyer, and when the channel took them.
-- One column per statement: the embedded H2 (MySQL mode) does not take several ADD COLUMN clauses in one ALTER.
ALTER TABLE purchase_channel_order ADD COLUMN shipped_carrier VARCHAR(63) NULL;
ALTER TABLE purchase_channel_order ADD COLUMN shipped_tracking VARCHAR(64) NULL;
ALTER TABLE purchase_channel_order ADD COLUMN shipment_confirmed_at DATETIME(6) NULL;
