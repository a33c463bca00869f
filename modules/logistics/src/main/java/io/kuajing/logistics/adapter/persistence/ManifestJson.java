package io.kuajing.logistics.adapter.persistence;

import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import io.kuajing.kernel.Money;
import io.kuajing.kernel.Regime;
import io.kuajing.logistics.domain.Goods;
import io.kuajing.logistics.domain.Manifest;
import io.kuajing.logistics.domain.Place;

/** The manifest column: a flat, versionless JSON shape owned by this adapter (the domain records stay free of Jackson). */
final class ManifestJson {

    private static final ObjectMapper JSON = JsonMapper.builder().build();

    private ManifestJson() {
    }

    static String write(Manifest m) {
        try {
            var node = JSON.createObjectNode();
            node.set("from", JSON.valueToTree(m.from()));
            node.set("to", JSON.valueToTree(m.to()));
            node.put("consigneeName", m.consigneeName());
            node.put("consigneeIdNumber", m.consigneeIdNumber());
            node.put("regime", m.regime().name());
            node.put("grossWeightGrams", m.grossWeightGrams());
            var goods = node.putArray("goods");
            for (Goods g : m.goods()) {
                var o = goods.addObject();
                o.put("sku", g.sku());
                o.put("description", g.description());
                o.put("hsCode", g.hsCode());
                o.put("originCountry", g.originCountry());
                o.put("quantity", g.quantity());
                o.put("unitWeightGrams", g.unitWeightGrams());
                o.put("amount", g.unitValue().amount().toPlainString());
                o.put("currency", g.unitValue().currency().getCurrencyCode());
            }
            return JSON.writeValueAsString(node);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write manifest", e);
        }
    }

    static Manifest read(String text) {
        try {
            var node = JSON.readTree(text);
            List<Goods> goods = new ArrayList<>();
            for (var o : node.get("goods")) {
                goods.add(new Goods(o.get("sku").asText(), o.get("description").asText(), o.get("hsCode").asText(),
                        o.get("originCountry").asText(), o.get("quantity").asInt(), o.get("unitWeightGrams").asLong(),
                        Money.of(o.get("amount").asText(), o.get("currency").asText())));
            }
            return new Manifest(JSON.treeToValue(node.get("from"), Place.class), JSON.treeToValue(node.get("to"), Place.class),
                    text(node, "consigneeName"), text(node, "consigneeIdNumber"), Regime.valueOf(node.get("regime").asText()),
                    node.get("grossWeightGrams").asLong(), goods);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot read manifest", e);
        }
    }

    private static String text(JsonNode node, String field) {
        var v = node.get(field);
        return v == null || v.isNull() ? null : v.asText();
    }
}
