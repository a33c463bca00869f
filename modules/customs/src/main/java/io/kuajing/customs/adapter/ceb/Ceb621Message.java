package io.kuajing.customs.adapter.ceb;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import jakarta.xml.bind.annotation.XmlElement;
import jakarta.xml.bind.annotation.XmlRootElement;

/** CEB621: the import inventory list (清单), declared by the customs broker or the platform. */
@XmlRootElement(name = "CEB621Message")
public class Ceb621Message extends CebMessage {

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
        public String assureCode;
        public String emsNo;
        public String invtNo;
        public String ieFlag = "I";
        public String declTime;
        public String customsCode;
        public String portCode;
        public String buyerIdType;
        public String buyerIdNumber;
        public String buyerName;
        public String buyerTelephone;
        public String consigneeAddress;
        public String agentCode;
        public String agentName;
        public String areaCode;
        public String areaName;
        public String tradeMode;
        public String trafMode;
        public String trafNo;
        public String voyageNo;
        public String billNo;
        public String country;
        public BigDecimal freight;
        public BigDecimal insuredFee;
        public String currency;
        public Integer packNo;
        public BigDecimal grossWeight;
        public BigDecimal netWeight;
        public String note;
    }

    public static class InventoryList {
        public int gnum;
        public String itemRecordNo;
        public String itemNo;
        public String itemName;
        public String gcode;
        public String gname;
        public String gmodel;
        public String barCode;
        public String country;
        public String currency;
        public BigDecimal qty;
        public String unit;
        public BigDecimal qty1;
        public String unit1;
        public BigDecimal qty2;
        public String unit2;
        public BigDecimal price;
        public BigDecimal totalPrice;
        public String note;
    }
}
