package io.kuajing.sandbox;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Pattern;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import io.kuajing.sandbox.SimulatorServer.Call;
import io.kuajing.sandbox.SimulatorServer.Reply;

/**
 * The post office's EMS API as its plugin speaks it: form posts to {@code /ems/api} whose parameters, sorted by
 * name and joined as {@code k=v&...}, are signed {@code sign = hex(HMAC-SHA256(secret key))}; answers are
 * {@code key=value} lines with {@code result=0} or an {@code E...} code, always HTTP 200. Bookings are deduplicated
 * per customer and {@code txn_id}; items get UPU S10 numbers ({@code EA} + serial + check digit + {@code CN}); event
 * times are Beijing wall-clock {@code yyyyMMddHHmmss}. The post takes no cancellations over this API.
 */
final class SimulatedPostOffice {

    private static final ZoneId BEIJING = ZoneId.of("Asia/Shanghai");
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMddHHmmss");
    private static final Pattern PHONE = Pattern.compile("1[3-9][0-9]{9}|0[1-9][0-9]{8,10}");
    private static final Pattern DIVISION = Pattern.compile("[1-8][0-9]{5}");
    private static final List<String> INTERNATIONAL_ORIGINS = List.of("US", "JP", "DE", "GB", "AU", "FR", "KR");
    /** Outbound destinations and the country name their addressee block ends with. */
    private static final Map<String, String> OUTBOUND_DESTINATIONS = Map.of("US", "UNITED STATES", "JP", "JAPAN");
    private static final int[] S10_WEIGHTS = {8, 6, 4, 2, 3, 5, 9, 7};

    private final Bookings bookings = new Bookings();
    private final AtomicLong serial = new AtomicLong(30_000_000);
    private final Clock clock;
    private final String customerCode;
    private final String secretKey;

    SimulatedPostOffice(Clock clock, String customerCode, String secretKey) {
        this.clock = clock;
        this.customerCode = customerCode;
        this.secretKey = secretKey;
    }

    Reply answer(Call call) {
        if (!call.method().equals("POST") || !call.path().equals("/ems/api")) {
            return Reply.text(404, "text/html", "<html>not found</html>");
        }
        Map<String, String> form = form(call.text());
        String sign = form.remove("sign");
        // An unknown customer and a bad signature look the same from outside: E001, so nobody can probe customers.
        if (sign == null || !customerCode.equals(form.get("customer"))
                || !MessageDigest.isEqual(sign.getBytes(StandardCharsets.UTF_8), sign(form).getBytes(StandardCharsets.UTF_8))) {
            return lines("result=E001", "message=sign mismatch");
        }
        if (!String.valueOf(form.get("timestamp")).matches("[0-9]{14}")) {
            return lines("result=E101", "field=timestamp", "message=bad timestamp");
        }
        return switch (String.valueOf(form.get("method"))) {
            case "ems.rate" -> rate(form);
            case "ems.order" -> order(form);
            case "ems.track" -> track(form.get("mail_no"));
            default -> lines("result=E101", "field=method", "message=unknown method");
        };
    }

    private Reply rate(Map<String, String> p) {
        String refused = refusal(p, p.get("from_country"), p.get("to_division"));
        if (refused != null) {
            return lines(refused.split("\n"));
        }
        String service = p.get("service");
        long postage = postage(service, Long.parseLong(p.get("weight_g")));
        long insurance = insurance(p.get("declared_fen"));
        return lines("result=0", "quote.count=1", "quote.1.service=" + service, "quote.1.currency=CNY",
                "quote.1.postage=" + postage, "quote.1.insurance=" + insurance,
                "quote.1.days=" + (service.equals("EMS-INTL") ? "6-10" : "2-4"));
    }

    private Reply order(Map<String, String> p) {
        if ("EMS-OUT".equals(p.get("service"))) {
            return outbound(p);
        }
        String refused = refusal(p, p.get("s_country"), p.get("r_division"));
        if (refused != null) {
            return lines(refused.split("\n"));
        }
        if (!PHONE.matcher(String.valueOf(p.get("r_phone"))).matches()) {
            return lines("result=E101", "field=r_phone", "message=bad phone");
        }
        String txn = p.get("txn_id");
        if (txn == null || txn.isBlank()) {
            return lines("result=E101", "field=txn_id", "message=txn_id required");
        }
        String service = p.get("service");
        Bookings.Booking booking = bookings.once(p.get("customer") + "/" + txn, () -> {
            String item = s10(serial.incrementAndGet());
            String format = Labels.formatOf(p.get("label"));
            String answer = String.join("\n", "result=0", "mail_no=" + item,
                    "postage=" + postage(service, Long.parseLong(p.get("weight_g"))), "label.format=" + format,
                    "label.data=" + Base64.getEncoder().encodeToString(Labels.of(format, "EMS", item)));
            return new Bookings.Booking(item, (service.equals("EMS-INTL") ? international(p.get("s_country")) : domestic())
                    .startingAt(clock.instant()), answer);
        });
        return lines(booking.answer());
    }

    /**
     * Outbound EMS: a 9610 export parcel posted in China to a buyer in one of the destinations the post serves. The
     * addressee block is printed as the sender formatted it ({@code r_line.1..n}), which the post requires to end
     * with the destination country's name; a buyer abroad needs no phone in the Chinese numbering plan.
     */
    private Reply outbound(Map<String, String> p) {
        if (!"CN".equals(p.get("s_country")) || !OUTBOUND_DESTINATIONS.containsKey(String.valueOf(p.get("r_country")))
                || !"9610".equals(p.get("regime"))) {
            return lines("result=E201", "message=route suspended");
        }
        if (String.valueOf(p.get("r_post")).isBlank()) {
            return lines("result=E101", "field=r_post", "message=postal code required");
        }
        List<String> block = new ArrayList<>();
        for (int i = 1; p.containsKey("r_line." + i); i++) {
            block.add(p.get("r_line." + i));
        }
        if (block.size() < 3 || !block.get(block.size() - 1).equals(OUTBOUND_DESTINATIONS.get(p.get("r_country")))) {
            return lines("result=E202", "message=addressee block must end with the destination country");
        }
        String grams = p.get("weight_g");
        if (grams == null || !grams.matches("[0-9]{1,7}") || Long.parseLong(grams) <= 0 || Long.parseLong(grams) > 30_000) {
            return lines("result=E101", "field=weight_g", "message=weight out of range");
        }
        Bookings.Booking booking = bookings.once(p.get("customer") + "/" + p.get("txn_id"), () -> {
            String item = s10(serial.incrementAndGet());
            String format = Labels.formatOf(p.get("label"));
            String answer = String.join("\n", "result=0", "mail_no=" + item,
                    "postage=" + postage("EMS-INTL", Long.parseLong(grams)), "label.format=" + format,
                    "label.data=" + Base64.getEncoder().encodeToString(Labels.addressed(format, "EMS", item, block)));
            return new Bookings.Booking(item, abroad(p.get("r_country")).startingAt(clock.instant()), answer);
        });
        return lines(booking.answer());
    }

    private Reply track(String mailNo) {
        var booking = bookings.byWaybill(String.valueOf(mailNo));
        if (booking.isEmpty()) {
            return lines("result=E301", "message=no such item");
        }
        List<Trip.Scan> scans = booking.get().trip().scans(clock.instant());
        StringBuilder answer = new StringBuilder("result=0\nmail_no=" + mailNo + "\nevent.count=" + scans.size());
        for (int i = 0; i < scans.size(); i++) {
            Trip.Scan scan = scans.get(i);
            String e = "\nevent." + (i + 1) + ".";
            answer.append(e).append("time=").append(STAMP.format(scan.at().atZone(BEIJING)))
                    .append(e).append("code=").append(scan.code())
                    .append(e).append("office=").append(scan.place())
                    .append(e).append("desc=").append(scan.note());
        }
        return lines(answer.toString());
    }

    /** International EMS under 9610: accepted abroad, exchanged, cleared by customs at the Shanghai office of exchange, delivered. */
    private static Trip.Plan international(String origin) {
        String office = origin == null ? "Overseas" : origin + " post office";
        return new Trip.Plan()
                .at(0, 6, "EMA", office, "Posting/collection")
                .at(1, 0, "EMB", office + " exchange", "Arrival at outward office of exchange")
                .at(1, 18, "EMC", office + " exchange", "Departure from outward office of exchange")
                .at(4, 0, "EMD", "上海国际邮件互换局", "到达进口互换局")
                .at(4, 4, "EDB", "上海海关驻邮局办事处", "海关查验中")
                .at(5, 6, "EMF", "上海国际邮件互换局", "海关放行")
                .at(6, 0, "EDH", "上海浦东新区投递部", "投递员正在派送")
                .at(6, 8, "EMI", "上海浦东新区投递部", "本人签收");
    }

    /** Outbound EMS: posted at the vendor's city, cleared for export at the Shanghai office of exchange, delivered abroad. */
    private static Trip.Plan abroad(String destination) {
        String post = destination + " post";
        return new Trip.Plan()
                .at(0, 6, "EMA", "上海浦东揽投部", "已收寄")
                .at(1, 0, "EMB", "上海国际邮件互换局", "到达出口互换局")
                .at(1, 8, "EMC", "上海国际邮件互换局", "离开出口互换局")
                .at(3, 0, "EMD", post + " office of exchange", "Arrival at inward office of exchange")
                .at(3, 12, "EMF", post + " office of exchange", "Released by customs")
                .at(4, 2, "EDH", post + " delivery office", "Out for delivery")
                .at(4, 9, "EMI", post + " delivery office", "Delivered");
    }

    /** Domestic EMS for the last mile. */
    private static Trip.Plan domestic() {
        return new Trip.Plan()
                .at(0, 4, "EMA", "上海外高桥揽投部", "已收寄")
                .at(0, 20, "EMC", "上海邮区中心", "离开处理中心")
                .at(2, 0, "EDH", "上海浦东新区投递部", "投递员正在派送")
                .at(2, 7, "EMI", "上海浦东新区投递部", "本人签收");
    }

    /** Lines the post serves: international EMS from its partner posts into China, domestic EMS within China. */
    private static String refusal(Map<String, String> p, String fromCountry, String toDivision) {
        String service = p.get("service");
        if (!"EMS-INTL".equals(service) && !"EMS-CN".equals(service)) {
            return "result=E101\nfield=service\nmessage=unknown service";
        }
        boolean served = service.equals("EMS-INTL") ? INTERNATIONAL_ORIGINS.contains(fromCountry) && "9610".equals(p.get("regime"))
                : "CN".equals(fromCountry);
        if (!served) {
            return "result=E201\nmessage=route suspended";
        }
        if (toDivision == null || !DIVISION.matcher(toDivision).matches()) {
            return "result=E101\nfield=r_division\nmessage=bad division";
        }
        String grams = p.get("weight_g");
        if (grams == null || !grams.matches("[0-9]{1,7}") || Long.parseLong(grams) <= 0 || Long.parseLong(grams) > 30_000) {
            return "result=E101\nfield=weight_g\nmessage=weight out of range";
        }
        return null;
    }

    /** Postage in fen: international by started 500 g, domestic by started kilogram. */
    private static long postage(String service, long grams) {
        if (service.equals("EMS-INTL")) {
            long halfKilos = (grams + 499) / 500;
            return 9500 + Math.max(0, halfKilos - 1) * 1500;
        }
        long kilos = (grams + 999) / 1000;
        return 1800 + Math.max(0, kilos - 1) * 500;
    }

    /** Insurance: 1% of the declared value, to the started fen. */
    private static long insurance(String declaredFen) {
        long declared = declaredFen == null || !declaredFen.matches("[0-9]+") ? 0 : Long.parseLong(declaredFen);
        return BigDecimal.valueOf(declared).movePointLeft(2).setScale(0, RoundingMode.CEILING).longValueExact();
    }

    /** UPU S10: service indicator, eight-digit serial, weighted mod-11 check digit, issuing country. */
    static String s10(long serial) {
        String digits = String.format("%08d", serial);
        int sum = 0;
        for (int i = 0; i < 8; i++) {
            sum += (digits.charAt(i) - '0') * S10_WEIGHTS[i];
        }
        int check = 11 - sum % 11;
        return "EA" + digits + (check == 10 ? 0 : check == 11 ? 5 : check) + "CN";
    }

    /** The canonical string is the sorted {@code k=v} pairs, decoded, without {@code sign}. */
    private String sign(Map<String, String> parameters) {
        StringBuilder canonical = new StringBuilder();
        new TreeMap<>(parameters).forEach((k, v) -> canonical.append(canonical.length() == 0 ? "" : "&").append(k).append('=').append(v));
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secretKey.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            return HexFormat.of().formatHex(mac.doFinal(canonical.toString().getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException | InvalidKeyException e) {
            throw new IllegalStateException("HmacSHA256 is part of every JDK", e);
        }
    }

    private static Map<String, String> form(String body) {
        Map<String, String> form = new TreeMap<>();
        for (String pair : body.split("&")) {
            int eq = pair.indexOf('=');
            if (eq > 0) {
                form.put(URLDecoder.decode(pair.substring(0, eq), StandardCharsets.UTF_8),
                        URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
            }
        }
        return form;
    }

    private static Reply lines(String... lines) {
        return Reply.text(200, "text/plain; charset=utf-8", String.join("\n", lines) + "\n");
    }
}
