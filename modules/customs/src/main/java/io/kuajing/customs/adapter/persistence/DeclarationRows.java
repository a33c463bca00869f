package io.kuajing.customs.adapter.persistence;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;

/**
 * {@code customs_declaration}, on the caller's transaction. The order number is the primary key: it is what makes
 * declaring an order twice impossible, so the insert is an INSERT IGNORE whose row count says which call won.
 */
@JdbcRepository(dialect = Dialect.MYSQL)
interface DeclarationRows extends GenericRepository<DeclarationRow, String> {

    @Query("""
            INSERT IGNORE INTO customs_declaration (order_no, regime, port_code, ems_no, invt_no, ebp_code, ebp_name,
              ebc_code, ebc_name, agent_code, agent_name, logistics_code, logistics_name, logistics_no, buyer_key,
              buyer_masked, actural_paid, tax_total, status, pending_request, reason, released_on, return_requested_on,
              return_arrived_on, declared_at, updated_at, cop_no, pre_no, pay_transaction_id)
            VALUES (:orderNo, :regime, :portCode, :emsNo, :invtNo, :ebpCode, :ebpName, :ebcCode, :ebcName, :agentCode,
              :agentName, :logisticsCode, :logisticsName, :logisticsNo, :buyerKey, :buyerMasked, :acturalPaid, :taxTotal,
              :status, :pendingRequest, :reason, :releasedOn, :returnRequestedOn, :returnArrivedOn, :declaredAt,
              :updatedAt, :copNo, :preNo, :payTransactionId)""")
    int insertUnlessDeclared(DeclarationRow row);

    Optional<DeclarationRow> findById(String orderNo);

    /** Locked in key order, so that two transactions locking overlapping sets wait for each other, never deadlock. */
    @Query("SELECT * FROM customs_declaration WHERE order_no IN (:orderNos) ORDER BY order_no FOR UPDATE")
    List<DeclarationRow> lockAll(Collection<String> orderNos);

    /** What the declaration's receipts and customs' decisions change; the parties and the goods never change. */
    @Query("""
            UPDATE customs_declaration SET invt_no = :invtNo, pre_no = :preNo, status = :status,
              pending_request = :pendingRequest, reason = :reason, released_on = :releasedOn,
              return_requested_on = :returnRequestedOn, return_arrived_on = :returnArrivedOn, updated_at = :updatedAt
            WHERE order_no = :orderNo""")
    void updateState(DeclarationRow row);

    List<DeclarationRow> findByStatus(String status);

    Optional<String> findOrderNoByLogisticsNo(String logisticsNo);

    // A receipt names its declaration by whichever number it carries: one finder per number, each for a whole batch.
    List<DeclarationNumbers> findByOrderNoIn(Collection<String> orderNos);

    List<DeclarationNumbers> findByCopNoIn(Collection<String> copNos);

    List<DeclarationNumbers> findByPreNoIn(Collection<String> preNos);

    List<DeclarationNumbers> findByInvtNoIn(Collection<String> invtNos);

    List<DeclarationNumbers> findByLogisticsNoIn(Collection<String> logisticsNos);

    List<DeclarationNumbers> findByPayTransactionIdIn(Collection<String> payTransactionIds);
}
