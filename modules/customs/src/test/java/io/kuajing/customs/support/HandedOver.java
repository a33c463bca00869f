package io.kuajing.customs.support;

import java.util.ArrayList;
import java.util.List;

import io.kuajing.customs.domain.declaration.Receipt;
import io.kuajing.customs.domain.declaration.SingleWindow;

/** A receipt message handed over by a test; it records what the receipt processing settled it with. */
public final class HandedOver implements SingleWindow.Delivered {

    private final List<Receipt> receipts;
    private final List<String> failures = new ArrayList<>();

    public HandedOver(Receipt... receipts) {
        this.receipts = List.of(receipts);
    }

    /** Why the processing handed it back as failed, each time it did: empty when it was applied. */
    public List<String> failures() {
        return failures;
    }

    @Override
    public String source() {
        return "test";
    }

    @Override
    public List<Receipt> receipts() {
        return receipts;
    }

    @Override
    public String unreadable() {
        return null;
    }

    @Override
    public void applied() {
    }

    @Override
    public void failed(String reason) {
        failures.add(reason);
    }
}
