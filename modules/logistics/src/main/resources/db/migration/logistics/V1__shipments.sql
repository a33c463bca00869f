-- Shipments: one row per leg of an order's trip (one carrier, one waybill).
-- next_work_at: when the worker should next book (status BOOKING) or poll tracking; NULL when nothing is due.
-- While an instance works on a row it leases it by pushing next_work_at into the future (claimed with SKIP LOCKED).
-- manifest_json holds the places, consignee ID and goods the carrier needs: personal data, never logged.
CREATE TABLE logistics_shipment (
    id               CHAR(36)     NOT NULL,
    order_id         VARCHAR(64)  NOT NULL,
    owner_id         VARCHAR(128) NOT NULL,
    leg_number       INT          NOT NULL,
    last_leg         BOOLEAN      NOT NULL,
    leg              VARCHAR(16)  NOT NULL,
    mode             VARCHAR(20)  NOT NULL,
    budget_days      INT          NOT NULL,
    manifest_json    MEDIUMTEXT   NOT NULL,
    status           VARCHAR(20)  NOT NULL,
    carrier_id       VARCHAR(64)  NULL,
    service_code     VARCHAR(64)  NULL,
    waybill_number   VARCHAR(64)  NULL,
    booking_attempts INT          NOT NULL DEFAULT 0,
    next_work_at     DATETIME(6)  NULL,
    created_at       DATETIME(6)  NOT NULL,
    updated_at       DATETIME(6)  NOT NULL,
    PRIMARY KEY (id),
    UNIQUE KEY uk_logistics_shipment_order_leg (order_id, leg_number),
    UNIQUE KEY uk_logistics_shipment_waybill (carrier_id, waybill_number),
    KEY ix_logistics_shipment_due (next_work_at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4;

-- Tracking events; the unique key makes replays (poll after push, repeated polls) no-ops.
CREATE TABLE logistics_tracking_event (
    id           BIGINT        NOT NULL AUTO_INCREMENT,
    shipment_id  CHAR(36)      NOT NULL,
    occurred_at  DATETIME(3)   NOT NULL,
    checkpoint   VARCHAR(32)   NOT NULL,
    reason       VARCHAR(40)   NULL,
    raw_status   VARCHAR(40)   NOT NULL,
    location     VARCHAR(200)  NULL,
    description  VARCHAR(500)  NULL,
    PRIMARY KEY (id),
    UNIQUE KEY uk_logistics_tracking_event (shipment_id, occurred_at, raw_status),
    CONSTRAINT fk_logistics_tracking_event_shipment FOREIGN KEY (shipment_id) REFERENCES logistics_shipment (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4;

-- Labels as the carrier returned them, printed at the warehouse.
CREATE TABLE logistics_label (
    shipment_id CHAR(36)    NOT NULL,
    format      VARCHAR(8)  NOT NULL,
    content     MEDIUMBLOB  NOT NULL,
    PRIMARY KEY (shipment_id),
    CONSTRAINT fk_logistics_label_shipment FOREIGN KEY (shipment_id) REFERENCES logistics_shipment (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4;
