package io.kuajing.customs.adapter.ceb;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import jakarta.xml.bind.annotation.XmlElement;
import jakarta.xml.bind.annotation.XmlRootElement;

/** CEB311: the e-commerce order, declared by the platform. */
@XmlRootElement(name = "CEB311Message")
public class Ceb311Message extends CebMessage {

    @XmlElement(name = "Order")
    public Order order = new Order();
    @XmlElement(name = "BaseTransfer")
    public BaseTransfer baseTransfer;

    public static class Order {
        @XmlElement(name = "OrderHead")
        public OrderHead head = new OrderHead();
        @XmlElement(name = "OrderList")
        public List<OrderList> lines = new ArrayList<>();
    }

    public static class OrderHead {
        public String guid;
        public String appType;
        public String appTime;
        public String appStatus;
        public String orderType = "I";
        public String orderNo;
        public String ebpCode;
        public String ebpName;
        public String ebcCode;
        public String ebcName;
        public BigDecimal goodsValue;
        public BigDecimal freight;
        public BigDecimal discount;
        public BigDecimal taxTotal;
        public BigDecimal acturalPaid;
        public String currency;
        public String buyerRegNo;
        public String buyerName;
        public String buyerTelephone;
        public String buyerIdType;
        public String buyerIdNumber;
        public String payCode;
        public String payName;
        public String payTransactionId;
        public String batchNumbers;
        public String consignee;
        public String consigneeTelephone;
        public String consigneeAddress;
        public String consigneeDistrict;
        public String note;
    }

    public static class OrderList {
        public int gnum;
        public String itemNo;
        public String itemName;
        public String gmodel;
        public String barCode;
        public String unit;
        public BigDecimal qty;
        public BigDecimal price;
        public BigDecimal totalPrice;
        public String currency;
        public String country;
        public String note;
    }
}
