-- 9810 consignments (issue #17): a vendor's goods shipped in bulk to an overseas fulfilment warehouse, declared to
-- customs under the consignment number (the warehouse booking, 海外仓订仓单) and the carrier's bill of lading or air
-- waybill. The units of DECLARED consignments are the vendor's stock abroad. customs_note: why customs refused it.
CREATE TABLE export_consignment (
    consignment_no     VARCHAR(32)   NOT NULL,
    vendor_id          VARCHAR(20)   NOT NULL,
    warehouse_country  CHAR(2)       NOT NULL,
    warehouse_code     VARCHAR(20)   NOT NULL,
    transport          VARCHAR(8)    NOT NULL,
    carrier            VARCHAR(100)  NOT NULL,
    waybill_no         VARCHAR(32)   NOT NULL,
    packages           INT           NOT NULL,
    status             VARCHAR(16)   NOT NULL,
    customs_note       VARCHAR(1000) NULL,
    recorded_at        DATETIME(6)   NOT NULL,
    recorded_by        VARCHAR(100)  NOT NULL,
    PRIMARY KEY (consignment_no),
    KEY ix_export_consignment_vendor (vendor_id, recorded_at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4;

CREATE TABLE export_consignment_line (
    consignment_no  VARCHAR(32)  NOT NULL,
    line_no         INT          NOT NULL,
    sku             VARCHAR(64)  NOT NULL,
    quantity        INT          NOT NULL,
    -- The listing's declared value per unit when the consignment was recorded: what customs is told.
    unit_value_cny  DECIMAL(12,2) NOT NULL,
    PRIMARY KEY (consignment_no, line_no)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4;

-- Why customs refused a 9610 order's parcel (the order is REFUSED then), null otherwise.
ALTER TABLE export_order ADD COLUMN customs_note VARCHAR(1000) NULL;
