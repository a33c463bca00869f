package io.kuajing.customs;

import io.kuajing.kernel.ConflictWithRecord;

/**
 * An entry list number that was recorded before with other content. Customs numbers an entry list once, so this is
 * a correction to make with customs and the warehouse, never a second booking; nothing was changed. Names the
 * first field that differs (rule {@code entry-recorded-differently}).
 */
public class BondedEntryConflict extends ConflictWithRecord {

    public static final String RULE = "entry-recorded-differently";

    public BondedEntryConflict(String field, String message) {
        super(field, RULE, message);
    }
}
