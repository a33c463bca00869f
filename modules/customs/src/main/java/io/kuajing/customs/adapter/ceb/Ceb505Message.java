package io.kuajing.customs.adapter.ceb;

import java.math.BigDecimal;

import jakarta.xml.bind.annotation.XmlElement;
import jakarta.xml.bind.annotation.XmlRootElement;

/** CEB505: the export waybill, declared by the logistics company (here transmitted by the platform's client). */
@XmlRootElement(name = "CEB505Message")
public class Ceb505Message extends CebMessage {

    @XmlElement(name = "Logistics")
    public Logistics logistics = new Logistics();
    @XmlElement(name = "BaseTransfer")
    public BaseTransfer baseTransfer;

    public static class Logistics {
        public String guid;
        public String appType;
        public String appTime;
        public String appStatus;
        public String logisticsCode;
        public String logisticsName;
        public String logisticsNo;
        public BigDecimal freight;
        public BigDecimal insuredFee;
        public String currency;
        public BigDecimal grossWeight;
        public Integer packNo;
        public String goodsInfo;
        public String ebcCode;
        public String ebcName;
        public String ebcTelephone;
        public String note;
    }
}
