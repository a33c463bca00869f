package io.kuajing.customs.adapter.ceb;

import java.math.BigDecimal;

import jakarta.xml.bind.annotation.XmlElement;
import jakarta.xml.bind.annotation.XmlRootElement;

/** CEB403: the vendor's receipt of the payment for an exported order (收款单). */
@XmlRootElement(name = "CEB403Message")
public class Ceb403Message extends CebMessage {

    @XmlElement(name = "Receipts")
    public Receipts receipts = new Receipts();
    @XmlElement(name = "BaseTransfer")
    public BaseTransfer baseTransfer;

    public static class Receipts {
        public String guid;
        public String appType;
        public String appTime;
        public String appStatus;
        public String ebpCode;
        public String ebpName;
        public String ebcCode;
        public String ebcName;
        public String orderNo;
        public String payCode;
        public String payName;
        public String payNo;
        public BigDecimal charge;
        public String currency;
        public String accountingDate;
        public String note;
    }
}
