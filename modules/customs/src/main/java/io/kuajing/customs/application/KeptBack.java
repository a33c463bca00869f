package io.kuajing.customs.application;

import java.util.List;

import io.kuajing.customs.domain.declaration.DeclarationRecords;
import jakarta.inject.Singleton;

/**
 * What customs' conformance kept back for operators: declarations and messages that failed customs' schema and
 * were never sent (PARKED), and receipts that matched no declaration or could not be read (set aside).
 */
@Singleton
public class KeptBack {

    private final DeclarationRecords records;
    private final Transactions transactions;

    KeptBack(DeclarationRecords records, Transactions transactions) {
        this.records = records;
        this.transactions = transactions;
    }

    public List<DeclarationRecords.Parked> parked() {
        return transactions.read(records::parked);
    }

    public List<DeclarationRecords.ReceiptAside> receiptsSetAside() {
        return transactions.read(records::setAside);
    }
}
