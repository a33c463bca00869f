package io.kuajing.customs.adapter.ceb;

import java.util.ArrayList;
import java.util.List;

import jakarta.xml.bind.annotation.XmlElement;
import jakarta.xml.bind.annotation.XmlRootElement;

/** CEB509: parcels left the country (离境单), reported by the carrier. */
@XmlRootElement(name = "CEB509Message")
public class Ceb509Message extends CebMessage {

    @XmlElement(name = "Departure")
    public Departure departure = new Departure();
    @XmlElement(name = "BaseTransfer")
    public BaseTransfer baseTransfer;

    public static class Departure {
        @XmlElement(name = "DepartureHead")
        public DepartureHead head = new DepartureHead();
        @XmlElement(name = "DepartureList")
        public List<DepartureList> lines = new ArrayList<>();
    }

    public static class DepartureHead {
        public String guid;
        public String appType;
        public String appTime;
        public String appStatus;
        public String customsCode;
        public String copNo;
        public String preNo;
        public String logisticsCode;
        public String logisticsName;
        public String trafMode;
        public String trafName;
        public String voyageNo;
        public String billNo;
        public String leaveTime;
        public Integer msgCount;
        public Integer msgSeqNo;
        public String note;
    }

    public static class DepartureList {
        public int gnum;
        public String totalPackageNo;
        public String logisticsNo;
        public String note;
    }
}
