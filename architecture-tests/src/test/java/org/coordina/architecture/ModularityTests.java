package org.coordina.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.importer.ImportOption;
import org.coordina.CoordinaApplication;
import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

/** Verifies the module structure and writes the architecture documentation. */
class ModularityTests {

    // Test classes stay out (Spring Modulith's default too, made explicit): the architecture fixtures under
    // org.coordina.architecture.fixtures are full of planted violations and are not part of the product.
    static final ApplicationModules modules = ApplicationModules.of(CoordinaApplication.class,
            new ImportOption.DoNotIncludeTests());

    @Test
    void detectsTheProductModulesAndNoFixtures() {
        assertThat(modules.stream().map(module -> module.getBasePackage().getName()))
                .contains("org.coordina.sharedkernel", "org.coordina.accounts", "org.coordina.regionalcommissions")
                .noneMatch(basePackage -> basePackage.startsWith("org.coordina.architecture"));
    }

    @Test
    void modulesRespectTheirBoundaries() {
        modules.verify();
    }

    @Test
    void writesDiagramsAndModuleCanvases() {
        new Documenter(modules).writeDocumentation().writeModuleCanvases();
    }
}
