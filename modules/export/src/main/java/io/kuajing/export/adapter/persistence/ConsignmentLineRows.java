package io.kuajing.export.adapter.persistence;

import java.util.Collection;
import java.util.List;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;

/** {@code export_consignment_line}, on the caller's transaction. */
@JdbcRepository(dialect = Dialect.MYSQL)
interface ConsignmentLineRows extends GenericRepository<ConsignmentLineRow, Void> {

    /** One JDBC batch for a consignment's lines. */
    @Query("INSERT INTO export_consignment_line (consignment_no, line_no, sku, quantity, unit_value_cny)"
            + " VALUES (:consignmentNo, :lineNo, :sku, :quantity, :unitValueCny)")
    void insert(List<ConsignmentLineRow> rows);

    @Query("SELECT * FROM export_consignment_line WHERE consignment_no IN (:consignmentNos)"
            + " ORDER BY consignment_no, line_no")
    List<ConsignmentLineRow> ofConsignments(Collection<String> consignmentNos);
}
