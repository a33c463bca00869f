package io.kuajing.customs;

/** A company as customs knows it: its customs registration code and registered name. */
public record Company(String code, String name) {

    public Company {
        if (code == null || code.isBlank() || name == null || name.isBlank()) {
            throw new IllegalArgumentException("a company needs its customs code and name");
        }
    }
}
