package io.kuajing.customs.adapter.ceb;

import java.util.ArrayList;
import java.util.List;

import jakarta.xml.bind.annotation.XmlElement;
import jakarta.xml.bind.annotation.XmlRootElement;

/** CEB507: parcels arrived at the export supervision site (运抵单), reported by the site's operator. */
@XmlRootElement(name = "CEB507Message")
public class Ceb507Message extends CebMessage {

    @XmlElement(name = "Arrival")
    public Arrival arrival = new Arrival();
    @XmlElement(name = "BaseTransfer")
    public BaseTransfer baseTransfer;

    public static class Arrival {
        @XmlElement(name = "ArrivalHead")
        public ArrivalHead head = new ArrivalHead();
        @XmlElement(name = "ArrivalList")
        public List<ArrivalList> lines = new ArrayList<>();
    }

    public static class ArrivalHead {
        public String guid;
        public String appType;
        public String appTime;
        public String appStatus;
        public String customsCode;
        public String copNo;
        public String preNo;
        public String operatorCode;
        public String operatorName;
        public String loctNo;
        public String ieFlag = "E";
        public String trafMode;
        public String billNo;
        public String domesticTrafNo;
        public String logisticsCode;
        public String logisticsName;
        public Integer msgCount;
        public Integer msgSeqNo;
        public String note;
    }

    public static class ArrivalList {
        public int gnum;
        public String logisticsNo;
        public String totalPackageNo;
        public String note;
    }
}
