package org.coordina.architecture;

import org.coordina.CoordinaApplication;
import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

/** Verifies the module structure and writes the architecture documentation. */
class ModularityTests {

    static final ApplicationModules modules = ApplicationModules.of(CoordinaApplication.class);

    @Test
    void modulesRespectTheirBoundaries() {
        modules.verify();
    }

    @Test
    void writesDiagramsAndModuleCanvases() {
        new Documenter(modules).writeDocumentation().writeModuleCanvases();
    }
}
