-- The shipment of a channel's trade confirmed back to the channel (cn-mall: taobao.logistics.offline.send), once:
-- the Kuajing carrier and the tracking number the storefront shows its buyer, and when the channel took them.
ALTER TABLE purchase_channel_order
    ADD COLUMN shipped_carrier        VARCHAR(63)  NULL,
    ADD COLUMN shipped_tracking       VARCHAR(64)  NULL,
    ADD COLUMN shipment_confirmed_at  DATETIME(6)  NULL;
