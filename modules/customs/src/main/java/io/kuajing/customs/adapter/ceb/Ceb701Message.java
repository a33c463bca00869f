package io.kuajing.customs.adapter.ceb;

import java.util.ArrayList;
import java.util.List;

import jakarta.xml.bind.annotation.XmlElement;
import jakarta.xml.bind.annotation.XmlRootElement;

/**
 * CEB701: the summary declaration (汇总申请单) of type-B export inventory lists, by which customs sums a consignor's
 * lists up into the declaration form the VAT export refund is claimed with.
 */
@XmlRootElement(name = "CEB701Message")
public class Ceb701Message extends CebMessage {

    @XmlElement(name = "SummaryApply")
    public SummaryApply apply = new SummaryApply();
    @XmlElement(name = "BaseTransfer")
    public BaseTransfer baseTransfer;

    public static class SummaryApply {
        @XmlElement(name = "SummaryApplyHead")
        public SummaryApplyHead head = new SummaryApplyHead();
        @XmlElement(name = "SummaryApplyList")
        public List<SummaryApplyList> lists = new ArrayList<>();
    }

    public static class SummaryApplyHead {
        public String guid;
        public String appType;
        public String appTime;
        public String appStatus;
        public String customsCode;
        public String copNo;
        public String preNo;
        public String sumNo;
        public String agentCode;
        public String agentName;
        public String ebcCode;
        public String ebcName;
        public String declAgentCode;
        public String declAgentName;
        public String startTime;
        public String endTime;
        public String loctNo;
        public String summaryFlag;
        public String itemNameFlag;
        public Integer msgCount;
        public Integer msgSeqNo;
        public String note;
    }

    public static class SummaryApplyList {
        public String invtNo;
    }
}
