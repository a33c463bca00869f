package io.kuajing.customs.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import java.util.concurrent.CompletableFuture;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import io.kuajing.customs.domain.quota.BuyerKey;
import io.kuajing.kernel.ChineseIdNumber;
import org.junit.jupiter.api.Test;

/** The ledger key is the HMAC of the ID number alone: the per-thread HMAC carries nothing from one number to the next. */
class BuyerKeysTest {

    private static final String SECRET = "a-secret-of-at-least-16-characters";

    @Test
    void eachKeyIsTheHmacOfItsOwnNumberOnAnyThread() throws Exception {
        CustomsSettings settings = new CustomsSettings();
        settings.setBuyerKeySecret(SECRET);
        BuyerKeys keys = new BuyerKeys(settings);
        ChineseIdNumber first = ChineseIdNumber.completing("31011519600101001");
        ChineseIdNumber second = ChineseIdNumber.completing("31011519700101002");

        BuyerKey once = keys.of(first);
        assertEquals(hmac(first.value()), once.hash());
        assertEquals(hmac(second.value()), keys.of(second).hash(), "the previous number left nothing behind");
        assertEquals(once, keys.of(first));
        assertNotEquals(once.hash(), keys.of(second).hash());
        assertEquals(once, CompletableFuture.supplyAsync(() -> keys.of(first)).get(), "another thread, the same key");
        assertEquals(first.masked(), once.masked());
    }

    private static String hmac(String idNumber) throws Exception {
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(SECRET.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
        return HexFormat.of().formatHex(mac.doFinal(idNumber.getBytes(StandardCharsets.US_ASCII)));
    }
}
