package io.kuajing.customs.adapter.ceb;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import jakarta.xml.bind.annotation.XmlElement;
import jakarta.xml.bind.annotation.XmlRootElement;

/** CEB625: return (退货) of all or part of a released inventory list. */
@XmlRootElement(name = "CEB625Message")
public class Ceb625Message extends CebMessage {

    @XmlElement(name = "InvtRefund")
    public InvtRefund refund = new InvtRefund();
    @XmlElement(name = "BaseTransfer")
    public BaseTransfer baseTransfer;

    public static class InvtRefund {
        @XmlElement(name = "InvtRefundHead")
        public Ceb623Message.InvtCancel head = new Ceb623Message.InvtCancel();
        @XmlElement(name = "InvtRefundList")
        public List<InvtRefundList> lines = new ArrayList<>();
    }

    public static class InvtRefundList {
        public int gnum;
        public String gcode;
        public String gname;
        public BigDecimal qty;
        public String unit;
        public String note;
    }
}
