package io.kuajing.purchase.domain;

import java.time.Instant;

import io.kuajing.kernel.ChineseIdNumber;
import io.kuajing.kernel.Money;
import io.kuajing.kernel.PersonalData;
import org.jmolecules.ddd.annotation.ValueObject;

/**
 * A payment as the payment company reports it: what customs receives as CEB411 (payer name and ID number, amount,
 * time, transaction id). Masked in toString.
 */
@ValueObject
public record Payment(String transactionId, String payerName, ChineseIdNumber payerId, Money amount, Instant paidAt) {

    @Override
    public String toString() {
        return "Payment[" + transactionId + ", " + PersonalData.maskName(payerName) + ", " + payerId + ", " + amount
                + ", " + paidAt + "]";
    }
}
