package io.kuajing.plugin.jpcsv;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import io.kuajing.plugin.marketplace.CatalogItem;
import io.kuajing.plugin.marketplace.Message;
import io.kuajing.plugin.marketplace.Offer;
import io.kuajing.plugin.marketplace.OfferBatch;
import io.kuajing.plugin.marketplace.Price;
import io.kuajing.plugin.marketplace.ShipFrom;

/**
 * One read of the CSV folder. Columns are found by their Japanese header, so a seller may reorder them; values are
 * NFKC-normalised first because Japanese exports mix full-width digits and symbols ({@code ３，９８０円}) with
 * ASCII. A row that cannot be read is an ERROR message naming {@code file:line} and never stops the read.
 */
record JpCsvFeed(List<Entry> entries, Map<String, List<Offer>> offersByCode, Map<String, List<Message>> offerMessages) {

    static final String SITE = "amazon.co.jp";

    static final String CODE = "商品コード";
    static final String JAN = "JANコード";
    static final String TITLE = "商品名";
    static final String BRAND = "ブランド";
    static final String CATEGORY = "カテゴリ";
    static final String DESCRIPTION = "商品説明";
    static final String PRICE = "販売価格";
    static final String CURRENCY = "通貨";
    static final String STOCK = "在庫数";
    static final String SELLER_ID = "出品者ID";
    static final String SELLER_NAME = "出品者名";
    static final String WAREHOUSE = "出荷元倉庫";
    static final String COUNTRY = "倉庫国";
    static final String BONDED = "保税区分";
    static final String WEIGHT = "重量(g)";
    static final String HS_CODE = "HSコード";
    /** Optional: exports from before it was added have no such column, and their items no stated origin. */
    static final String ORIGIN = "原産国";

    private static final List<String> REQUIRED = List.of(CODE, TITLE, PRICE, STOCK, SELLER_ID, WAREHOUSE, COUNTRY);

    /** A catalogue entry: an item with the messages of its rows, or the messages of rows without a usable code. */
    record Entry(CatalogItem item, List<Message> messages) {
    }

    OfferBatch offers(List<String> codes) {
        List<Offer> offers = new ArrayList<>();
        List<Message> messages = new ArrayList<>();
        for (String code : codes) {
            List<Offer> known = offersByCode.get(code);
            if (known == null) {
                messages.add(Message.error("unknown-ref", code, "no item " + code + " in the current export"));
            } else {
                offers.addAll(known);
                messages.addAll(offerMessages.getOrDefault(code, List.of()));
            }
        }
        return new OfferBatch(offers, messages);
    }

    static JpCsvFeed read(Path dir) {
        Map<String, CatalogItem> items = new LinkedHashMap<>();
        Map<String, List<Message>> itemMessages = new HashMap<>();
        Map<String, List<Offer>> offers = new HashMap<>();
        Map<String, List<Message>> offerMessages = new HashMap<>();
        List<Entry> entries = new ArrayList<>();
        for (Path file : csvFiles(dir)) {
            String name = file.getFileName().toString();
            List<Csv.Record> records;
            try {
                records = Csv.parse(utf8(file));
            } catch (IOException e) {
                entries.add(failed(Message.error("feed-unreadable", name, name + ": " + e.getMessage())));
                continue;
            }
            if (records.isEmpty()) {
                continue;
            }
            Map<String, Integer> columns = columns(records.get(0).fields());
            List<String> missing = REQUIRED.stream().filter(c -> !columns.containsKey(c)).toList();
            if (!missing.isEmpty()) {
                entries.add(failed(Message.error("feed-unreadable", name, name + ": missing columns " + missing)));
                continue;
            }
            for (Csv.Record record : records.subList(1, records.size())) {
                String where = name + ":" + record.line();
                if (record.fields().size() != columns.size()) {
                    entries.add(failed(Message.error("bad-row", where, where + ": " + record.fields().size()
                            + " fields, the header has " + columns.size())));
                    continue;
                }
                Row row = new Row(columns, record.fields());
                String code = row.get(CODE);
                if (code == null) {
                    entries.add(failed(Message.error("missing-code", where, where + ": no " + CODE)));
                    continue;
                }
                try {
                    // The offer first: an item whose only row has a bad price must not appear without offers.
                    Offer offer = offer(code, row);
                    if (!items.containsKey(code)) {
                        List<Message> warnings = new ArrayList<>();
                        items.put(code, item(code, row, where, warnings));
                        itemMessages.put(code, warnings);
                    }
                    offers.computeIfAbsent(code, c -> new ArrayList<>()).add(offer);
                } catch (IllegalArgumentException e) {
                    Message problem = Message.error("bad-row", code, where + ": " + e.getMessage());
                    if (items.containsKey(code)) {
                        // The item is fine and has other offers: this offer alone is refused.
                        offerMessages.computeIfAbsent(code, c -> new ArrayList<>()).add(problem);
                    } else {
                        entries.add(failed(problem));
                    }
                }
            }
        }
        items.forEach((code, item) -> entries.add(new Entry(item, List.copyOf(itemMessages.getOrDefault(code, List.of())))));
        Map<String, List<Offer>> frozen = new HashMap<>();
        offers.forEach((code, list) -> frozen.put(code, List.copyOf(list)));
        Map<String, List<Message>> frozenMessages = new HashMap<>();
        offerMessages.forEach((code, list) -> frozenMessages.put(code, List.copyOf(list)));
        return new JpCsvFeed(List.copyOf(entries), Map.copyOf(frozen), Map.copyOf(frozenMessages));
    }

    private static CatalogItem item(String code, Row row, String where, List<Message> warnings) {
        String jan = row.get(JAN);
        if (jan != null && !validGtin(jan)) {
            warnings.add(Message.warning("bad-jan", code, where + ": JAN " + jan + " fails its check digit, ignored"));
            jan = null;
        }
        String weight = row.get(WEIGHT);
        Integer grams = weight == null ? null : Integer.valueOf(weight.replace(",", ""));
        return new CatalogItem(code, SITE, row.get(TITLE), "ja-JP", row.get(DESCRIPTION), row.get(BRAND),
                row.get(CATEGORY), jan, row.get(HS_CODE), grams, row.get(ORIGIN));
    }

    private static Offer offer(String code, Row row) {
        String rawPrice = row.get(PRICE);
        if (rawPrice == null) {
            throw new IllegalArgumentException("no " + PRICE);
        }
        // "¥3,980", "3,980円" and "３，９８０" (NFKC made that "3,980") all mean 3980 yen.
        BigDecimal amount = new BigDecimal(rawPrice.replaceAll("[¥,円\\s]", ""));
        String currency = row.get(CURRENCY) == null ? "JPY" : row.get(CURRENCY);
        String stock = row.get(STOCK);
        String country = row.get(COUNTRY);
        ShipFrom.WarehouseType type = !"CN".equals(country) ? ShipFrom.WarehouseType.OVERSEAS
                : "保税".equals(row.get(BONDED)) ? ShipFrom.WarehouseType.BONDED : ShipFrom.WarehouseType.DOMESTIC;
        return new Offer(code, row.get(SELLER_ID), row.get(SELLER_NAME), new Price(amount, currency),
                Integer.parseInt(stock == null ? "" : stock.replace(",", "")),
                new ShipFrom(row.get(WAREHOUSE), country, type));
    }

    /** GS1 check digit (JAN is EAN-13 or EAN-8): weights 3,1 from the right, excluding the check digit. */
    static boolean validGtin(String digits) {
        if (!digits.matches("\\d{8}|\\d{12,14}")) {
            return false;
        }
        int sum = 0;
        for (int i = digits.length() - 2, w = 3; i >= 0; i--, w = 4 - w) {
            sum += (digits.charAt(i) - '0') * w;
        }
        return (10 - sum % 10) % 10 == digits.charAt(digits.length() - 1) - '0';
    }

    private static Map<String, Integer> columns(List<String> header) {
        Map<String, Integer> columns = new LinkedHashMap<>();
        for (int i = 0; i < header.size(); i++) {
            columns.put(Normalizer.normalize(header.get(i), Normalizer.Form.NFKC).strip(), i);
        }
        return columns;
    }

    /** A data row by header name; blank values are null. */
    private record Row(Map<String, Integer> columns, List<String> fields) {
        String get(String column) {
            Integer index = columns.get(Normalizer.normalize(column, Normalizer.Form.NFKC));
            if (index == null) {
                return null;
            }
            String value = Normalizer.normalize(fields.get(index), Normalizer.Form.NFKC).strip();
            return value.isEmpty() ? null : value;
        }
    }

    private static String utf8(Path file) throws IOException {
        // Strict decoding: a Shift_JIS file read as UTF-8 would otherwise turn every title into replacement characters.
        try {
            return StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(Files.readAllBytes(file))).toString();
        } catch (CharacterCodingException e) {
            throw new IOException("not UTF-8 (save the export as UTF-8, not Shift_JIS)", e);
        }
    }

    private static Entry failed(Message message) {
        return new Entry(null, List.of(message));
    }

    private static List<Path> csvFiles(Path dir) {
        if (!Files.isDirectory(dir)) {
            throw new IllegalStateException("feed-dir is not a folder: " + dir.toAbsolutePath());
        }
        try (Stream<Path> list = Files.list(dir)) {
            return list.filter(p -> p.getFileName().toString().endsWith(".csv")).sorted().toList();
        } catch (IOException e) {
            throw new IllegalStateException("cannot list feed-dir " + dir.toAbsolutePath() + ": " + e.getMessage(), e);
        }
    }
}
