package io.kuajing.sandbox;

import java.math.BigDecimal;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;

import io.kuajing.sandbox.SimulatorServer.Call;
import io.kuajing.sandbox.SimulatorServer.Reply;

/**
 * A Tmall-like Chinese storefront where Kuajing runs a shop, answering calls shaped like the Taobao Open Platform's
 * (TOP) router: one {@code POST /router/rest} with form parameters {@code method}, {@code app_key}, {@code session},
 * {@code timestamp} (Beijing time), {@code v} 2.0, {@code format} json, {@code sign_method} md5 and {@code sign}
 * (MD5 of secret + sorted name/value pairs + secret, upper-case hex); answers {@code {"<method>_response": ...}} or
 * {@code {"error_response": {code, msg, sub_code, sub_msg}}}. Simulated, not TOP itself: the methods are
 * {@code taobao.items.custom.get} (items by outer_id), {@code taobao.item.add}, {@code taobao.item.update} and
 * {@code taobao.trades.sold.increment.get} (trades modified in a window, {@code page_no} pages with
 * {@code has_next}) and {@code taobao.logistics.offline.send} (the seller shipped a trade himself: {@code tid},
 * {@code out_sid} the tracking number, {@code company_code} from {@link #COMPANY_CODES}, and for {@code OTHER} the
 * carrier's name in {@code company_name}, a field named here); a trade carries its cross-border buyer's verified identity and its payment's customs facts in
 * fields named here ({@code buyer_real_name}, {@code buyer_cert_no}, {@code pay_company_code}, ...).
 *
 * <p>Buyers are simulated too: {@link #placeOrder} is the storefront's checkout and payment.
 */
public final class SimulatedCnMall {

    /** The simulated payment company: Alipay's customs registration code and name, as customs' lists give them. */
    public static final String PAY_COMPANY_CODE = "31222699S7";
    public static final String PAY_COMPANY_NAME = "支付宝（中国）网络技术有限公司";
    /** Trade status once the buyer paid and the seller has not shipped: the sale the seller must fulfil. */
    public static final String PAID = "WAIT_SELLER_SEND_GOODS";
    /** Trade status once the seller said the parcel left: the buyer waits for it. */
    public static final String SHIPPED = "WAIT_BUYER_CONFIRM_GOODS";
    /** The logistics companies the storefront knows (a few of TOP's codes); {@code OTHER} names its carrier. */
    public static final Set<String> COMPANY_CODES = Set.of("SF", "EMS", "YTO", "ZTO", "STO", "YUNDA", "OTHER");

    private static final DateTimeFormatter TOP_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");
    private static final ZoneOffset BEIJING = ZoneOffset.ofHours(8);
    /** Taobao's title limit: 60 bytes, a Chinese character counting two. */
    private static final int TITLE_BYTES = 60;

    private final Clock clock;
    private final String appKey;
    private final String appSecret;
    private final String session;
    private final Map<String, Map<String, Object>> itemsByOuterId = new LinkedHashMap<>();
    private final Map<Long, Map<String, Object>> trades = new LinkedHashMap<>();
    private long nextItemId = 600_000_000_001L;
    private long nextTradeId = 3_900_000_000_001L;

    SimulatedCnMall(Clock clock, String appKey, String appSecret, String session) {
        this.clock = clock;
        this.appKey = appKey;
        this.appSecret = appSecret;
        this.session = session;
    }

    /** A cross-border buyer as the storefront verified them, and where the parcel goes. */
    public record Buyer(String realName, String idNumber, String mobile, String province, String city, String district,
                        String address) {
    }

    /**
     * A buyer orders and pays {@code quantity} of the item listed under {@code outerId} at its listed price (free
     * shipping, 包邮): the trade is {@value #PAID}, paid through {@link #PAY_COMPANY_CODE}. Returns the trade id (tid).
     */
    public synchronized long placeOrder(String outerId, int quantity, Buyer buyer) {
        Map<String, Object> item = itemsByOuterId.get(outerId);
        if (item == null || (int) item.get("num") < quantity) {
            throw new IllegalArgumentException("nothing listed under " + outerId + " to sell " + quantity + " of");
        }
        item.put("num", (int) item.get("num") - quantity);
        BigDecimal price = (BigDecimal) item.get("price");
        String paid = price.multiply(BigDecimal.valueOf(quantity)).setScale(2).toPlainString();
        long tid = nextTradeId++;
        String now = now();
        Map<String, Object> order = new LinkedHashMap<>();
        order.put("oid", tid * 10 + 1);
        order.put("num_iid", item.get("num_iid"));
        order.put("outer_iid", outerId);
        order.put("title", item.get("title"));
        order.put("num", quantity);
        order.put("price", price.setScale(2).toPlainString());
        order.put("payment", paid);
        Map<String, Object> trade = new LinkedHashMap<>();
        trade.put("tid", tid);
        trade.put("status", PAID);
        trade.put("created", now);
        trade.put("modified", now);
        trade.put("pay_time", now);
        trade.put("payment", paid);
        trade.put("post_fee", "0.00");
        trade.put("alipay_no", "2026" + tid);
        trade.put("pay_company_code", PAY_COMPANY_CODE);
        trade.put("pay_company_name", PAY_COMPANY_NAME);
        trade.put("buyer_real_name", buyer.realName());
        trade.put("buyer_cert_type", "身份证");
        trade.put("buyer_cert_no", buyer.idNumber());
        trade.put("receiver_name", buyer.realName());
        trade.put("receiver_mobile", buyer.mobile());
        trade.put("receiver_state", buyer.province());
        trade.put("receiver_city", buyer.city());
        trade.put("receiver_district", buyer.district());
        trade.put("receiver_address", buyer.address());
        trade.put("orders", Map.of("order", List.of(order)));
        trades.put(tid, trade);
        return tid;
    }

    /** The item listed under {@code outerId} as the storefront shows it (title, price in yuan, stock), or null. */
    public synchronized Map<String, Object> item(String outerId) {
        Map<String, Object> item = itemsByOuterId.get(outerId);
        return item == null ? null : shown(item);
    }

    /**
     * The trade {@code tid} as the storefront holds it (status, and once shipped {@code out_sid},
     * {@code company_code}, {@code company_name}, {@code consign_time}), or null.
     */
    public synchronized Map<String, Object> trade(long tid) {
        Map<String, Object> trade = trades.get(tid);
        return trade == null ? null : new LinkedHashMap<>(trade);
    }

    /** An item as TOP answers it: the price a string of yuan with two decimals. */
    private static Map<String, Object> shown(Map<String, Object> item) {
        Map<String, Object> shown = new LinkedHashMap<>(item);
        shown.put("price", ((BigDecimal) item.get("price")).setScale(2).toPlainString());
        return shown;
    }

    Reply answer(Call call) {
        if (!call.method().equals("POST") || !call.path().equals("/router/rest")) {
            return Reply.text(404, "text/plain; charset=utf-8", "not found");
        }
        Map<String, String> parameters = form(call);
        String method = parameters.getOrDefault("method", "");
        if (!appKey.equals(parameters.get("app_key"))) {
            return error(29, "Invalid app Key", null, null);
        }
        if (!sign(parameters, appSecret).equals(parameters.get("sign"))) {
            return error(25, "Invalid signature", null, null);
        }
        if (!MessageDigest.isEqual(session.getBytes(StandardCharsets.UTF_8),
                parameters.getOrDefault("session", "").getBytes(StandardCharsets.UTF_8))) {
            return error(27, "Invalid session", "invalid-sessionkey", "the seller's session key is not valid");
        }
        Function<Map<String, String>, Object> handler = switch (method) {
            case "taobao.items.custom.get" -> this::itemsByOuterId;
            case "taobao.item.add" -> this::addItem;
            case "taobao.item.update" -> this::updateItem;
            case "taobao.trades.sold.increment.get" -> this::tradesModified;
            case "taobao.logistics.offline.send" -> this::offlineSend;
            default -> null;
        };
        if (handler == null) {
            return error(22, "Invalid method", null, null);
        }
        try {
            Object answer;
            synchronized (this) {
                answer = handler.apply(parameters);
            }
            return Reply.text(200, "application/json; charset=utf-8",
                    PlainJson.write(Map.of(method.substring("taobao.".length()).replace('.', '_') + "_response", answer)));
        } catch (Refused refused) {
            return error(refused.code, refused.code == 40 ? "Missing required arguments" : "Invalid arguments",
                    refused.subCode, refused.getMessage());
        }
    }

    /**
     * TOP's md5 signature: the secret, every parameter but {@code sign} as name then value in name order, the secret
     * again; MD5, upper-case hex.
     */
    static String sign(Map<String, String> parameters, String secret) {
        StringBuilder text = new StringBuilder(secret);
        new TreeMap<>(parameters).forEach((name, value) -> {
            if (!name.equals("sign") && value != null && !value.isEmpty()) {
                text.append(name).append(value);
            }
        });
        text.append(secret);
        try {
            return HexFormat.of().withUpperCase().formatHex(MessageDigest.getInstance("MD5")
                    .digest(text.toString().getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("MD5 is part of every JDK", e);
        }
    }

    private Object itemsByOuterId(Map<String, String> p) {
        Map<String, Object> item = itemsByOuterId.get(required(p, "outer_id"));
        return item == null ? Map.of() : Map.of("items", Map.of("item", List.of(shown(item))));
    }

    private Object addItem(Map<String, String> p) {
        String outerId = required(p, "outer_id");
        if (itemsByOuterId.containsKey(outerId)) {
            throw new Refused(15, "isv.item-is-exist:outer_id", "an item with outer_id " + outerId + " exists");
        }
        Map<String, Object> item = new LinkedHashMap<>();
        item.put("num_iid", nextItemId++);
        item.put("outer_id", outerId);
        item.put("title", title(required(p, "title")));
        item.put("desc", p.getOrDefault("desc", ""));
        item.put("price", price(required(p, "price")));
        item.put("num", stock(required(p, "num")));
        item.put("created", now());
        item.put("modified", item.get("created"));
        itemsByOuterId.put(outerId, item);
        return Map.of("item", Map.of("num_iid", item.get("num_iid"), "created", item.get("created")));
    }

    private Object updateItem(Map<String, String> p) {
        String numIid = required(p, "num_iid");
        Map<String, Object> item = itemsByOuterId.values().stream()
                .filter(i -> String.valueOf(i.get("num_iid")).equals(numIid)).findFirst()
                .orElseThrow(() -> new Refused(15, "isv.item-not-exist", "no item " + numIid));
        // Checked before anything changes, so a refused update leaves the item as it was.
        String title = p.containsKey("title") ? title(p.get("title")) : null;
        BigDecimal price = p.containsKey("price") ? price(p.get("price")) : null;
        Integer num = p.containsKey("num") ? stock(p.get("num")) : null;
        if (title != null) {
            item.put("title", title);
        }
        if (p.containsKey("desc")) {
            item.put("desc", p.get("desc"));
        }
        if (price != null) {
            item.put("price", price);
        }
        if (num != null) {
            item.put("num", num);
        }
        item.put("modified", now());
        return Map.of("item", Map.of("num_iid", item.get("num_iid"), "modified", item.get("modified")));
    }

    private Object tradesModified(Map<String, String> p) {
        Instant start = time(required(p, "start_modified"), "start_modified");
        Instant end = time(required(p, "end_modified"), "end_modified");
        int pageNo = Integer.parseInt(p.getOrDefault("page_no", "1"));
        int pageSize = Math.min(100, Integer.parseInt(p.getOrDefault("page_size", "40")));
        List<Map<String, Object>> modified = new ArrayList<>();
        for (Map<String, Object> trade : trades.values()) {
            Instant at = time((String) trade.get("modified"), "modified");
            if (!at.isBefore(start) && at.isBefore(end)) {
                modified.add(trade);
            }
        }
        int from = Math.min(modified.size(), (pageNo - 1) * pageSize);
        int to = Math.min(modified.size(), from + pageSize);
        Map<String, Object> answer = new LinkedHashMap<>();
        answer.put("total_results", modified.size());
        answer.put("has_next", to < modified.size());
        answer.put("trades", Map.of("trade", List.copyOf(modified.subList(from, to))));
        return answer;
    }

    /**
     * The seller shipped the trade: it waits for the buyer ({@value #SHIPPED}) with its tracking number. Sent again
     * with the same tracking number it answers the same (a retry); another number for a shipped trade is refused.
     */
    private Object offlineSend(Map<String, String> p) {
        String tid = required(p, "tid");
        String outSid = required(p, "out_sid");
        String company = required(p, "company_code");
        Map<String, Object> trade;
        try {
            trade = trades.get(Long.parseLong(tid));
        } catch (NumberFormatException notATid) {
            trade = null;
        }
        if (trade == null) {
            throw new Refused(15, "isv.trade-not-exist", "no trade " + tid);
        }
        if (!COMPANY_CODES.contains(company)) {
            throw new Refused(15, "isv.logistics-company-not-exist", "no logistics company " + company);
        }
        if (company.equals("OTHER") && p.getOrDefault("company_name", "").isBlank()) {
            throw new Refused(40, "isv.missing-parameter:company_name", "company_name is required with OTHER");
        }
        if (SHIPPED.equals(trade.get("status"))) {
            if (!outSid.equals(trade.get("out_sid"))) {
                throw new Refused(15, "isv.trade-status-not-allowed", "trade " + tid + " shipped as " + trade.get("out_sid"));
            }
        } else if (!PAID.equals(trade.get("status"))) {
            throw new Refused(15, "isv.trade-status-not-allowed", "trade " + tid + " is " + trade.get("status"));
        } else {
            trade.put("status", SHIPPED);
            trade.put("out_sid", outSid);
            trade.put("company_code", company);
            trade.put("company_name", company.equals("OTHER") ? p.get("company_name") : company);
            trade.put("consign_time", now());
            trade.put("modified", trade.get("consign_time"));
        }
        return Map.of("shipping", Map.of("is_success", true));
    }

    private static String title(String title) {
        if (title.isBlank() || title.getBytes(java.nio.charset.Charset.forName("GBK")).length > TITLE_BYTES) {
            throw new Refused(41, "isv.invalid-parameter:title", "a title is 1 to 60 bytes (30 Chinese characters)");
        }
        return title;
    }

    /** A price in yuan: 0.01 to 100,000,000.00, at most two decimals. */
    private static BigDecimal price(String raw) {
        try {
            BigDecimal price = new BigDecimal(raw);
            if (price.compareTo(new BigDecimal("0.01")) >= 0 && price.compareTo(new BigDecimal("100000000")) <= 0
                    && price.stripTrailingZeros().scale() <= 2) {
                return price;
            }
        } catch (NumberFormatException notANumber) {
            // refused below
        }
        throw new Refused(41, "isv.invalid-parameter:price", "a price is yuan from 0.01 to 100000000, in fen: " + raw);
    }

    private static int stock(String raw) {
        try {
            int num = Integer.parseInt(raw);
            if (num >= 0 && num <= 999_999) {
                return num;
            }
        } catch (NumberFormatException notANumber) {
            // refused below
        }
        throw new Refused(41, "isv.invalid-parameter:num", "stock is 0 to 999999: " + raw);
    }

    private String now() {
        return LocalDateTime.ofInstant(clock.instant(), BEIJING).format(TOP_TIME);
    }

    private static Instant time(String raw, String name) {
        try {
            return LocalDateTime.parse(raw, TOP_TIME).toInstant(BEIJING);
        } catch (DateTimeParseException e) {
            throw new Refused(41, "isv.invalid-parameter:" + name, name + " is yyyy-MM-dd HH:mm:ss, Beijing time");
        }
    }

    private static String required(Map<String, String> p, String name) {
        String value = p.get(name);
        if (value == null || value.isEmpty()) {
            throw new Refused(40, "isv.missing-parameter:" + name, name + " is required");
        }
        return value;
    }

    /** TOP takes parameters from the query and the form body alike. */
    private static Map<String, String> form(Call call) {
        Map<String, String> parameters = new LinkedHashMap<>();
        for (String source : List.of(call.query(), call.text())) {
            for (String pair : source.split("&")) {
                int eq = pair.indexOf('=');
                if (eq > 0) {
                    parameters.put(URLDecoder.decode(pair.substring(0, eq), StandardCharsets.UTF_8),
                            URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
                }
            }
        }
        return parameters;
    }

    private static Reply error(int code, String msg, String subCode, String subMsg) {
        Map<String, Object> error = new LinkedHashMap<>();
        error.put("code", code);
        error.put("msg", msg);
        if (subCode != null) {
            error.put("sub_code", subCode);
            error.put("sub_msg", subMsg);
        }
        return Reply.text(200, "application/json; charset=utf-8", PlainJson.write(Map.of("error_response", error)));
    }

    /** A call TOP refuses with a top-level code (40 missing, 41 invalid arguments, 15 business) and its sub_code. */
    private static final class Refused extends RuntimeException {
        private final int code;
        private final String subCode;

        Refused(int code, String subCode, String message) {
            super(message, null, false, false);
            this.code = code;
            this.subCode = subCode;
        }
    }
}
