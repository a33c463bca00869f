package io.kuajing.customs.adapter.ceb;

import java.math.BigDecimal;

import jakarta.xml.bind.annotation.XmlElement;
import jakarta.xml.bind.annotation.XmlRootElement;

/** CEB411: the payment record, declared by the payment company. */
@XmlRootElement(name = "CEB411Message")
public class Ceb411Message extends CebMessage {

    @XmlElement(name = "Payment")
    public Payment payment = new Payment();
    @XmlElement(name = "BaseTransfer")
    public BaseTransfer baseTransfer;

    public static class Payment {
        @XmlElement(name = "PaymentHead")
        public PaymentHead head = new PaymentHead();
    }

    public static class PaymentHead {
        public String guid;
        public String appType;
        public String appTime;
        public String appStatus;
        public String payCode;
        public String payName;
        public String payTransactionId;
        public String orderNo;
        public String ebpCode;
        public String ebpName;
        public String payerIdType;
        public String payerIdNumber;
        public String payerName;
        public String telephone;
        public BigDecimal amountPaid;
        public String currency;
        public String payTime;
        public String note;
    }
}
