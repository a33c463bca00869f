package io.kuajing.customs.adapter.ceb;

import java.nio.file.Path;
import java.util.Optional;

import io.kuajing.customs.Company;
import io.kuajing.customs.ExportMessages;
import io.kuajing.customs.domain.declaration.CustomsMessages;
import io.kuajing.customs.domain.declaration.MessageSchema;
import io.kuajing.customs.domain.declaration.OutgoingMessage;
import io.kuajing.customs.domain.declaration.QueuedMessage;
import io.kuajing.customs.domain.reference.CustomsCountries;
import io.kuajing.customs.domain.reference.CustomsCurrencies;
import io.kuajing.customs.domain.reference.LegalUnits;
import io.micronaut.context.annotation.Context;
import io.micronaut.context.annotation.Factory;
import io.micronaut.context.annotation.Value;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

@Factory
class CebFactory {

    private static final Logger LOG = LoggerFactory.getLogger(CebFactory.class);

    /** The DXP id is one of customs' registrations (checked at start with the others, kuajing.customs.parties). */
    @Singleton
    CustomsMessages customsMessages(CustomsCountries countries, LegalUnits legalUnits,
                                    @Value("${kuajing.customs.parties.dxp-id:}") String dxpId,
                                    @Value("${kuajing.customs.parties.platform-code:}") String platformCode,
                                    @Value("${kuajing.customs.parties.platform-name:}") String platformName) {
        // Unset, the start stops at RegisteredDeclarants with the setting's name; the order's platform stands in here.
        boolean registered = !platformCode.isBlank() && !platformName.isBlank();
        return new JaxbCustomsMessages(countries, legalUnits, dxpId,
                registered ? new Company(platformCode, platformName) : null);
    }

    /** The 9610 export messages, transmitted by the same single-window client (same DXP id). */
    @Singleton
    ExportMessages exportMessages(CustomsCountries countries, CustomsCurrencies currencies, LegalUnits legalUnits,
                                  @Value("${kuajing.customs.parties.dxp-id:}") String dxpId) {
        return new JaxbExportMessages(countries, currencies, legalUnits, dxpId);
    }

    /**
     * Customs' schema from {@code kuajing.customs.schema-dir} (env {@code KUAJING_CUSTOMS_SCHEMA_DIR}), compiled when
     * the app starts. Without it, real customs ({@code files} mode) is refused: every message would go out unchecked;
     * the sandbox starts, warning loudly, and sends unchecked. {@code kuajing.customs.unchecked-messages-allowed}
     * lets the files mode start unchecked too: for a single-window client's test environment (and our tests on a
     * machine without customs' specification), never for real customs.
     */
    @Context
    @Singleton
    MessageSchema messageSchema(@Value("${kuajing.customs.schema-dir:}") String folder,
                                @Value("${kuajing.customs.single-window.mode:sandbox}") String mode,
                                @Value("${kuajing.customs.unchecked-messages-allowed:false}") boolean uncheckedAllowed) {
        if (folder != null && !folder.isBlank()) {
            XsdMessageSchema schema = XsdMessageSchema.compile(Path.of(folder));
            LOG.info("customs messages are checked against {} before they leave", schema.file().toAbsolutePath());
            return schema;
        }
        if ("files".equals(mode) && !uncheckedAllowed) {
            throw new IllegalStateException("kuajing.customs.schema-dir (KUAJING_CUSTOMS_SCHEMA_DIR) is not set: the "
                    + "files mode sends to real customs and needs customs' XSD to check every message first (install the "
                    + "xsd folder of the specification customs gave you; docs/customs.md, Conformance)");
        }
        LOG.warn("**********************************************************************************************");
        LOG.warn("kuajing.customs.schema-dir (KUAJING_CUSTOMS_SCHEMA_DIR) is not set: customs messages go to the");
        LOG.warn("sandbox WITHOUT schema validation. Install customs' XSD and set it (docs/customs.md, Conformance).");
        LOG.warn("**********************************************************************************************");
        return new MessageSchema() {
            @Override
            public Optional<String> violation(OutgoingMessage message) {
                return Optional.empty();
            }

            @Override
            public Optional<String> violationOnceSigned(QueuedMessage message) {
                return Optional.empty();
            }
        };
    }
}
