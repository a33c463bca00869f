package io.kuajing.customs.domain.declaration;

import java.util.Map;

/**
 * The status codes customs' receipts carry (returnStatus), as the 2022-05 specification defines them (XSD
 * annotations and tables 3-35, 3-42, 3-49 of 海关跨境电商统一版系统企业对接报文规范): 1 saved, 2 declaring at the
 * single window, 3 sent to customs, 4 sending failed, 100 rejected (退单), 120 filed (入库), 300 manual review
 * (人工审核), 399 review concluded (审结), 500 inspection (查验), 501 detained and moved to clearance (扣留移送通关),
 * 502 detained and moved to anti-smuggling (扣留移送缉私), 503 detained and moved to legal (扣留移送法规), 599 other
 * detention (其它扣留), 700 shipped back (退运), 800 released (放行), 899 cleared (结关); a negative code is a
 * processing error. The tax bill (CEB816) has its own: 1 issued, 2 consolidated, 3 void.
 */
public final class ReceiptStatus {

    public static final int SENDING_FAILED = 4;
    public static final int REJECTED = 100;
    public static final int ACCEPTED = 120;
    public static final int MANUAL_REVIEW = 300;
    public static final int CONCLUDED = 399;
    public static final int INSPECTION = 500;
    public static final int SHIPPED_BACK = 700;
    public static final int RELEASED = 800;
    public static final int CLEARED = 899;

    private static final Map<Integer, String> MEANINGS = Map.ofEntries(
            Map.entry(1, "电子口岸已暂存 saved"),
            Map.entry(2, "电子口岸申报中 declaring"),
            Map.entry(3, "发送海关成功 sent to customs"),
            Map.entry(4, "发送海关失败 sending to customs failed"),
            Map.entry(100, "海关退单 rejected"),
            Map.entry(120, "海关入库 filed"),
            Map.entry(300, "人工审核 manual review"),
            Map.entry(399, "海关审结 review concluded"),
            Map.entry(500, "查验 inspection"),
            Map.entry(501, "扣留移送通关 detained, moved to clearance"),
            Map.entry(502, "扣留移送缉私 detained, moved to anti-smuggling"),
            Map.entry(503, "扣留移送法规 detained, moved to legal"),
            Map.entry(599, "其它扣留 detained"),
            Map.entry(700, "退运 shipped back"),
            Map.entry(800, "放行 released"),
            Map.entry(899, "结关 cleared"));

    private static final Map<Integer, String> TAX_BILL = Map.of(
            1, "已生成 issued", 2, "已汇总 consolidated", 3, "作废 void");

    private ReceiptStatus() {
    }

    /** What a code means on a receipt of this type; codes customs did not define are named so, never guessed. */
    public static String meaning(MessageType type, int code) {
        if (code < 0) {
            return "处理异常 processing error";
        }
        String meaning = type == MessageType.CEB816 ? TAX_BILL.get(code) : MEANINGS.get(code);
        return meaning == null ? "code not in the specification" : meaning;
    }

    /** Rejected by customs, failed to send, or an error code. */
    public static boolean isFailure(int code) {
        return code == REJECTED || code == SENDING_FAILED || code < 0;
    }

    public static boolean isInspection(int code) {
        return code == INSPECTION;
    }

    /** 501, 502, 503 and 599: detentions. */
    public static boolean isDetention(int code) {
        return code > INSPECTION && code < 600;
    }

    /**
     * Customs' final yes to a cancellation (CEB624), a return (CEB626) or an export inventory list (CEB604): 399 审结
     * (800 放行 as some districts answer is taken as yes too). Every other non-failure code means the request is still under way.
     */
    public static boolean isApproval(int code) {
        return code == CONCLUDED || code == RELEASED;
    }
}
