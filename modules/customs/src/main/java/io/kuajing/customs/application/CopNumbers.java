package io.kuajing.customs.application;

import java.security.SecureRandom;
import java.time.Instant;
import java.time.format.DateTimeFormatter;

import io.kuajing.kernel.ChinaTime;

/**
 * Our number of each inventory list (copNo, 企业内部编号): customs allows 20 characters, our order numbers run to 26,
 * so each declaration gets its own — "K", the second it was declared (yyMMddHHmmss, China time) and 7 random
 * capital letters or digits (78 billion per second). It is kept with the declaration (unique in
 * customs_declaration) and is what list receipts (CEB622/624/626) name it by.
 */
final class CopNumbers {

    static final int LENGTH = 20;
    private static final DateTimeFormatter SECOND = DateTimeFormatter.ofPattern("yyMMddHHmmss");
    private static final char[] ALPHABET = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ".toCharArray();
    private static final SecureRandom RANDOM = new SecureRandom();

    private CopNumbers() {
    }

    static String next(Instant at) {
        StringBuilder s = new StringBuilder(LENGTH).append('K').append(SECOND.format(at.atZone(ChinaTime.ZONE)));
        while (s.length() < LENGTH) {
            s.append(ALPHABET[RANDOM.nextInt(ALPHABET.length)]);
        }
        return s.toString();
    }
}
