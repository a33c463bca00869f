package io.kuajing.customs.domain.planted;

/** A domain class that breaks the rules on purpose, so the architecture test proves its rules can fail. */
public class PlantedViolation {

    java.sql.Connection connection;
    io.kuajing.customs.application.Transactions transactions;
    io.kuajing.customs.adapter.ceb.SafeXml xml;
}
