package io.kuajing.purchase.domain;

/** Two commands raced on one order; the later one must read the order again and retry. */
public class ConcurrentOrderChange extends RuntimeException {

    public ConcurrentOrderChange(String orderNo) {
        super("order " + orderNo + " was changed by someone else meanwhile");
    }
}
