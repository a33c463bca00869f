-- Baskets: one row per consumer that has ever put something in one (the row lock serialises changes and
-- checkouts of a basket), and its lines in the order they were added. mode NULL: the cheapest at checkout.
CREATE TABLE purchase_basket (
    owner      VARCHAR(100) NOT NULL,
    updated_at DATETIME(6)  NOT NULL,
    PRIMARY KEY (owner)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4;

CREATE TABLE purchase_basket_line (
    owner     VARCHAR(100) NOT NULL,
    position  INT          NOT NULL,
    sku       VARCHAR(64)  NOT NULL,
    quantity  INT          NOT NULL,
    mode      VARCHAR(20)  NULL,
    PRIMARY KEY (owner, sku),
    CONSTRAINT fk_purchase_basket_line_basket FOREIGN KEY (owner) REFERENCES purchase_basket (owner)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4;
