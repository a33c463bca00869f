package com.example.carrier;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

import io.kuajing.plugin.HttpTransport;

/** An in-memory post office: checks the HMAC sign, books once per txn_id, issues valid S10 numbers. */
final class SimulatedExampleService implements HttpTransport {

    private final String secretKey;
    private final Map<String, String> itemsByTransaction = new ConcurrentHashMap<>();
    private final AtomicLong serial = new AtomicLong(20000000);

    SimulatedExampleService(String secretKey) {
        this.secretKey = secretKey;
    }

    @Override
    public Response send(Request request) {
        Map<String, String> form = ExampleForm.decodeForm(new String(request.body(), StandardCharsets.UTF_8));
        if (!ExampleForm.sign(form, secretKey).equals(form.get("sign"))) {
            return text("result=E001\nmessage=sign mismatch");
        }
        return switch (form.get("method")) {
            case "ems.order" -> {
                String item = itemsByTransaction.computeIfAbsent(form.get("txn_id"),
                        k -> S10.of("EA", serial.incrementAndGet(), "CN"));
                String label = Base64.getEncoder().encodeToString(("%PDF-1.4\n% " + item).getBytes(StandardCharsets.UTF_8));
                yield text("result=0\nmail_no=" + item + "\npostage=15950\nlabel.format=PDF\nlabel.data=" + label);
            }
            case "ems.rate" -> text("result=0\nquote.count=1\nquote.1.service=EMS-INTL\nquote.1.currency=CNY\nquote.1.postage=15650\nquote.1.days=6-10");
            default -> text("result=E900\nmessage=not simulated");
        };
    }

    private static Response text(String body) {
        return new Response(200, Map.of("Content-Type", List.of("text/plain")), body.getBytes(StandardCharsets.UTF_8));
    }
}
