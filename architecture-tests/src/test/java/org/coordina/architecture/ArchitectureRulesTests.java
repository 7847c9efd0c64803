package org.coordina.architecture;

import static java.util.stream.Collectors.toSet;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Runs every rule of {@link CoordinaArchitectureRules} and {@link ChangelogRules} against the production code: the
 * classes under {@code org.coordina} from the app's plain jar and the module jars, and the changelogs of the db jar.
 */
class ArchitectureRulesTests {

    static final ModuleLayout layout = ModuleLayout.coordina();

    /**
     * Production classes only: test classes are left out (they are not the product, and the fixtures of this module
     * are full of planted violations), and so is this module's own package, should anyone add main code here.
     */
    static final JavaClasses production = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .withImportOption(location -> !location.contains("/org/coordina/architecture/"))
            .importPackages(layout.rootPackage());

    static final CoordinaArchitectureRules rules = new CoordinaArchitectureRules(layout);

    @Test
    void importsTheProductionClassesOfAppAndModulesButNoTestsOrFixtures() {
        assertThat(production.contain("org.coordina.CoordinaApplication")).isTrue();
        assertThat(production.contain("org.coordina.regionalcommissions.events.CommissionEstablished")).isTrue();
        assertThat(production.contain("org.coordina.sharedkernel.security.Role")).isTrue();
        assertThat(production.stream().map(JavaClass::getName))
                .noneMatch(name -> name.startsWith("org.coordina.architecture"))
                .noneMatch(name -> name.startsWith("org.coordina.support"))
                .noneMatch(name -> name.endsWith("Tests"));
    }

    /** One dynamic test per rule of the set, so a rule added to {@code all()} is checked here without more code. */
    @TestFactory
    Stream<DynamicTest> everyRuleHoldsForTheProductionCode() {
        return rules.all().stream()
                .map(rule -> DynamicTest.dynamicTest(rule.getDescription(), () -> rule.check(production)));
    }

    @Test
    void everyModulePackageIsAnApplicationModuleThatSpringModulithVerifies() {
        // With explicitly-annotated detection, a module package without @ApplicationModule would escape verify().
        Set<String> modulePackages = production.stream().map(type -> layout.moduleOf(type.getPackageName()))
                .flatMap(Optional::stream).map(module -> layout.rootPackage() + "." + module).collect(toSet());
        Set<String> modulithModules = ModularityTests.modules.stream()
                .map(module -> module.getBasePackage().getName()).collect(toSet());

        assertThat(modulePackages).contains("org.coordina.regionalcommissions", "org.coordina.accounts");
        assertThat(modulithModules).containsAll(modulePackages);
    }

    @Test
    void everyModulesChangelogTouchesOnlyItsOwnSchema() {
        var report = new ChangelogRules("db/changelog").check();

        // A check that read nothing would pass; the db jar must have been found.
        assertThat(report.filesByFolder()).containsKeys("modulith", "accounts", "regionalcommissions");
        assertThat(report.changeSets()).isGreaterThanOrEqualTo(5);
    }
}
