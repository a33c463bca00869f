package io.kuajing.purchase.domain;

import java.security.SecureRandom;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;

import io.kuajing.purchase.OrderNumber;

/**
 * New order numbers: KJ, the date in China, and 12 random characters of an unambiguous alphabet — unique without
 * asking the database, and not guessable from a neighbour's number.
 */
public final class OrderNumbers {

    private static final char[] ALPHABET = "23456789ABCDEFGHJKLMNPQRSTUVWXYZ".toCharArray();
    private static final DateTimeFormatter DAY = DateTimeFormatter.BASIC_ISO_DATE;

    private final SecureRandom random = new SecureRandom();

    public OrderNumber next(LocalDate chinaDate) {
        StringBuilder number = new StringBuilder("KJ").append(DAY.format(chinaDate));
        for (int i = 0; i < 12; i++) {
            number.append(ALPHABET[random.nextInt(ALPHABET.length)]);
        }
        return new OrderNumber(number.toString());
    }
}
