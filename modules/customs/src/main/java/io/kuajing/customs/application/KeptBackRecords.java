package io.kuajing.customs.application;

import java.util.List;

import io.kuajing.customs.domain.declaration.DeclarationRecords;
import io.kuajing.platform.Transactions;
import jakarta.inject.Singleton;

@Singleton
class KeptBackRecords implements KeptBack {

    private final DeclarationRecords records;
    private final Transactions transactions;

    KeptBackRecords(DeclarationRecords records, Transactions transactions) {
        this.records = records;
        this.transactions = transactions;
    }

    @Override
    public List<DeclarationRecords.Parked> parked() {
        return transactions.read(records::parked);
    }

    @Override
    public List<DeclarationRecords.ReceiptAside> receiptsSetAside() {
        return transactions.read(records::setAside);
    }
}
