package io.kuajing.customs.adapter.ceb;

import java.math.BigDecimal;

import jakarta.xml.bind.annotation.XmlElement;
import jakarta.xml.bind.annotation.XmlRootElement;

/** CEB511: the waybill, declared by the logistics company. */
@XmlRootElement(name = "CEB511Message")
public class Ceb511Message extends CebMessage {

    @XmlElement(name = "Logistics")
    public Logistics logistics = new Logistics();
    @XmlElement(name = "BaseTransfer")
    public BaseTransfer baseTransfer;

    public static class Logistics {
        @XmlElement(name = "LogisticsHead")
        public LogisticsHead head = new LogisticsHead();
    }

    public static class LogisticsHead {
        public String guid;
        public String appType;
        public String appTime;
        public String appStatus;
        public String logisticsCode;
        public String logisticsName;
        public String logisticsNo;
        public String billNo;
        public String orderNo;
        public BigDecimal freight;
        public BigDecimal insuredFee;
        public String currency;
        public BigDecimal weight;
        public Integer packNo;
        public String goodsInfo;
        public String consignee;
        public String consigneeAddress;
        public String consigneeTelephone;
        public String note;
    }
}
