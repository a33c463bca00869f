package io.kuajing.purchase.adapter.web;

import java.util.Map;

import io.kuajing.kernel.RuleViolation;

/** Order states, carriers' scans and refusals in plain Chinese, for the shop's pages. */
public final class ShopWording {

    private static final Map<String, String> ORDER_STATES = Map.of("PLACED", "待付款", "PAID", "已付款",
            "DECLARED", "已向海关申报", "RELEASED", "海关已放行", "SHIPPED", "已发货", "DELIVERED", "已签收",
            "CANCELLED", "已取消", "REFUNDED", "已退款", "RETURNED", "已退货");

    private static final Map<String, String> SCANS = Map.ofEntries(Map.entry("PENDING", "等待揽收"),
            Map.entry("PICKED_UP", "已揽收"), Map.entry("IN_TRANSIT", "运输中"), Map.entry("CUSTOMS_PROCESSING", "清关中"),
            Map.entry("CUSTOMS_INFO_REQUIRED", "海关要求补充资料"), Map.entry("CUSTOMS_HELD", "海关查验中"),
            Map.entry("CUSTOMS_RELEASED", "海关已放行"), Map.entry("HANDED_TO_LAST_MILE", "已交国内快递"),
            Map.entry("OUT_FOR_DELIVERY", "派送中"), Map.entry("DELIVERED", "已签收"), Map.entry("DELIVERY_FAILED", "派送失败"),
            Map.entry("RETURN_TO_SENDER", "退回发件人"), Map.entry("CANCELLED", "已取消"), Map.entry("BOOKED", "已下单给快递"),
            Map.entry("PLANNED", "待安排"), Map.entry("BOOKING", "正在下单给快递"));

    private static final Map<String, String> LEGS = Map.of("LINE_HAUL", "国际段", "LAST_MILE", "国内派送");

    private static final Map<String, String> RULES = Map.ofEntries(
            Map.entry("required", "必填"),
            Map.entry("id-number", "身份证号码不正确：请填写18位居民身份证号码，最后一位是校验码"),
            Map.entry("mobile-format", "请填写11位大陆手机号码（13-19开头）"),
            Map.entry("max-length", "内容太长"),
            Map.entry("no-control-characters", "不能包含换行或不可见字符"),
            Map.entry("no-markup", "不能包含 < > & \" 等符号"),
            Map.entry("division-code", "请填写6位行政区划代码，例如 310115（上海浦东）"),
            Map.entry("division-code-known", "没有这个行政区划代码，请核对"),
            Map.entry("address-complete", "详细地址至少5个字"),
            Map.entry("in-stock", "库存不足"),
            Map.entry("per-transaction-limit", "超过跨境单次限值 ¥5,000，请分开下单"),
            Map.entry("payer-is-buyer", "付款人须与订购人（实名）一致"),
            Map.entry("cancellable", "订单已进入海关或已发货，不能再取消"),
            Map.entry("list-numbered", "海关尚未受理本订单的清单，请稍后再申请取消"),
            Map.entry("cancel-once", "撤单申请已提交海关，请等待海关答复"),
            Map.entry("returnable", "签收后才能申请退货"),
            Map.entry("not-empty", "购物车是空的"),
            Map.entry("basket-size", "购物车最多放50种商品"),
            Map.entry("deliverable", "这种方式暂时无法配送"));

    private ShopWording() {
    }

    public static String orderState(String status) {
        return ORDER_STATES.getOrDefault(status, status);
    }

    public static String scan(String status) {
        return SCANS.getOrDefault(status, status);
    }

    public static String leg(String leg) {
        return LEGS.getOrDefault(leg, leg);
    }

    /** A refusal in Chinese; rules that carry figures (the annual limit, what remains) keep customs' own words too. */
    public static String refusal(RuleViolation violation) {
        String rule = violation.rule();
        if ("annual-limit".equals(rule)) {
            return "超过年度跨境额度 ¥26,000：" + violation.getMessage();
        }
        return RULES.getOrDefault(rule, violation.getMessage());
    }

    /** An order's goods in one line: "title × n; ...". */
    public static String lines(io.kuajing.purchase.OrderView order) {
        return String.join("; ", order.lines().stream().map(l -> l.title() + " × " + l.quantity()).toList());
    }

    /** A customs refusal or cancellation reason as the order carries it (customs writes Chinese already). */
    public static String reason(String reason) {
        return reason == null ? "" : reason;
    }
}
