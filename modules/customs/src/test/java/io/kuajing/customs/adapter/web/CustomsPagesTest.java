package io.kuajing.customs.adapter.web;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;

import io.kuajing.customs.Declarations;
import io.kuajing.customs.support.SampleOrders;
import io.kuajing.platform.Roles;
import io.kuajing.platform.testing.Eventually;
import io.kuajing.platform.testing.WithTestDatabase;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.token.jwt.generator.JwtTokenGenerator;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/** The console's declaration page over HTTP on MySQL: the signed messages sent, readable and with personal data masked. */
@MicronautTest(environments = "test", transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CustomsPagesTest implements WithTestDatabase {

    @Inject
    @Client("/")
    HttpClient http;
    @Inject
    JwtTokenGenerator tokens;
    @Inject
    Declarations declarations;

    String page(String path) {
        String token = tokens.generateToken(Authentication.build("operator-1", List.of(Roles.OPERATOR)), 600).orElseThrow();
        return http.toBlocking().retrieve(HttpRequest.GET(path).bearerAuth(token).accept("text/html"));
    }

    @Test
    void theDeclarationPageShowsEveryMessageIndentedEscapedAndMaskedWithTheMessageItWentIn() {
        declarations.declare(SampleOrders.directMail("KJ-PAGE-MSG"));
        Eventually.within(Duration.ofSeconds(10), "released",
                () -> declarations.status("KJ-PAGE-MSG").orElseThrow().releasedOn() != null);

        String html = page("/console/customs/declarations/KJ-PAGE-MSG");

        assertTrue(html.contains("<h2>已发送的报文</h2>"), html);
        assertTrue(html.matches("(?s).*data-type=\"CEB311\">.*data-type=\"CEB411\">.*data-type=\"CEB511\">.*data-type=\"CEB621\">.*"),
                "order, payment, waybill, inventory list in the order sent: " + html);
        assertTrue(html.contains("<summary>CEB621 inventory list · "), html);
        assertTrue(html.contains("单一窗口已接收"), "delivered: " + html);
        // The XML as text, escaped, one element per line, indented.
        assertTrue(html.matches("(?s).*<pre class=\"xml\"[^>]*>&lt;\\?xml [^\n]*\n&lt;ceb:CEB311Message .*\n {4}&lt;ceb:OrderHead&gt;\n {6}&lt;ceb:guid&gt;.*"), html);
        // The order's own document, unsigned: it went signed in an envelope with other orders', which the page names.
        assertFalse(html.contains("SignatureValue&gt;"), "the order's own document: " + html);
        String envelope = declarations.messages("KJ-PAGE-MSG").get(0).envelopeGuid();
        assertTrue(envelope != null && html.contains("（报文 " + envelope + "）"), "names the message it went in: " + html);
        // Masked by the kernel's rules: ID number, phone, name, address.
        assertTrue(html.contains("&lt;ceb:buyerIdNumber&gt;110*************2X&lt;/ceb:buyerIdNumber&gt;"), html);
        assertTrue(html.contains("&lt;ceb:buyerTelephone&gt;138****5678&lt;/ceb:buyerTelephone&gt;"), html);
        assertTrue(html.contains("&lt;ceb:buyerName&gt;张*&lt;/ceb:buyerName&gt;"), html);
        assertTrue(html.contains("&lt;ceb:consigneeAddress&gt;浙江省杭州市**********&lt;/ceb:consigneeAddress&gt;"), html);
        for (String personal : List.of("11010519491231002X", "13812345678", "张三", "文三路")) {
            assertFalse(html.contains(personal), personal + " must not reach the page");
        }
    }
}
