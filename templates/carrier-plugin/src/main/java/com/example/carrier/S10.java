package com.example.carrier;

import java.util.regex.Pattern;

/** UPU S10 item identifiers: two letters, eight serial digits, a check digit, the issuing country (EA123456785CN). */
final class S10 {

    private static final Pattern FORMAT = Pattern.compile("[A-Z]{2}[0-9]{9}[A-Z]{2}");
    private static final int[] WEIGHTS = {8, 6, 4, 2, 3, 5, 9, 7};

    private S10() {
    }

    static int checkDigit(String serial) {
        int sum = 0;
        for (int i = 0; i < 8; i++) {
            sum += (serial.charAt(i) - '0') * WEIGHTS[i];
        }
        int check = 11 - sum % 11;
        return check == 10 ? 0 : check == 11 ? 5 : check;
    }

    static boolean isValid(String id) {
        return id != null && FORMAT.matcher(id).matches()
                && checkDigit(id.substring(2, 10)) == id.charAt(10) - '0';
    }

    static String of(String service, long serial, String country) {
        String digits = String.format("%08d", serial);
        return service + digits + checkDigit(digits) + country;
    }
}
