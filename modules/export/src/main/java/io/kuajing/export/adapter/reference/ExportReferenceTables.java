package io.kuajing.export.adapter.reference;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;

import io.kuajing.export.domain.ExportRefundRates;
import io.kuajing.export.domain.ListDeclarationLimits;
import io.kuajing.export.domain.SettlementRates;
import io.kuajing.kernel.Money;
import io.micronaut.context.annotation.Factory;
import io.micronaut.context.annotation.Value;
import jakarta.inject.Singleton;

/**
 * The dated tables of {@code kuajing.export.reference-dir} (default config/export): read once at start, a bad row
 * stops the start naming file and line. When the folder does not exist (java -jar on a fresh machine, a test run
 * from another folder) the copies the build put into the jar are read.
 */
@Factory
class ExportReferenceTables {

    static final String FX_FILE = "settlement-fx-rates.csv";
    static final String REFUND_FILE = "export-refund-rates.csv";
    static final String LIST_LIMIT_FILE = "list-declaration-limits.csv";
    private static final String SHIPPED = "io/kuajing/export/config/";

    private final Path folder;

    ExportReferenceTables(@Value("${kuajing.export.reference-dir:config/export}") String folder) {
        this.folder = Path.of(folder);
    }

    @Singleton
    SettlementRates settlementRates() {
        List<SettlementRates.Rate> rates = new ArrayList<>();
        rows(FX_FILE, 4, (c, line) -> rates.add(new SettlementRates.Rate(Currency.getInstance(c[0]), LocalDate.parse(c[1]),
                positive(c[2], FX_FILE, line), c[3])));
        return new SettlementRates(rates);
    }

    @Singleton
    ExportRefundRates exportRefundRates() {
        List<ExportRefundRates.Rate> rates = new ArrayList<>();
        rows(REFUND_FILE, 4, (c, line) -> {
            if (!c[0].matches("[0-9]{2,10}")) {
                throw new IllegalStateException(REFUND_FILE + " line " + line + ": an HS prefix is 2 to 10 digits");
            }
            BigDecimal rate = new BigDecimal(c[2]);
            if (rate.signum() < 0 || rate.compareTo(BigDecimal.ONE) > 0) {
                throw new IllegalStateException(REFUND_FILE + " line " + line + ": a rate is a fraction from 0 to 1");
            }
            rates.add(new ExportRefundRates.Rate(c[0], LocalDate.parse(c[1]), rate, c[3]));
        });
        return new ExportRefundRates(rates);
    }

    @Singleton
    ListDeclarationLimits listDeclarationLimits() {
        List<ListDeclarationLimits.Limit> limits = new ArrayList<>();
        rows(LIST_LIMIT_FILE, 3, (c, line) -> limits.add(new ListDeclarationLimits.Limit(LocalDate.parse(c[0]),
                Money.cny(positive(c[1], LIST_LIMIT_FILE, line).toPlainString()), c[2])));
        return new ListDeclarationLimits(limits);
    }

    private interface RowReader {
        void read(String[] columns, int line);
    }

    /** Rows after the header; '#' starts a comment line; the last column may hold commas. */
    private void rows(String file, int columns, RowReader reader) {
        List<String> lines = List.of(text(file).split("\\R"));
        boolean header = true;
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i).strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            if (header) {
                header = false;
                continue;
            }
            String[] c = line.split(",", columns);
            if (c.length != columns) {
                throw new IllegalStateException(file + " line " + (i + 1) + ": expected " + columns + " columns");
            }
            try {
                reader.read(c, i + 1);
            } catch (RuntimeException e) {
                throw new IllegalStateException(file + " line " + (i + 1) + ": " + e.getMessage(), e);
            }
        }
    }

    private String text(String file) {
        Path p = folder.resolve(file);
        try {
            if (Files.isRegularFile(p)) {
                return Files.readString(p, StandardCharsets.UTF_8);
            }
            try (InputStream in = getClass().getClassLoader().getResourceAsStream(SHIPPED + file)) {
                if (in == null) {
                    throw new IllegalStateException("no " + file + " in " + folder.toAbsolutePath() + " nor shipped in the jar");
                }
                return new String(in.readAllBytes(), StandardCharsets.UTF_8);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + p, e);
        }
    }

    private static BigDecimal positive(String value, String file, int line) {
        BigDecimal v = new BigDecimal(value);
        if (v.signum() <= 0) {
            throw new IllegalStateException(file + " line " + line + ": a rate or limit is positive");
        }
        return v;
    }
}
