package io.kuajing.customs.application;

import java.util.List;

import io.kuajing.customs.domain.declaration.DeclarationRecords;
import org.jmolecules.architecture.hexagonal.PrimaryPort;

/**
 * What customs' conformance kept back, for the operators' console: declarations and messages that failed customs'
 * schema and were never sent (PARKED), and receipts that matched no declaration or could not be read (set aside).
 */
@PrimaryPort
public interface KeptBack {

    List<DeclarationRecords.Parked> parked();

    List<DeclarationRecords.ReceiptAside> receiptsSetAside();
}
