package io.kuajing.customs;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * Return goods of a released order (CEB625): the lines (gnum) and quantities coming back, when the return was
 * requested and when the goods reached the supervised site or bonded zone.
 */
public record ReturnRequest(String orderNo, Person buyer, String reason, List<Line> lines, LocalDate requestedOn,
                            LocalDate arrivedOn) {

    public ReturnRequest {
        lines = lines == null ? List.of() : List.copyOf(lines);
    }

    /** A quantity of one declared line. */
    public record Line(int gnum, BigDecimal qty) {
    }
}
