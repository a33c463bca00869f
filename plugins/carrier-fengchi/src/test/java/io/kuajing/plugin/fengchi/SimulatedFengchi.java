package io.kuajing.plugin.fengchi;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

import io.kuajing.plugin.HttpTransport;
import org.w3c.dom.Element;

/** An in-memory Fengchi: verifies the digest, issues e-waybills once per orderId, answers in Fengchi XML. */
final class SimulatedFengchi implements HttpTransport {

    private final String checkWord;
    private final Map<String, String> waybillsByOrder = new ConcurrentHashMap<>();
    private final AtomicLong sequence = new AtomicLong(1000000100L);

    SimulatedFengchi(String checkWord) {
        this.checkWord = checkWord;
    }

    @Override
    public Response send(Request request) {
        String xml = new String(request.body(), StandardCharsets.UTF_8);
        if (!List.of(FengchiCarrier.digest(xml + checkWord)).equals(request.headers().get("X-Msg-Digest"))) {
            return answer("<Head>ERR</Head><ERROR code=\"4001\">数字签名校验失败</ERROR>");
        }
        Element root = Xml.parse(xml);
        Element body = Xml.child(root, "Body");
        switch (root.getAttribute("service")) {
            case "OrderService" -> {
                String orderId = Xml.child(body, "Order").getAttribute("orderId");
                String mailNo = waybillsByOrder.computeIfAbsent(orderId, k -> "FC" + sequence.incrementAndGet());
                String label = Base64.getEncoder().encodeToString(("%PDF-1.4\n% " + mailNo).getBytes(StandardCharsets.UTF_8));
                return answer("<Head>OK</Head><Body><OrderResponse orderId=\"" + orderId + "\" mailNo=\"" + mailNo
                        + "\" freight=\"27.50\"><Label format=\"PDF\">" + label + "</Label></OrderResponse></Body>");
            }
            case "RateService" -> {
                return answer("<Head>OK</Head><Body><RateResponse><Quote serviceCode=\"FC-STD\" currency=\"CNY\" minDays=\"1\" maxDays=\"2\">"
                        + "<Charge name=\"BASE\" amount=\"23.00\"/></Quote></RateResponse></Body>");
            }
            default -> {
                return answer("<Head>ERR</Head><ERROR code=\"S0000\">unsupported in simulator</ERROR>");
            }
        }
    }

    private static Response answer(String inner) {
        return new Response(200, Map.of("Content-Type", List.of("application/xml")),
                ("<?xml version=\"1.0\" encoding=\"UTF-8\"?><Response>" + inner + "</Response>").getBytes(StandardCharsets.UTF_8));
    }
}
