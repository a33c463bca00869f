package io.kuajing.architecture;

import org.springframework.modulith.core.ApplicationModuleDetectionStrategy;
import org.springframework.modulith.core.ApplicationModuleInformation;
import org.springframework.modulith.core.JavaPackage;
import org.springframework.modulith.core.NamedInterfaces;

/**
 * Spring Modulith's default reading of the modules (every direct sub-package of the root is a module, its base
 * package is the API), plus the plugin SPI's per-kind sub-packages as named interfaces of the plugin module.
 * Production code cannot say so itself: {@code @NamedInterface} is a Spring annotation, and Spring stays on the
 * test classpath. Registered in {@code application.properties} ({@code spring.modulith.detection-strategy}).
 */
public class KuajingModuleDetection implements ApplicationModuleDetectionStrategy {

    private final ApplicationModuleDetectionStrategy directSubPackages = ApplicationModuleDetectionStrategy.directSubPackage();

    @Override
    public java.util.stream.Stream<JavaPackage> getModuleBasePackages(JavaPackage rootPackage) {
        return directSubPackages.getModuleBasePackages(rootPackage);
    }

    @Override
    public NamedInterfaces detectNamedInterfaces(JavaPackage basePackage, ApplicationModuleInformation information) {
        NamedInterfaces declared = ApplicationModuleDetectionStrategy.super.detectNamedInterfaces(basePackage, information);
        if (!basePackage.getLocalName().equals(ModuleBoundaryRules.PLUGIN)) {
            return declared;
        }
        return declared.and(NamedInterfaces.builder(basePackage)
                .matching(ModuleBoundaryRules.PLUGIN_SPI_SUBPACKAGES)
                .build());
    }
}
