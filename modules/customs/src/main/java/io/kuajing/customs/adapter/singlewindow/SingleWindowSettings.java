package io.kuajing.customs.adapter.singlewindow;

import java.nio.file.Path;
import java.time.Duration;

import io.micronaut.context.annotation.ConfigurationProperties;

/**
 * {@code kuajing.customs.single-window}: {@code mode} is {@code sandbox} (default: a simulated customs, for
 * development and demos) or {@code files} (exchange folders shared with the single-window client).
 */
@ConfigurationProperties("kuajing.customs.single-window")
public class SingleWindowSettings {

    private String mode = "sandbox";
    private Path outbox = Path.of("data/customs/outbox");
    private Path inbox = Path.of("data/customs/inbox");
    private int maxReceiptBytes = ReceiptXml.DEFAULT_MAX_BYTES;
    private Duration sandboxDelay = Duration.ofSeconds(2);
    private Duration sandboxClaim = Duration.ofMinutes(1);

    public String getMode() {
        return mode;
    }

    public void setMode(String mode) {
        this.mode = mode;
    }

    public Path getOutbox() {
        return outbox;
    }

    public void setOutbox(Path outbox) {
        this.outbox = outbox;
    }

    public Path getInbox() {
        return inbox;
    }

    public void setInbox(Path inbox) {
        this.inbox = inbox;
    }

    public int getMaxReceiptBytes() {
        return maxReceiptBytes;
    }

    public void setMaxReceiptBytes(int maxReceiptBytes) {
        this.maxReceiptBytes = maxReceiptBytes;
    }

    /** How long the sandbox waits between the steps of its answer (accepted, released, tax bill, cleared). */
    public Duration getSandboxDelay() {
        return sandboxDelay;
    }

    public void setSandboxDelay(Duration sandboxDelay) {
        this.sandboxDelay = sandboxDelay;
    }

    /**
     * How long the instance that took the sandbox's due receipts has to apply them; one that died meanwhile leaves
     * them to another instance after this (the sandbox's state is shared in the database, ADR 0015).
     */
    public Duration getSandboxClaim() {
        return sandboxClaim;
    }

    public void setSandboxClaim(Duration sandboxClaim) {
        this.sandboxClaim = sandboxClaim;
    }
}
