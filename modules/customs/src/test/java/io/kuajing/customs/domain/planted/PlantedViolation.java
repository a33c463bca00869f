package io.kuajing.customs.domain.planted;

/** A domain class that breaks the rules on purpose, so the architecture test proves its rules can fail. */
public class PlantedViolation {

    java.sql.Connection connection;
    io.kuajing.customs.application.BuyerKeys buyerKeys;
    io.kuajing.customs.adapter.ceb.SafeXml xml;
}
