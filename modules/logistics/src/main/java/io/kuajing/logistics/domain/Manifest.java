package io.kuajing.logistics.domain;

import java.util.List;

import io.kuajing.kernel.PersonalData;
import io.kuajing.kernel.Regime;

/** What a leg carries and between which places; the consignee's ID document for CBEC clearance (masked in {@code toString()}). */
public record Manifest(Place from, Place to, String consigneeName, String consigneeIdNumber, Regime regime,
                       long grossWeightGrams, List<Goods> goods) {

    public Manifest {
        goods = List.copyOf(goods);
    }

    @Override
    public String toString() {
        return "Manifest[" + from + " -> " + to + ", " + PersonalData.maskName(consigneeName) + " "
                + PersonalData.mask(consigneeIdNumber, 1, 1) + ", " + regime + ", " + grossWeightGrams + " g]";
    }
}
