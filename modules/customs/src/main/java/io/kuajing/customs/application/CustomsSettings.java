package io.kuajing.customs.application;

import java.nio.file.Path;
import java.time.Duration;
import java.time.ZoneId;

import io.micronaut.context.annotation.ConfigurationProperties;

/**
 * Configuration under {@code kuajing.customs}. Reference data (rates, limits, lists, ports) lives in files in
 * {@code reference-data} (default {@code config/customs}), never here.
 */
@ConfigurationProperties("kuajing.customs")
public class CustomsSettings {

    /** Customs dates (calendar year of the quota, release dates, appTime) are China Standard Time. */
    public static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

    private Path referenceData = Path.of("config/customs");
    private String buyerKeySecret;
    private int receiptBatch = 100;
    private Duration receiptPollInterval = Duration.ofSeconds(5);

    public Path getReferenceData() {
        return referenceData;
    }

    public void setReferenceData(Path referenceData) {
        this.referenceData = referenceData;
    }

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
