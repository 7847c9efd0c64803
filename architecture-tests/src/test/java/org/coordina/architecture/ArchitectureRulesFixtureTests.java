package org.coordina.architecture;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.lang.ArchRule;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Proves the gate works: the same rules that guard the production code run against fixture code bases. The clean
 * fixture passes every rule (and gives every rule something to check, so a rule that checks nothing fails here),
 * and each rule reports exactly the violations planted for it in the violations fixture: every planted one, and
 * nothing else (a rule that rejected too much would report a well-behaved neighbour).
 */
class ArchitectureRulesFixtureTests {

    static final String FIXTURES = "org.coordina.architecture.fixtures";

    static final String V = FIXTURES + ".violations.";

    static final JavaClasses clean = new ClassFileImporter().importPackages(FIXTURES + ".clean");

    static final JavaClasses violations = new ClassFileImporter().importPackages(FIXTURES + ".violations");

    static final CoordinaArchitectureRules cleanRules = new CoordinaArchitectureRules(
            ModuleLayout.under(FIXTURES + ".clean"));

    static final CoordinaArchitectureRules rules = new CoordinaArchitectureRules(
            ModuleLayout.under(FIXTURES + ".violations"));

    @TestFactory
    Stream<DynamicTest> theCleanFixturePassesEveryRuleWithSomethingToCheck() {
        return cleanRules.all().stream().map(rule -> DynamicTest.dynamicTest(rule.getDescription(),
                () -> rule.allowEmptyShould(false).check(clean)));
    }

    @Test
    void eventsThatAreNotPublicRecordsAreReported() {
        assertReportsExactly(rules.eventsArePublicRecords(), V + "alpha.events.AlphaChanged",
                V + "alpha.events.AlphaRenamed");
    }

    @Test
    void eventsCarryingSpringOrInternalTypesAreReported() {
        // Not reported: GammaOpened, which carries the kernel's CommissionCode record and a Jackson annotation.
        assertReportsExactly(rules.eventsDependOnlyOnJavaAndOtherEvents(), V + "alpha.events.AlphaArchived",
                V + "alpha.events.AlphaMoved", V + "gamma.events.GammaRegistered");
    }

    @Test
    void eventNamesEndingInEventAreReported() {
        assertReportsExactly(rules.eventNamesHaveNoEventSuffix(), V + "alpha.events.AlphaCreatedEvent");
    }

    @Test
    void eventRecordsThatAreNoModuleEventsAreReportedButNotTheValueRecordsTheyCarry() {
        // Not reported: GammaRelocated (a ModuleEvent), GammaPlace (a top-level value record it carries), the nested
        // AlphaOpened.Founding, the enum AlphaKind and the class AlphaChanged (another rule's violation).
        assertReportsExactly(rules.eventRecordsAreModuleEvents(), V + "alpha.events.AlphaArchived",
                V + "alpha.events.AlphaCreatedEvent", V + "alpha.events.AlphaMoved", V + "alpha.events.AlphaOpened",
                V + "alpha.events.AlphaRenamed", V + "beta.events.BetaClosed", V + "gamma.events.GammaOpened",
                V + "gamma.events.GammaRegistered");
    }

    @Test
    void aClassInAModulesRootPackageIsReported() {
        assertReportsExactly(rules.moduleCodeLivesInEventsOrInternal(), V + "alpha.AlphaApi");
    }

    @Test
    void aModuleCallingAnotherModulesServiceIsReported() {
        assertReportsExactly(rules.modulesUseOtherModulesOnlyThroughTheirEvents(), V + "beta.internal.BetaService");
        assertThatThrownBy(() -> rules.modulesUseOtherModulesOnlyThroughTheirEvents().check(violations))
                .hasMessageContaining(V + "alpha.internal.AlphaService");
    }

    @Test
    void aModuleReachingIntoTheAppOrInfrastructureIsReported() {
        assertReportsExactly(rules.modulesDependNeitherOnTheAppNorOnInfrastructure(),
                V + "beta.internal.BetaBootstrap");
        assertThatThrownBy(() -> rules.modulesDependNeitherOnTheAppNorOnInfrastructure().check(violations))
                .hasMessageContaining(V + "app.AppSettings").hasMessageContaining(V + "embeddeddb.EmbeddedDatabase");
    }

    @Test
    void aSharedKernelKnowingAModuleIsReported() {
        assertReportsExactly(rules.sharedKernelDependsOnNoModule(), V + "sharedkernel.KernelAudit");
    }

    @Test
    void modulesDependingOnEachOthersEventsFormAReportedCycle() {
        ArchRule rule = rules.modulesAreFreeOfCycles();
        assertThatThrownBy(() -> rule.check(violations)).isInstanceOf(AssertionError.class)
                .hasMessageContaining("Cycle detected: Slice alpha -> ").hasMessageContaining("Slice beta")
                .hasMessageContaining(V + "alpha.internal.BetaWatcher");
        assertThat(rule.evaluate(violations).getFailureReport().getDetails()).hasSize(1);
    }

    @Test
    void listenersTakingSomethingOtherThanAnEventAreReported() {
        assertReportsExactly(rules.listenersConsumeEvents(), V + "beta.internal.BetaListeners.onCommand",
                V + "beta.internal.BetaListeners.onText", V + "beta.internal.BetaListeners.onReadyInTransaction",
                V + "beta.internal.BetaListeners.onAnyCommand");
    }

    @Test
    void publicInternalClassesThatNoOtherPackageUsesAreReported() {
        assertReportsExactly(rules.internalClassesArePublicOnlyWhereNeeded(), V + "alpha.internal.PublicHelper",
                V + "alpha.internal.FakeMapperImpl", V + "alpha.internal.UnusedPublicMapper");
    }

    @Test
    void theGeneratedImplementationOfAPublicMapperIsExemptButNotTheMapper() {
        // MapStruct really generated public implementations (else the exemption would be untested).
        assertThat(clean.get(FIXTURES + ".clean.alpha.internal.AlphaListingMapperImpl").getModifiers())
                .contains(JavaModifier.PUBLIC);
        assertThat(violations.get(V + "alpha.internal.UnusedPublicMapperImpl").getModifiers())
                .contains(JavaModifier.PUBLIC);
        // Neither implementation is reported (assertReportsExactly in the test above rejects any extra line), while
        // the clean fixture's AlphaListingMapperImpl passes only because of the exemption.
        var exemption = CoordinaArchitectureRules.PUBLIC_BY_FRAMEWORK.get(0).applies();
        assertThat(exemption.test(clean.get(FIXTURES + ".clean.alpha.internal.AlphaListingMapperImpl"))).isTrue();
        assertThat(exemption.test(violations.get(V + "alpha.internal.FakeMapperImpl"))).isFalse();
    }

    @Test
    void domainClassesUsingServletOrHttpTypesAreReported() {
        // Not reported: the controllers, the API-key converter, the configuration, and SortKeys (a non-bean helper in
        // internal that only the controller in internal.web uses). Reported: AlphaReports although only the
        // controller calls it, being a bean.
        assertReportsExactly(rules.domainClassesDoNotDependOnTheWeb(), V + "alpha.internal.AlphaService",
                V + "alpha.internal.AlphaPolicy", V + "alpha.internal.AlphaReports");
        assertThatThrownBy(() -> rules.domainClassesDoNotDependOnTheWeb().check(violations))
                .hasMessageContaining("jakarta.servlet.http.HttpServletRequest")
                .hasMessageContaining("org.springframework.http.ResponseEntity");
    }

    @Test
    void aControllerOutsideInternalWebIsReported() {
        assertReportsExactly(rules.controllersLiveInInternalWeb(), V + "alpha.internal.AlphaStatusController");
    }

    @Test
    void webRecordsOutsideInternalWebAreReported() {
        // Not reported: AlphaSummary in internal.web, AlphaPreview ("view" is no web suffix) and BetaCommand.
        assertReportsExactly(rules.webRecordsLiveInInternalWeb(), V + "alpha.internal.AlphaView",
                V + "beta.internal.BetaRequest");
    }

    @Test
    void commissionScopedHandlersWithoutAGuardAreReported() {
        // Not reported: the neighbours guarded by a meta-annotated guard, @PreAuthorize, @NoCommissionScope or a
        // class-level guard, the handler taking another path variable, and a non-handler taking a CommissionCode.
        String controller = V + "gamma.internal.web.GammaController.";
        assertReportsExactly(rules.commissionScopedHandlersAreGuarded(), controller + "list", controller + "show",
                controller + "search");
        assertThatThrownBy(() -> rules.commissionScopedHandlersAreGuarded().check(violations))
                .hasMessageContaining("list(java.lang.String) takes the commission code as @PathVariable 'code' "
                        + "(parameter 0)")
                .hasMessageContaining("takes a CommissionCode (parameter 0)");
    }

    @Test
    void theCleanFixtureGuardsCommissionScopedHandlersWithEveryKindOfGuard() {
        // The clean fixture passes the rule because it guards its handlers, not because it has none to check.
        var handlers = clean.stream().flatMap(type -> type.getMethods().stream())
                .filter(method -> CoordinaArchitectureRules.isAnnotatedOrMeta(method,
                        CoordinaArchitectureRules.REQUEST_MAPPING))
                .filter(method -> method.getRawParameterTypes().stream()
                        .anyMatch(type -> type.getSimpleName().equals("CommissionCode"))
                        || method.getParameters().stream().anyMatch(parameter -> parameter
                                .isAnnotatedWith(CoordinaArchitectureRules.PATH_VARIABLE)))
                .toList();
        assertThat(cleanRules.commissionGuards()).allSatisfy(guard -> assertThat(handlers).anyMatch(
                method -> method.isAnnotatedWith(guard) || method.getOwner().isAnnotatedWith(guard)));
    }

    @Test
    void jdbcOutsideAPersistenceAdapterIsReported() {
        // Not reported: the @Repository and LedgerRows, a non-bean helper only the repository uses.
        assertReportsExactly(rules.onlyPersistenceAdaptersUseJdbc(), V + "alpha.internal.AlphaLedger");
    }

    @Test
    void aModuleDeclaringOrImplementingASecurityFilterChainIsReported() {
        assertReportsExactly(rules.onlyTheAppDeclaresSecurityFilterChains(), V + "beta.internal.BetaSecurity.betaChain",
                V + "beta.internal.BetaChain");
    }

    @Test
    void aPageControllerOutsideInternalWebOrWithoutTheStereotypeIsReported() {
        // Not reported: GammaJsonController, a @Controller with @ResponseBody, and the REST controllers.
        assertReportsExactly(rules.pageControllersLiveInTheirModulesInternalWeb(), V + "sharedkernel.pages.KernelPages",
                V + "gamma.internal.web.GammaPages");
    }

    @Test
    void everyRuleOfTheSetHasAFixtureViolation() {
        assertThat(rules.all()).allSatisfy(rule -> assertThatThrownBy(() -> rule.check(violations))
                .isInstanceOf(AssertionError.class));
    }

    @Test
    void theCleanChangelogsPass() {
        var report = new ChangelogRules("fixtures/changelog/clean").check();

        assertThat(report.filesByFolder()).containsOnlyKeys("alpha", "beta", "modulith");
        assertThat(report.changeSets()).isEqualTo(8);
    }

    @Test
    void changelogsTouchingOtherSchemasAreReported() {
        var changelogs = new ChangelogRules("fixtures/changelog/violations");
        List<String> expected = List.of(
                "alpha/002-mistakes.yaml changeSet alpha-002-foreign-table: change createTable touches schema 'beta'",
                "alpha/002-mistakes.yaml changeSet alpha-003-no-schema: change createTable has no schemaName",
                "alpha/002-mistakes.yaml changeSet beta-004-borrowed-id: id does not start with 'alpha-'",
                "alpha/002-mistakes.yaml changeSet alpha-005-foreign-sql: change sql touches schema 'beta'",
                "alpha/002-mistakes.yaml changeSet alpha-006-other-schema: change sql names schema 'gamma'",
                "alpha/002-mistakes.yaml changeSet alpha-006-other-schema: change sql does not qualify its objects "
                        + "with schema 'alpha'",
                "alpha/002-mistakes.yaml changeSet alpha-007-cross-schema-fk: change addForeignKeyConstraint touches "
                        + "schema 'beta'",
                "alpha/002-mistakes.yaml changeSet alpha-008-unqualified-sql: change sql does not qualify its "
                        + "objects with schema 'alpha'",
                "alpha/002-mistakes.yaml changeSet alpha-009-search-path: change sql sets search_path",
                "alpha/002-mistakes.yaml changeSet alpha-009-search-path: change sql does not qualify its objects "
                        + "with schema 'alpha'",
                "alpha/002-mistakes.yaml changeSet alpha-010-foreign-precondition: preConditions names schema 'beta'",
                "alpha/002-mistakes.yaml changeSet alpha-011-foreign-rollback: rollback dropTable touches schema "
                        + "'beta'",
                "alpha/003-legacy.xml: not a YAML changelog");

        assertThatThrownBy(changelogs::check).isInstanceOf(AssertionError.class)
                .hasMessageContaining("alpha-003-no-schema").hasMessageContaining("beta-004-borrowed-id");
        var report = changelogs.evaluate();
        assertThat(report.filesByFolder()).containsOnlyKeys("alpha", "beta");
        assertThat(report.violations()).hasSize(expected.size())
                .allSatisfy(violation -> assertThat(expected).anyMatch(violation::startsWith));
        assertThat(expected).allSatisfy(
                fragment -> assertThat(report.violations()).anyMatch(violation -> violation.startsWith(fragment)));
    }

    /**
     * The rule fails the check, reports every expected subject (a class or member name) and reports nothing else.
     * A report line's subject is the name it starts with, or else its first {@code <name>}, which for dependency
     * lines is the origin of the dependency.
     */
    private static void assertReportsExactly(ArchRule rule, String... expectedSubjects) {
        var thrown = assertThatThrownBy(() -> rule.check(violations)).isInstanceOf(AssertionError.class);
        for (String expected : expectedSubjects) {
            thrown.hasMessageContaining(expected);
        }
        List<String> subjects = rule.evaluate(violations).getFailureReport().getDetails().stream()
                .map(ArchitectureRulesFixtureTests::subjectOf).toList();
        assertThat(subjects).as("subjects reported by: " + rule.getDescription())
                .allSatisfy(subject -> assertThat(expectedSubjects).anyMatch(expected -> names(subject, expected)));
        for (String expected : expectedSubjects) {
            assertThat(subjects).as("subjects reported by: " + rule.getDescription())
                    .anyMatch(subject -> names(subject, expected));
        }
    }

    private static final Pattern BRACKETED = Pattern.compile("<([^>]+)>");

    private static String subjectOf(String line) {
        if (line.startsWith(FIXTURES)) {
            return line.split(" ", 2)[0];
        }
        Matcher matcher = BRACKETED.matcher(line);
        return matcher.find() ? matcher.group(1) : line;
    }

    /** Whether {@code subject} is {@code name} or one of its members or nested classes. */
    private static boolean names(String subject, String name) {
        return subject.equals(name) || (subject.startsWith(name) && ".$(".indexOf(subject.charAt(name.length())) >= 0);
    }
}
