package io.kuajing.customs.domain.reference;

import io.kuajing.kernel.Regime;
import org.jmolecules.ddd.annotation.ValueObject;

/** A customs district where CBEC goods enter (关区代码), and whether its city is a CBEC retail import pilot. */
@ValueObject
public record PortOfEntry(String customsCode, String name, String nameZh, boolean bondedPilot) {

    public PortOfEntry {
        if (customsCode == null || !customsCode.matches("\\d{4}")) {
            throw new IllegalArgumentException("customs code must be 4 digits: " + customsCode);
        }
    }

    /** Online bonded import is 1210 in pilot cities and 1239 elsewhere (海关总署公告2016年第75号). */
    public Regime bondedRegime() {
        return bondedPilot ? Regime.CBEC_BONDED : Regime.CBEC_BONDED_NON_PILOT;
    }
}
