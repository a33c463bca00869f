package io.kuajing.customs.application;

import java.time.Duration;

import io.micronaut.context.annotation.ConfigurationProperties;

/**
 * Configuration under {@code kuajing.customs}. Reference data (rates, limits, lists, ports) lives in files in
 * {@code reference-data} (default {@code config/customs}, read by the reference adapter), never here.
 */
@ConfigurationProperties("kuajing.customs")
public class CustomsSettings {

    private String buyerKeySecret;
    private int receiptBatch = 100;
    private Duration receiptPollInterval = Duration.ofSeconds(5);

    /** Secret key of the HMAC that turns buyer ID numbers into ledger keys. Required; keep it out of the repository. */
    public String getBuyerKeySecret() {
        return buyerKeySecret;
    }

    public void setBuyerKeySecret(String buyerKeySecret) {
        this.buyerKeySecret = buyerKeySecret;
    }

    public int getReceiptBatch() {
        return receiptBatch;
    }

    public void setReceiptBatch(int receiptBatch) {
        this.receiptBatch = receiptBatch;
    }

    public Duration getReceiptPollInterval() {
        return receiptPollInterval;
    }

    public void setReceiptPollInterval(Duration receiptPollInterval) {
        this.receiptPollInterval = receiptPollInterval;
    }
}
