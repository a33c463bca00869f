package io.kuajing.customs.adapter.ceb;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;

import io.kuajing.customs.conformance.OfficialSpec;
import io.kuajing.customs.domain.declaration.MessageSchema;
import io.kuajing.customs.domain.declaration.OutgoingMessage;
import io.kuajing.customs.support.SampleMessages;
import io.kuajing.customs.support.SampleOrders;
import org.junit.jupiter.api.Test;

/** Customs' schema at start: required for real customs, loudly missing in the sandbox, refused when broken. */
class CebFactoryTest {

    final CebFactory factory = new CebFactory();

    @Test
    void realCustomsDoesNotStartWithoutCustomsSchema() {
        IllegalStateException refused = assertThrows(IllegalStateException.class, () -> factory.messageSchema("", "files", false));
        assertTrue(refused.getMessage().contains("kuajing.customs.schema-dir (KUAJING_CUSTOMS_SCHEMA_DIR) is not set"));
    }

    @Test
    void realCustomsStartsUncheckedOnlyByExplicitConsent() {
        OutgoingMessage any = SampleMessages.unsigned(SampleMessages.writer().declare(SampleOrders.directMail("KJ-CONSENT"),
                SampleMessages.COP_NO, SampleMessages.AT).get(0));
        assertEquals(Optional.empty(), factory.messageSchema("", "files", true).violation(any));
    }

    @Test
    void theSandboxStartsWithoutItAndSendsUnchecked() {
        OutgoingMessage any = SampleMessages.unsigned(SampleMessages.writer().declare(SampleOrders.directMail("KJ-NOSCHEMA"),
                SampleMessages.COP_NO, SampleMessages.AT).get(0));
        assertEquals(Optional.empty(), factory.messageSchema("", "sandbox", false).violation(any));
    }

    @Test
    void aFolderWithoutTheImportSchemaStopsTheStart() {
        String samples = OfficialSpec.require().resolve("ceb-2022-05/samples").toString();
        IllegalStateException refused = assertThrows(IllegalStateException.class,
                () -> factory.messageSchema(samples, "files", false));
        assertTrue(refused.getMessage().contains("must hold exactly one import schema"), refused.getMessage());
    }

    @Test
    void theInstalledSchemaIsCompiledOnce() {
        MessageSchema schema = factory.messageSchema(OfficialSpec.require().resolve("ceb-2022-05/xsd").toString(), "files", false);
        assertTrue(schema instanceof XsdMessageSchema);
    }
}
