package io.kuajing.logistics.adapter.web;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import io.kuajing.logistics.application.TrackingPushes;
import io.kuajing.logistics.domain.CarrierFailure;
import io.kuajing.platform.ProblemResponses;
import io.micronaut.context.env.Environment;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Consumes;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Header;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.security.annotation.Secured;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;

/**
 * Tracking pushes from carriers. Carriers hold no bearer token, so the route is open and every push must carry
 * {@code X-Kuajing-Signature: sha256=<hex HMAC-SHA256 of the raw body>} made with the secret configured for that
 * carrier ({@code kuajing.logistics.webhooks.<carrier-id>.secret}); without a configured secret the route does not exist.
 */
@Tag(name = "logistics")
@ProblemResponses
@Controller("/api/logistics/carriers/{carrierId}/tracking-push")
@Secured("isAnonymous()")
class TrackingPushController {

    private final TrackingPushes shipments;
    private final Environment environment;

    TrackingPushController(TrackingPushes shipments, Environment environment) {
        this.shipments = shipments;
        this.environment = environment;
    }

    @Post
    @Operation(summary = "Receive a carrier's tracking push",
            description = "Public: authenticated by the X-Kuajing-Signature HMAC of the body with the carrier's webhook secret, not by a token. 204 when taken.")
    @ApiResponse(responseCode = "204", description = "Taken")
    @ProblemResponses.NotFound
    @Consumes({MediaType.APPLICATION_JSON, MediaType.APPLICATION_XML, MediaType.TEXT_XML, MediaType.TEXT_PLAIN})
    HttpResponse<String> push(@PathVariable String carrierId, @Header("X-Kuajing-Signature") String signature, @Body byte[] body,
                              io.micronaut.http.HttpRequest<?> request) {
        String secret = environment.getProperty("kuajing.logistics.webhooks." + carrierId + ".secret", String.class).orElse(null);
        if (secret == null || secret.isBlank()) {
            return HttpResponse.notFound();
        }
        if (!valid(secret, body, signature)) {
            return HttpResponse.unauthorized();
        }
        PushShape.check(request.getContentType().orElse(null), body);
        try {
            shipments.applyPush(carrierId, body);
        } catch (CarrierFailure f) {
            // Unreadable push: 400 so the carrier's delivery dashboard shows it; nothing was applied.
            return HttpResponse.badRequest(f.kind());
        }
        return HttpResponse.noContent();
    }

    static String sign(String secret, byte[] body) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            return "sha256=" + HexFormat.of().formatHex(mac.doFinal(body));
        } catch (java.security.GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every JDK", e);
        }
    }

    private static boolean valid(String secret, byte[] body, String signature) {
        if (signature == null) {
            return false;
        }
        // Constant-time comparison: a timing side channel must not reveal how much of a forged signature was right.
        return MessageDigest.isEqual(sign(secret, body).getBytes(StandardCharsets.US_ASCII),
                signature.trim().getBytes(StandardCharsets.US_ASCII));
    }
}
