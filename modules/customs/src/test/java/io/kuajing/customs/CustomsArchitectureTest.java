package io.kuajing.customs;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import io.kuajing.customs.domain.planted.PlantedViolation;
import org.junit.jupiter.api.Test;

/** The module's shape, checked on its production classes; each rule is also shown failing on a planted violation. */
class CustomsArchitectureTest {

    static final JavaClasses MAIN = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_JARS)
            .importPackages("io.kuajing.customs");
    static final JavaClasses PLANTED = new ClassFileImporter().importClasses(PlantedViolation.class);

    static final ArchRule DOMAIN_IS_PLAIN_JAVA = noClasses().that().resideInAPackage("io.kuajing.customs.domain..")
            .should().dependOnClassesThat().resideInAnyPackage("io.micronaut..", "jakarta.inject..", "jakarta.transaction..",
                    "java.sql..", "javax.sql..", "com.fasterxml..", "jakarta.xml.bind..", "io.kuajing.platform..")
            .as("the customs domain is plain Java: no Micronaut, JDBC, Jackson, JAXB or platform");

    static final ArchRule DOMAIN_KNOWS_NO_OUTER_RING = noClasses().that().resideInAPackage("io.kuajing.customs.domain..")
            .should().dependOnClassesThat().resideInAnyPackage("io.kuajing.customs.application..", "io.kuajing.customs.adapter..")
            .as("the customs domain depends on neither application nor adapters");

    static final ArchRule API_EXPOSES_NO_INTERNALS = noClasses().that().resideInAPackage("io.kuajing.customs")
            .should().dependOnClassesThat().resideInAnyPackage("io.kuajing.customs.domain..",
                    "io.kuajing.customs.application..", "io.kuajing.customs.adapter..")
            .as("the customs API package exposes no internal type");

    static final ArchRule APPLICATION_KNOWS_NO_ADAPTER = noClasses().that().resideInAPackage("io.kuajing.customs.application..")
            .should().dependOnClassesThat().resideInAPackage("io.kuajing.customs.adapter..")
            .as("customs use cases reach adapters only through ports");

    @Test
    void domain_is_plain_java() {
        DOMAIN_IS_PLAIN_JAVA.check(MAIN);
        assertThrows(AssertionError.class, () -> DOMAIN_IS_PLAIN_JAVA.check(PLANTED));
    }

    @Test
    void domain_depends_on_neither_application_nor_adapters() {
        DOMAIN_KNOWS_NO_OUTER_RING.check(MAIN);
        assertThrows(AssertionError.class, () -> DOMAIN_KNOWS_NO_OUTER_RING.check(PLANTED));
    }

    @Test
    void api_exposes_no_internal_type() {
        API_EXPOSES_NO_INTERNALS.check(MAIN);
    }

    @Test
    void application_reaches_adapters_only_through_ports() {
        APPLICATION_KNOWS_NO_ADAPTER.check(MAIN);
    }
}
