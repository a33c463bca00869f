package io.kuajing.customs.adapter.ceb;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import jakarta.xml.bind.annotation.XmlElement;
import jakarta.xml.bind.annotation.XmlRootElement;

/** CEB303: the export e-commerce order (orderType E) or overseas-warehouse booking (B), declared by the platform. */
@XmlRootElement(name = "CEB303Message")
public class Ceb303Message extends CebMessage {

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
        public String orderType;
        public String orderNo;
        public String ebpCode;
        public String ebpName;
        public String ebcCode;
        public String ebcName;
        public BigDecimal goodsValue;
        public BigDecimal freight;
        public String currency;
        public String note;
    }

    public static class OrderList {
        public int gnum;
        public String itemNo;
        public String itemName;
        public String itemDescribe;
        public String barCode;
        public String unit;
        public String currency;
        public BigDecimal qty;
        public BigDecimal price;
        public BigDecimal totalPrice;
        public String note;
    }
}
