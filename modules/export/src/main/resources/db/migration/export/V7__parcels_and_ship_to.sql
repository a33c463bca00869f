-- The buyer's address a marketplace gave with a 9610 order (personal data, read only to book the parcel), and the
-- parcel booked with a carrier: its waybill (tracking) number and the label the carrier issued, served to the hub.
CREATE TABLE export_order_ship_to (
    order_no    VARCHAR(32)  NOT NULL,
    name        VARCHAR(100) NOT NULL,
    phone       VARCHAR(40)  NULL,
    street      VARCHAR(300) NOT NULL,
    city        VARCHAR(100) NULL,
    region      VARCHAR(100) NULL,
    postal_code VARCHAR(20)  NULL,
    country     CHAR(2)      NOT NULL,
    PRIMARY KEY (order_no)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4;

CREATE TABLE export_parcel (
    order_no     VARCHAR(32) NOT NULL,
    carrier      VARCHAR(40) NOT NULL,
    service      VARCHAR(40) NOT NULL,
    waybill_no   VARCHAR(64) NOT NULL,
    label_format VARCHAR(8)  NOT NULL,
    label        LONGBLOB    NOT NULL,
    booked_at    DATETIME(6) NOT NULL,
    booked_by    VARCHAR(64) NOT NULL,
    PRIMARY KEY (order_no)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4;
CREATE UNIQUE INDEX ux_export_parcel_waybill ON export_parcel (waybill_no);
