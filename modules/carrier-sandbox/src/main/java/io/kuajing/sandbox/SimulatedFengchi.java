package io.kuajing.sandbox;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Pattern;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;

import io.kuajing.sandbox.SimulatorServer.Call;
import io.kuajing.sandbox.SimulatorServer.Reply;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * Fengchi Express's open platform as its plugin speaks it: one endpoint, {@code POST /std/service}, XML requests
 * naming a service (RateService, OrderService, OrderCancelService, RouteService, PickupService), each signed with
 * {@code X-Msg-Digest = base64(sha256(body + check word))} for the partner in {@code X-Partner-Id}. Answers are
 * always HTTP 200 with {@code <Head>OK</Head>} or {@code <Head>ERR</Head><ERROR code=..>}, as Fengchi does;
 * e-waybills are {@code FC} + ten digits, issued once per {@code orderId}; route times are Beijing wall-clock.
 */
final class SimulatedFengchi {

    private static final ZoneId BEIJING = ZoneId.of("Asia/Shanghai");
    private static final DateTimeFormatter ROUTE_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");
    /** Mainland mobiles and landlines with area code: what Fengchi's couriers can call. */
    private static final Pattern PHONE = Pattern.compile("1[3-9][0-9]{9}|0[1-9][0-9]{8,10}");
    /** Yuan for the first kilogram and for each further started kilogram, per product. */
    private static final Map<String, BigDecimal[]> TARIFF = Map.of(
            "FC-STD", new BigDecimal[] {new BigDecimal("23.00"), new BigDecimal("4.50")},
            "FC-ECO", new BigDecimal[] {new BigDecimal("15.00"), new BigDecimal("3.00")});

    private final Bookings bookings = new Bookings();
    private final AtomicLong serial = new AtomicLong(2_000_000_000L);
    private final AtomicLong pickups = new AtomicLong(700_000);
    private final Clock clock;
    private final String partnerId;
    private final String checkWord;
    private final String monthlyAccount;

    SimulatedFengchi(Clock clock, String partnerId, String checkWord, String monthlyAccount) {
        this.clock = clock;
        this.partnerId = partnerId;
        this.checkWord = checkWord;
        this.monthlyAccount = monthlyAccount;
    }

    Reply answer(Call call) {
        if (!call.method().equals("POST") || !call.path().equals("/std/service")) {
            return Reply.text(404, "text/html", "<html><body>404 Not Found</body></html>");
        }
        String xml = call.text();
        String digest = call.header("X-Msg-Digest");
        if (!partnerId.equals(call.header("X-Partner-Id")) || digest == null
                || !MessageDigest.isEqual(digest.getBytes(StandardCharsets.UTF_8), digest(xml + checkWord).getBytes(StandardCharsets.UTF_8))) {
            return err(null, "4001", "数字签名校验失败");
        }
        Element request;
        try {
            request = parse(xml);
        } catch (IllegalArgumentException e) {
            return err(null, "1000", "报文格式错误");
        }
        String service = request.getAttribute("service");
        if (!partnerId.equals(text(child(request, "Head")))) {
            return err(service, "4001", "顾客编码不一致");
        }
        Element body = child(request, "Body");
        if (body == null) {
            return err(service, "1000", "报文格式错误");
        }
        return switch (service) {
            case "RateService" -> rate(child(body, "Rate"));
            case "OrderService" -> order(child(body, "Order"));
            case "OrderCancelService" -> cancel(child(body, "Cancel"));
            case "RouteService" -> route(child(body, "RouteRequest"));
            case "PickupService" -> pickup(child(body, "Pickup"));
            default -> err(service, "S0000", "服务不存在");
        };
    }

    private Reply rate(Element rate) {
        if (rate == null || !TARIFF.containsKey(rate.getAttribute("serviceCode"))) {
            return err("RateService", "1000", "产品类型错误");
        }
        if (!isMainland(rate.getAttribute("fromDivision")) || !isMainland(rate.getAttribute("toDivision"))) {
            return err("RateService", "8016", "不在服务范围");
        }
        String product = rate.getAttribute("serviceCode");
        BigDecimal[] charges = charges(product, rate.getAttribute("weightKg"));
        boolean standard = product.equals("FC-STD");
        return ok("RateService", "<RateResponse><Quote serviceCode=\"" + product + "\" currency=\"CNY\" minDays=\""
                + (standard ? 1 : 2) + "\" maxDays=\"" + (standard ? 2 : 4) + "\">"
                + "<Charge name=\"BASE\" amount=\"" + charges[0] + "\"/>"
                + "<Charge name=\"CONTINUED_WEIGHT\" amount=\"" + charges[1] + "\"/></Quote></RateResponse>");
    }

    private Reply order(Element order) {
        if (order == null || order.getAttribute("orderId").isBlank()) {
            return err("OrderService", "1000", "订单号不能为空");
        }
        if (!monthlyAccount.equals(order.getAttribute("custId"))) {
            return err("OrderService", "4001", "月结卡号不匹配");
        }
        String product = order.getAttribute("serviceCode");
        if (!TARIFF.containsKey(product)) {
            return err("OrderService", "1000", "产品类型错误");
        }
        Element receiver = child(order, "Receiver");
        if (receiver == null || !PHONE.matcher(receiver.getAttribute("mobile")).matches()) {
            return err("OrderService", "1010", "收件人手机号格式错误");
        }
        if (!"CN".equals(receiver.getAttribute("country")) || !isMainland(receiver.getAttribute("division"))) {
            return err("OrderService", "8013", "不在收派范围");
        }
        String orderId = order.getAttribute("orderId");
        Bookings.Booking booking = bookings.once(orderId, () -> {
            String mailNo = "FC" + serial.incrementAndGet();
            String format = Labels.formatOf(order.getAttribute("labelFormat"));
            BigDecimal[] charges = charges(product, order.getAttribute("weightKg"));
            String answer = "<OrderResponse orderId=\"" + escape(orderId) + "\" mailNo=\"" + mailNo + "\" freight=\""
                    + charges[0].add(charges[1]) + "\"><Label format=\"" + format + "\">"
                    + Base64.getEncoder().encodeToString(Labels.of(format, "Fengchi", mailNo)) + "</Label></OrderResponse>";
            Trip.Plan plan = trip(product.equals("FC-ECO") ? 1 : 0);
            // isDocall 0: the shipper calls the courier later (a bonded parcel waits for customs' release).
            Trip trip = "0".equals(order.getAttribute("isDocall")) ? plan.awaitingCollection() : plan.startingAt(clock.instant());
            return new Bookings.Booking(mailNo, trip, answer);
        });
        // A repeated orderId gets the e-waybill already issued, which makes the host's retries safe.
        return ok("OrderService", booking.answer());
    }

    private Reply cancel(Element cancel) {
        var booking = bookings.byWaybill(cancel == null ? "" : cancel.getAttribute("mailNo"));
        if (booking.isEmpty()) {
            return err("OrderCancelService", "6150", "运单号不存在");
        }
        var outcome = booking.get().trip().cancel(clock.instant(), "50", "19", "订单已取消");
        return outcome == Trip.Cancellation.TOO_LATE ? err("OrderCancelService", "8037", "已揽收，不能取消")
                : ok("OrderCancelService", "<CancelResponse mailNo=\"" + booking.get().waybill() + "\" status=\"2\"/>");
    }

    private Reply route(Element query) {
        var booking = bookings.byWaybill(query == null ? "" : query.getAttribute("trackingNumber"));
        if (booking.isEmpty()) {
            return err("RouteService", "6150", "运单号不存在");
        }
        StringBuilder routes = new StringBuilder("<RouteResponse mailNo=\"" + booking.get().waybill() + "\">");
        for (Trip.Scan scan : booking.get().trip().scans(clock.instant())) {
            routes.append("<Route acceptTime=\"").append(ROUTE_TIME.format(scan.at().atZone(BEIJING)))
                    .append("\" acceptAddress=\"").append(escape(scan.place() == null ? "" : scan.place()))
                    .append("\" opCode=\"").append(scan.code())
                    .append("\" remark=\"").append(escape(scan.note())).append("\"/>");
        }
        return ok("RouteService", routes.append("</RouteResponse>").toString());
    }

    private Reply pickup(Element pickup) {
        if (pickup == null || pickup.getAttribute("date").isBlank() || !isMainland(pickup.getAttribute("division"))) {
            return err("PickupService", "8016", "不在服务范围");
        }
        // The courier comes for the waybills named: their trips start now.
        for (Element waybill : children(pickup, "Waybill")) {
            bookings.byWaybill(waybill.getAttribute("mailNo")).ifPresent(b -> b.trip().collect(clock.instant()));
        }
        return ok("PickupService", "<PickupResponse number=\"PK" + pickups.incrementAndGet() + "\" date=\""
                + escape(pickup.getAttribute("date")) + "\"/>");
    }

    /**
     * Fengchi's last mile: ordered, collected from the warehouse (customs has already released bonded goods, or the
     * line haul cleared direct mail), sorted, out for delivery next day, signed for. Economy adds a day on the road.
     */
    private static Trip.Plan trip(int extraDays) {
        return new Trip.Plan()
                .at(0, 0, "10", "上海", "已下单")
                .at(0, 4, "50", "上海外高桥", "顺路收件 已收取快件")
                .at(0, 8, "30", "上海浦东中转场", "快件在中转场分拣")
                .at(extraDays, 14, "31", "上海浦东新区营业点", "快件到达营业点")
                .at(1 + extraDays, 0, "44", "上海浦东新区", "快递员派件中")
                .at(1 + extraDays, 6, "80", "上海浦东新区", "已签收，签收人：本人");
    }

    /** First kilogram, then each further started kilogram; Fengchi bills started kilograms. */
    private static BigDecimal[] charges(String product, String weightKg) {
        BigDecimal kg = new BigDecimal(weightKg.isBlank() ? "0" : weightKg);
        long further = Math.max(0, kg.setScale(0, java.math.RoundingMode.CEILING).longValueExact() - 1);
        BigDecimal[] tariff = TARIFF.get(product);
        return new BigDecimal[] {tariff[0], tariff[1].multiply(BigDecimal.valueOf(further))};
    }

    /** Division codes are six digits in the mainland; a bare country code is someone abroad. */
    private static boolean isMainland(String division) {
        return division != null && division.matches("[1-8][0-9]{5}");
    }

    private static Reply ok(String service, String body) {
        return answer(service, "<Head>OK</Head><Body>" + body + "</Body>");
    }

    private static Reply err(String service, String code, String message) {
        return answer(service, "<Head>ERR</Head><ERROR code=\"" + code + "\">" + message + "</ERROR>");
    }

    private static Reply answer(String service, String inner) {
        return Reply.text(200, "application/xml; charset=utf-8", "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<Response"
                + (service == null ? "" : " service=\"" + escape(service) + "\"") + ">" + inner + "</Response>");
    }

    static String digest(String text) {
        try {
            return Base64.getEncoder().encodeToString(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }

    /**
     * Partner XML is untrusted input here too: no DOCTYPE, no entities. Built once: looking the factory up took a
     * fifth of the simulator's time per call. A factory is not thread-safe, so builders are taken from it under its lock.
     */
    private static final DocumentBuilderFactory XML = hardenedFactory();
    /** One parser per server thread (four), reset after each request: building one cost as much as a parse (issue #13). */
    private static final ThreadLocal<DocumentBuilder> PARSERS = ThreadLocal.withInitial(() -> {
        synchronized (XML) {
            try {
                return XML.newDocumentBuilder();
            } catch (Exception e) {
                throw new IllegalStateException("the JDK's XML parser refuses hardening", e);
            }
        }
    });

    private static DocumentBuilderFactory hardenedFactory() {
        try {
            DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
            f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            f.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            f.setXIncludeAware(false);
            f.setExpandEntityReferences(false);
            return f;
        } catch (Exception e) {
            throw new IllegalStateException("the JDK's XML parser refuses hardening", e);
        }
    }

    private static Element parse(String xml) {
        DocumentBuilder builder = PARSERS.get();
        try {
            builder.setErrorHandler(null);
            return builder.parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8))).getDocumentElement();
        } catch (Exception e) {
            throw new IllegalArgumentException("not well-formed XML", e);
        } finally {
            builder.reset();
        }
    }

    private static Element child(Element parent, String name) {
        List<Element> all = children(parent, name);
        return all.isEmpty() ? null : all.get(0);
    }

    private static List<Element> children(Element parent, String name) {
        List<Element> found = new java.util.ArrayList<>();
        for (Node n = parent == null ? null : parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e && e.getTagName().equals(name)) {
                found.add(e);
            }
        }
        return found;
    }

    private static String text(Element e) {
        return e == null ? null : e.getTextContent().trim();
    }

    private static String escape(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
