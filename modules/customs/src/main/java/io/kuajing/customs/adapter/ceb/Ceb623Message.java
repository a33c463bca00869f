package io.kuajing.customs.adapter.ceb;

import jakarta.xml.bind.annotation.XmlElement;
import jakarta.xml.bind.annotation.XmlRootElement;

/** CEB623: request to cancel (撤销) a declared inventory list. */
@XmlRootElement(name = "CEB623Message")
public class Ceb623Message extends CebMessage {

    @XmlElement(name = "InvtCancel")
    public InvtCancel cancel = new InvtCancel();
    @XmlElement(name = "BaseTransfer")
    public BaseTransfer baseTransfer;

    /** The fields 623 and 625 share: the list they refer to, the buyer and the reason. */
    public static class InvtCancel {
        public String guid;
        public String appType;
        public String appTime;
        public String appStatus;
        public String customsCode;
        public String orderNo;
        public String ebpCode;
        public String ebpName;
        public String ebcCode;
        public String ebcName;
        public String logisticsNo;
        public String logisticsCode;
        public String logisticsName;
        public String copNo;
        public String preNo;
        public String invtNo;
        public String buyerIdType;
        public String buyerIdNumber;
        public String buyerName;
        public String buyerTelephone;
        public String agentCode;
        public String agentName;
        public String reason;
        public String note;
    }
}
