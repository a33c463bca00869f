-- Orders whose goods customs released (told by the purchase module when the release receipt is in). A direct-mail
-- parcel waits at the port until then: the last mile after the port is booked only once its goods are released
-- and the line haul handed them over. One row per order; a repeated notice changes nothing.
CREATE TABLE logistics_customs_release (
    order_id    VARCHAR(64) NOT NULL,
    released_at DATETIME(6) NOT NULL,
    PRIMARY KEY (order_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4;
