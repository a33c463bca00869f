package io.kuajing.customs.adapter.ceb;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import jakarta.xml.bind.annotation.XmlElement;
import jakarta.xml.bind.annotation.XmlRootElement;

/** CEB603: the export inventory list (申报清单), declared by the broker for the vendor. */
@XmlRootElement(name = "CEB603Message")
public class Ceb603Message extends CebMessage {

    @XmlElement(name = "Inventory")
    public Inventory inventory = new Inventory();
    @XmlElement(name = "BaseTransfer")
    public BaseTransfer baseTransfer;

    public static class Inventory {
        @XmlElement(name = "InventoryHead")
        public InventoryHead head = new InventoryHead();
        @XmlElement(name = "InventoryList")
        public List<InventoryList> lines = new ArrayList<>();
    }

    public static class InventoryHead {
        public String guid;
        public String appType;
        public String appTime;
        public String appStatus;
        public String customsCode;
        public String ebpCode;
        public String ebpName;
        public String orderNo;
        public String logisticsCode;
        public String logisticsName;
        public String logisticsNo;
        public String copNo;
        public String preNo;
        public String invtNo;
        public String ieFlag = "E";
        public String portCode;
        public String ieDate;
        public String statisticsFlag;
        public String agentCode;
        public String agentName;
        public String ebcCode;
        public String ebcName;
        public String ownerCode;
        public String ownerName;
        public String iacCode;
        public String iacName;
        public String emsNo;
        public String tradeMode;
        public String trafMode;
        public String trafName;
        public String voyageNo;
        public String billNo;
        public String totalPackageNo;
        public String loctNo;
        public String licenseNo;
        public String country;
        @XmlElement(name = "POD")
        public String pod;
        public BigDecimal freight;
        public String fCurrency;
        public String fFlag;
        public BigDecimal insuredFee;
        public String iCurrency;
        public String iFlag;
        public String wrapType;
        public Integer packNo;
        public BigDecimal grossWeight;
        public BigDecimal netWeight;
        public String note;
    }

    public static class InventoryList {
        public int gnum;
        public String itemNo;
        public String itemRecordNo;
        public String itemName;
        public String gcode;
        public String gname;
        public String gmodel;
        public String barCode;
        public String country;
        public String currency;
        public BigDecimal qty;
        public BigDecimal qty1;
        public BigDecimal qty2;
        public String unit;
        public String unit1;
        public String unit2;
        public BigDecimal price;
        public BigDecimal totalPrice;
        public String note;
    }
}
