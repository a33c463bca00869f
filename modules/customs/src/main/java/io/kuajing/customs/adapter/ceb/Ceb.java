package io.kuajing.customs.adapter.ceb;

import java.time.format.DateTimeFormatter;

/** Constants of the CEB message format (海关跨境电子商务进出境清单数据交换). */
public final class Ceb {

    public static final String NAMESPACE = "http://www.chinaport.gov.cn/ceb";
    public static final String VERSION = "1.0";
    /** appTime, payTime: yyyyMMddHHmmss in China time. */
    public static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyyMMddHHmmss");
    /** appType 1: a new declaration. */
    public static final String APP_TYPE_NEW = "1";
    /** appStatus 2: declare (1 would only save it). */
    public static final String APP_STATUS_DECLARE = "2";
    /** buyerIdType / payerIdType 1: resident identity card. */
    public static final String ID_TYPE_RESIDENT_CARD = "1";

    private Ceb() {
    }
}
