package io.kuajing.customs.adapter.ceb;

import jakarta.xml.bind.annotation.XmlElement;
import jakarta.xml.bind.annotation.XmlRootElement;

/** CEB605: withdrawing an export inventory list (撤销申请单), asked by the broker who declared it. */
@XmlRootElement(name = "CEB605Message")
public class Ceb605Message extends CebMessage {

    @XmlElement(name = "InvtCancel")
    public InvtCancel cancel = new InvtCancel();
    @XmlElement(name = "BaseTransfer")
    public BaseTransfer baseTransfer;

    public static class InvtCancel {
        public String guid;
        public String appType;
        public String appTime;
        public String appStatus;
        public String customsCode;
        public String copNo;
        public String preNo;
        public String invtNo;
        public String reason;
        public String agentCode;
        public String agentName;
        public String ebcCode;
        public String ebcName;
        public String note;
    }
}
