package io.kuajing.customs.domain.declaration;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.jmolecules.architecture.hexagonal.SecondaryPort;
import org.jmolecules.ddd.annotation.Repository;

/** Summary declarations and the type-B export lists they sum up, in the caller's transaction. */
@Repository
@SecondaryPort
public interface SummaryDeclarationRecords {

    /**
     * The vendor's type-B lists customs concluded in [{@code from}, {@code until}) and no summary named yet, the
     * earliest concluded first, locked for the rest of the transaction (two summaries at once take them in turn).
     */
    List<SummarisableList> unsummarised(String ebcCode, Instant from, Instant until);

    void add(SummaryDeclaration summary, Instant now);

    /** Names the summary on each list not summed up yet; @return how many it named */
    int summarise(String copNo, List<String> orderNos);

    Optional<SummaryDeclaration> find(String copNo);

    Optional<SummaryDeclaration> lock(String copNo);

    void update(SummaryDeclaration summary, Instant now);

    /** The lists a summary sums up, in the order they were concluded. */
    List<SummarisableList> lists(String copNo);

    /** A concluded type-B list: the export order it declared and the number customs gave it. */
    record SummarisableList(String orderNo, String invtNo) {
    }
}
