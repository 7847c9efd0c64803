package org.coordina.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.methods;

import java.lang.reflect.Parameter;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiPredicate;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.stream.Stream;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.Dependency;
import com.tngtech.archunit.core.domain.JavaAccess;
import com.tngtech.archunit.core.domain.JavaAnnotation;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaCodeUnit;
import com.tngtech.archunit.core.domain.JavaField;
import com.tngtech.archunit.core.domain.JavaMember;
import com.tngtech.archunit.core.domain.JavaMethod;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.domain.JavaParameter;
import com.tngtech.archunit.core.domain.JavaType;
import com.tngtech.archunit.core.domain.properties.CanBeAnnotated;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import com.tngtech.archunit.library.dependencies.SlicesRuleDefinition;

/**
 * The module rules of {@code docs/module-rules.md} as ArchUnit rules (each rule cites its section there),
 * parameterised by a {@link ModuleLayout} so that the very same rules run against the production classes and against
 * the fixtures that prove each rule reports its violations.
 * <p>
 * Every rule allows an empty set of classes to check: a young code base may not have a listener or an internal
 * class yet. The fixture tests make up for it by showing each rule finds something to check in the clean fixture
 * and reports every planted violation.
 */
final class CoordinaArchitectureRules {

    // Annotation and type names are used as strings: the rules must not need every framework on the classpath,
    // and a string keeps the rule readable where the class would be imported only for its name.
    static final String APPLICATION_MODULE_LISTENER = "org.springframework.modulith.events.ApplicationModuleListener";

    static final String EVENT_LISTENER = "org.springframework.context.event.EventListener";

    static final String TRANSACTIONAL_EVENT_LISTENER =
            "org.springframework.transaction.event.TransactionalEventListener";

    static final String APPLICATION_EVENT = "org.springframework.context.ApplicationEvent";

    static final String SECURITY_FILTER_CHAIN = "org.springframework.security.web.SecurityFilterChain";

    static final String MAPSTRUCT_MAPPER = "org.mapstruct.Mapper";

    static final String CONFIGURATION = "org.springframework.context.annotation.Configuration";

    static final String COMPONENT = "org.springframework.stereotype.Component";

    static final String CONTROLLER = "org.springframework.stereotype.Controller";

    static final String REQUEST_MAPPING = "org.springframework.web.bind.annotation.RequestMapping";

    static final String PATH_VARIABLE = "org.springframework.web.bind.annotation.PathVariable";

    static final String PRE_AUTHORIZE = "org.springframework.security.access.prepost.PreAuthorize";

    static final String RESPONSE_BODY = "org.springframework.web.bind.annotation.ResponseBody";

    /** The path variable that names a commission throughout the API ({@code /commissions/{code}/...}). */
    static final String COMMISSION_CODE_VARIABLE = "code";

    /** Packages whose annotations an event (or its package-info) may carry; annotations are metadata, not coupling. */
    static final List<String> EVENT_ANNOTATION_PACKAGES = List.of("org.springframework.modulith", "org.jspecify",
            "jakarta.annotation");

    /**
     * Jackson's annotations package, allowed in events whole: besides the annotations it holds the enums their
     * attributes take ({@code JsonInclude.Include}), and it is the stable, databind-free part of Jackson that both
     * Jackson 2 and 3 read.
     */
    static final String JACKSON_ANNOTATIONS = "com.fasterxml.jackson.annotation";

    /** Names of web records, by the template's convention: request bodies and response bodies. */
    static final String WEB_RECORD_NAME = ".+(Request|View|Summary)";

    /** The web layer: a domain class that names one of these is an HTTP adapter in disguise. */
    static final List<String> WEB_PACKAGES = List.of("org.springframework.web", "org.springframework.http",
            "jakarta.servlet", "org.springframework.security.web");

    /**
     * Low-level persistence: JDBC and JPA. Spring Data's mapping annotations ({@code org.springframework.data..})
     * are deliberately absent: aggregates carry {@code @Table}, {@code @Id}, {@code @Version} and the auditing
     * annotations by design.
     */
    static final List<String> PERSISTENCE_PACKAGES = List.of("org.springframework.jdbc", "java.sql", "javax.sql",
            "jakarta.persistence");

    private final ModuleLayout layout;

    CoordinaArchitectureRules(ModuleLayout layout) {
        this.layout = layout;
    }

    /** Every rule of this set, for a test that must not miss one. */
    List<ArchRule> all() {
        return List.of(eventsArePublicRecords(), eventsDependOnlyOnJavaAndOtherEvents(), eventNamesHaveNoEventSuffix(),
                moduleCodeLivesInEventsOrInternal(), modulesUseOtherModulesOnlyThroughTheirEvents(),
                modulesDependNeitherOnTheAppNorOnInfrastructure(), sharedKernelDependsOnNoModule(),
                modulesAreFreeOfCycles(), listenersConsumeEvents(), internalClassesArePublicOnlyWhereNeeded(),
                controllersLiveInInternalWeb(), webRecordsLiveInInternalWeb(), domainClassesDoNotDependOnTheWeb(),
                onlyPersistenceAdaptersUseJdbc(), onlyTheAppDeclaresSecurityFilterChains(),
                commissionScopedHandlersAreGuarded(), eventRecordsAreModuleEvents(), pageControllersLiveInTheirModulesInternalWeb());
    }

    // --- §1, §2: events ---------------------------------------------------------------------------------------

    /** §1 (shape): every type in a module's {@code events} package is a public record or a public enum. */
    ArchRule eventsArePublicRecords() {
        return classes().that(are("in a module's events package", this::isEventType))
                .should(holdFor("be public records (or public enums as value types)",
                        type -> isEffectivelyPublic(type) && (type.isRecord() || type.isEnum()),
                        type -> "%s in %s is %s, not a public record or enum".formatted(type.getName(),
                                type.getPackageName(), describeKind(type))))
                .because("a module's events package is its only public surface (docs/module-rules.md §1): immutable "
                        + "public records that other modules, the registry and integrators consume; enums serve as "
                        + "value types, nested records as value snapshots")
                .allowEmptyShould(true);
    }

    /**
     * §2: events name only Java types, other events, the shared kernel's domain value records, metadata annotations
     * and Jackson's annotations.
     */
    ArchRule eventsDependOnlyOnJavaAndOtherEvents() {
        return classes().that(are("in a module's events package", layout::isEventsClass))
                .should(haveNoDependency("depend only on java.., events packages, the records and the ModuleEvent "
                        + "contract of " + layout.sharedKernel("domain") + ", annotations of " + EVENT_ANNOTATION_PACKAGES + " and "
                        + JACKSON_ANNOTATIONS, (origin, target) -> !isAllowedInEvents(target)))
                .because("events travel between modules and out to integrators and are serialised into the "
                        + "publication registry; a Spring, Jackson databind or internal type in an event couples every "
                        + "consumer to the publisher's implementation. The shared kernel's domain value records "
                        + "(CommissionCode) are the one exception: every module already depends on them, and a record "
                        + "is a value, not a service (docs/module-rules.md §2, §4)")
                .allowEmptyShould(true);
    }

    /** §1 (naming): event names state what happened, without an {@code Event} suffix. */
    ArchRule eventNamesHaveNoEventSuffix() {
        return classes().that(are("in a module's events package", this::isEventType))
                .should(holdFor("be named without an 'Event' suffix", type -> !type.getSimpleName().endsWith("Event"),
                        type -> "%s ends with 'Event'".formatted(type.getName())))
                .because("events are named in the past tense after what happened (PlanningCycleOpened), "
                        + "docs/module-rules.md §1")
                .allowEmptyShould(true);
    }

    /**
     * §1 (contract): every event record implements the shared kernel's {@code ModuleEvent}. An event record is a
     * top-level record of an {@code events} package that no other type of that package uses: the records other
     * events carry as components (value snapshots, top-level or nested) and the enums are values, not events.
     */
    ArchRule eventRecordsAreModuleEvents() {
        String moduleEvent = layout.sharedKernel("domain.ModuleEvent");
        return classes().that(are("event records (top-level records of an events package used by no other type of it)",
                        this::isEventRecord))
                .should(holdFor("implement " + moduleEvent, type -> type.isAssignableTo(moduleEvent),
                        type -> "%s does not implement %s".formatted(type.getName(), moduleEvent)))
                .because("Kafka and the HTTP feed pick up every event by this interface (its id, time and aggregate "
                        + "key), so an event that does not implement it never reaches an integrator "
                        + "(docs/module-rules.md §1, DESIGN §6)")
                .allowEmptyShould(true);
    }

    // --- §3 to §5, §8: module boundaries and layout ---------------------------------------------------------

    /** §1, §8: everything of a module other than its package-info lives under {@code events} or {@code internal}. */
    ArchRule moduleCodeLivesInEventsOrInternal() {
        return classes().that(are("in an application module", type -> layout.isInModule(type) && !isPackageInfo(type)))
                .should(holdFor("reside in the module's events or internal package",
                        type -> layout.isEventsClass(type) || layout.isInternalClass(type),
                        type -> "%s is neither in an events nor in an internal package".formatted(type.getName())))
                .because("the events package is a module's whole public surface and everything else is internal "
                        + "(docs/module-rules.md §1, §8); a class in the module's root package would silently "
                        + "become API")
                .allowEmptyShould(true);
    }

    /** §3: module A uses module B only through {@code B.events}. */
    ArchRule modulesUseOtherModulesOnlyThroughTheirEvents() {
        return classes().that(are("in an application module", layout::isInModule))
                .should(haveNoDependency("use other modules only through their events packages", (origin, target) -> {
                    Optional<String> targetModule = layout.moduleOf(target);
                    return targetModule.isPresent() && !targetModule.equals(layout.moduleOf(origin))
                            && !layout.isEventsClass(target);
                }))
                .because("modules never call each other's beans nor share entities; changes travel only as events "
                        + "(docs/module-rules.md §3). Modules are derived from the packages under "
                        + layout.rootPackage() + ", so a new module is covered without touching this rule")
                .allowEmptyShould(true);
    }

    /** §5: modules and the shared kernel do not reach up into the app or sideways into infrastructure. */
    ArchRule modulesDependNeitherOnTheAppNorOnInfrastructure() {
        return classes().that(are("in an application module or the shared kernel",
                type -> layout.isInModule(type) || layout.isInSharedKernel(type)))
                .should(haveNoDependency("depend neither on the app nor on infrastructure packages",
                        (origin, target) -> layout.isInApp(target) || layout.isInInfrastructure(target)))
                .because("the app assembles the modules, so a module depending on it is a cycle, and infrastructure "
                        + "(the embedded database) is a deployment detail the modules must not know about "
                        + "(docs/module-rules.md §5)")
                .allowEmptyShould(true);
    }

    /** §4: the shared kernel is below every module: it may not know any of them, not even their events. */
    ArchRule sharedKernelDependsOnNoModule() {
        return classes().that(are("in the shared kernel", layout::isInSharedKernel))
                .should(haveNoDependency("depend on no application module",
                        (origin, target) -> layout.isInModule(target)))
                .because("every module depends on the shared kernel (an OPEN module); a dependency back makes a "
                        + "cycle through every module (docs/module-rules.md §4, ADR 2)")
                .allowEmptyShould(true);
    }

    /** §5: the module graph is a DAG (app, shared kernel and infrastructure count as slices too). */
    ArchRule modulesAreFreeOfCycles() {
        return SlicesRuleDefinition.slices().matching(layout.rootPackage() + ".(*)..").should().beFreeOfCycles()
                .because("module dependencies form a DAG (docs/module-rules.md §5), even through events: a cycle "
                        + "means two modules cannot be understood, tested or split apart separately")
                .allowEmptyShould(true);
    }

    // --- §6: listeners ---------------------------------------------------------------------------------------

    /** §6: event listeners consume events from {@code events} packages. */
    ArchRule listenersConsumeEvents() {
        return methods().that(new DescribedPredicate<JavaMethod>("are event listeners under " + layout.rootPackage()) {
            @Override
            public boolean test(JavaMethod method) {
                return layout.isUnderRoot(method.getOwner()) && isAnnotatedOrMeta(method, EVENT_LISTENER);
            }
        }).should(new ArchCondition<JavaMethod>("consume only events from events packages") {
            @Override
            public void check(JavaMethod method, ConditionEvents events) {
                boolean transactional = isAnnotatedOrMeta(method, TRANSACTIONAL_EVENT_LISTENER);
                Set<JavaClass> consumed = new LinkedHashSet<>(method.getRawParameterTypes());
                consumed.addAll(listenedClassesDeclaredIn(method));
                for (JavaClass type : consumed) {
                    boolean frameworkEvent = !transactional && type.isAssignableTo(APPLICATION_EVENT)
                            && !layout.isUnderRoot(type);
                    // Every module event at once (the integration module's feed): the kernel's ModuleEvent.
                    boolean anyModuleEvent = type.getName().equals(layout.sharedKernel("domain.ModuleEvent"));
                    if (!layout.isEventsClass(type) && !frameworkEvent && !anyModuleEvent) {
                        events.add(SimpleConditionEvent.violated(method, ("%s listens to %s, which is not in an events "
                                + "package").formatted(method.getFullName(), type.getName())));
                    }
                }
            }
        }).because("modules talk only through their published events (docs/module-rules.md §6); a listener "
                + "taking an internal type or a plain value is a hidden API. A plain @EventListener may also take a "
                + "Spring framework event (a subclass of ApplicationEvent declared outside the code base, e.g. "
                + "ApplicationReadyEvent for demo data); transactional and application-module listeners may not")
                .allowEmptyShould(true);
    }

    // --- §7: visibility of internals --------------------------------------------------------------------------

    /**
     * Framework-driven exceptions to "internal classes are package-private". Each entry says why; add one only
     * after checking that the framework really cannot work with a package-private class.
     * <p>
     * Checked and not needed (no entry): Spring Data JDBC aggregates and {@code @ConfigurationProperties} records
     * (both shown by {@link FrameworkVisibilityTests}); Spring Data repository interfaces (JDK proxies of
     * package-private interfaces), {@code @Configuration} and {@code @Component} classes (CGLIB subclasses in the
     * same package), controllers and their handler methods, Jackson-mapped request/response records and
     * {@code @ApplicationModuleListener} beans (all invoked reflectively after {@code setAccessible}).
     */
    static final List<Exemption> PUBLIC_BY_FRAMEWORK = List.of(
            // MapStruct copies the mapper's visibility onto the generated <Mapper>Impl (verified with 1.6.3). A
            // mapper that another package of the module uses must be public, so its Impl is public too although
            // only Spring references it, through the interface. The mapper itself is still checked. Recognised by
            // name and by the @Mapper interface it implements: MapStruct's @Generated has SOURCE retention and is
            // not in the class file.
            new Exemption("a MapStruct-generated mapper implementation",
                    type -> type.getSimpleName().matches(".+Impl_?")
                            && Stream.concat(type.getAllRawInterfaces().stream(), type.getAllRawSuperclasses().stream())
                                    .anyMatch(supertype -> supertype.isAnnotatedWith(MAPSTRUCT_MAPPER))));

    /** §7: an internal class is public only where another package uses it or a framework needs it. */
    ArchRule internalClassesArePublicOnlyWhereNeeded() {
        return classes().that(are("under " + layout.rootPackage(), layout::isUnderRoot))
                .should(new PublicOnlyWhereNeeded())
                .as("classes under <module>.internal should be public only where another package uses them or a "
                        + "framework needs it")
                .because("internal code is package-private where Java allows (docs/module-rules.md §7), so that a "
                        + "module's surface is its events package. Java needs a class public when a class in another "
                        + "package names it: counted are dependencies from another package and the signatures of "
                        + "members accessed from another package. Tests are not imported, so a test that needs a "
                        + "class must live in that class's package")
                .allowEmptyShould(true);
    }

    private final class PublicOnlyWhereNeeded extends ArchCondition<JavaClass> {

        private final Set<String> usedFromAnotherPackage = new HashSet<>();

        PublicOnlyWhereNeeded() {
            super("be public only where another package uses them or a framework needs it");
        }

        @Override
        public void init(Collection<JavaClass> classes) {
            for (JavaClass origin : classes) {
                for (Dependency dependency : origin.getDirectDependenciesFromSelf()) {
                    markUsedFrom(origin, dependency.getTargetClass());
                }
                for (JavaAccess<?> access : origin.getAccessesFromSelf()) {
                    access.getTarget().resolveMember()
                            .ifPresent(member -> signatureTypes(member).forEach(type -> markUsedFrom(origin, type)));
                }
            }
        }

        private void markUsedFrom(JavaClass origin, JavaClass target) {
            JavaClass type = target.getBaseComponentType();
            if (type.getPackageName().equals(origin.getPackageName())) {
                return;
            }
            // Naming Outer.Inner from another package needs Outer to be accessible as well.
            for (Optional<JavaClass> current = Optional.of(type); current.isPresent();
                    current = current.get().getEnclosingClass()) {
                usedFromAnotherPackage.add(current.get().getName());
            }
        }

        @Override
        public void check(JavaClass type, ConditionEvents events) {
            if (!layout.isInternalClass(type) || isPackageInfo(type) || !isEffectivelyPublic(type)
                    || usedFromAnotherPackage.contains(type.getName())) {
                return;
            }
            boolean exempt = PUBLIC_BY_FRAMEWORK.stream().anyMatch(exemption -> exemption.applies().test(type));
            if (!exempt) {
                events.add(SimpleConditionEvent.violated(type, ("%s is public, but no class outside %s uses it; "
                        + "make it package-private").formatted(type.getName(), type.getPackageName())));
            }
        }
    }

    /** A framework that needs a class to be public, recognised by {@code applies}. */
    record Exemption(String description, Predicate<JavaClass> applies) {
    }

    // --- §8: where the web adapter lives ---------------------------------------------------------------------

    /** §8: a module's controllers live in its {@code internal.web} package. */
    ArchRule controllersLiveInInternalWeb() {
        return classes().that(are("controllers in an application module",
                type -> layout.isInModule(type) && isAnnotatedOrMeta(type, CONTROLLER)))
                .should(holdFor("reside in the module's internal.web package", layout::isInternalWebClass,
                        type -> "%s is a controller in %s, not in the module's internal.web package"
                                .formatted(type.getName(), type.getPackageName())))
                .because("every module has the same rooms (docs/module-rules.md §8): the HTTP adapter and nothing "
                        + "else in internal.web, so a newcomer finds an endpoint in one step and the domain in "
                        + "internal stays free of web types")
                .allowEmptyShould(true);
    }

    /**
     * §8 (pages): a page controller (a {@code @Controller} whose handlers return views, not response bodies) is a
     * module's, in its {@code internal.web}, or the app's (sign-in, home, errors); and it is a
     * {@code sharedkernel.pages.PageController}, so that its errors are answered with the error pages.
     */
    ArchRule pageControllersLiveInTheirModulesInternalWeb() {
        String pageController = layout.sharedKernel("pages.PageController");
        return classes().that(are("page controllers (@Controller without @ResponseBody)",
                type -> layout.isUnderRoot(type) && !type.isAnnotation() && isAnnotatedOrMeta(type, CONTROLLER)
                        && !isAnnotatedOrMeta(type, RESPONSE_BODY)))
                .should(holdFor("reside in a module's internal.web package (or the app's) and be a " + pageController,
                        type -> (layout.isInternalWebClass(type) || layout.isInApp(type))
                                && isAnnotatedOrMeta(type, pageController),
                        type -> "%s is a page controller in %s%s".formatted(type.getName(), type.getPackageName(),
                                isAnnotatedOrMeta(type, pageController) ? ", not in a module's internal.web package"
                                        : ", not annotated @PageController")))
                .because("each module owns its pages beside its REST controllers and calls its own services "
                        + "(docs/adding-a-module.md, Pages); a page controller in the shared kernel, the infrastructure "
                        + "or a module's domain package would reach across the module's rooms, and one that is no "
                        + "@PageController answers its errors with JSON Problem Details instead of the error pages")
                .allowEmptyShould(true);
    }

    /** §8: the records a module's HTTP API reads and writes ({@code *Request}, {@code *View}, {@code *Summary}). */
    ArchRule webRecordsLiveInInternalWeb() {
        return classes().that(are("records in a module's internal packages named *Request, *View or *Summary",
                type -> layout.isInternalClass(type) && type.isRecord()
                        && type.getSimpleName().matches(WEB_RECORD_NAME)))
                .should(holdFor("reside in the module's internal.web package", layout::isInternalWebClass,
                        type -> "%s is a web record in %s, not in the module's internal.web package"
                                .formatted(type.getName(), type.getPackageName())))
                .because("request and response records are the HTTP contract of the module's controllers "
                        + "(docs/module-rules.md §8): they live beside the controllers and their web mappers, and "
                        + "domain services take and return domain types, not web records")
                .allowEmptyShould(true);
    }

    // --- §9: domain vs web and persistence ------------------------------------------------------------------

    /** §9 (web): internal classes that are not web adapters don't depend on web packages. */
    ArchRule domainClassesDoNotDependOnTheWeb() {
        return classes().that(are("internal and not web adapters",
                type -> layout.isInternalClass(type) && !isWebLayer(type)))
                .should(haveNoDependency("depend on no web package " + WEB_PACKAGES,
                        (origin, target) -> isIn(target, WEB_PACKAGES)))
                .because("domain and application services don't know HTTP (docs/module-rules.md §9); the shared "
                        + "kernel's CoordinaProblem and Versions carry HTTP semantics for them. A web adapter is: a "
                        + "class in a ..web.. package; a @Controller/@RestController/@ControllerAdvice; a class "
                        + "extending or implementing a web type (filters, AuthenticationConverter, "
                        + "ErrorResponseException); a @Configuration (wiring, not domain); a class named *Controller, "
                        + "*Request or *Response (web DTOs); a class nested in one of these; or a helper that is no "
                        + "Spring bean and is used by web adapters only (e.g. a sort-parameter mapper; a service bean "
                        + "that only controllers call stays domain)")
                .allowEmptyShould(true);
    }

    /** §9 (persistence): only persistence adapters use JDBC (or JPA). */
    ArchRule onlyPersistenceAdaptersUseJdbc() {
        return classes().that(are("in a module or the shared kernel and not persistence adapters",
                type -> (layout.isInModule(type) || layout.isInSharedKernel(type)) && !isPersistenceLayer(type)))
                .should(haveNoDependency("depend on no low-level persistence package " + PERSISTENCE_PACKAGES,
                        (origin, target) -> isIn(target, PERSISTENCE_PACKAGES)))
                .because("aggregates use Spring Data JDBC and its mapping annotations only; SQL lives in repositories. "
                        + "A persistence adapter is: a Spring Data repository; a @Repository; a class named "
                        + "*Repository or *RepositoryImpl (Spring Data fragment); a class in a ..persistence.. "
                        + "package; a Spring Data @ReadingConverter/@WritingConverter; a class implementing a JDBC "
                        + "type (RowMapper); a @Configuration; a class nested in one of these; or a helper that is no "
                        + "Spring bean and is used by persistence adapters only (docs/module-rules.md §9)")
                .allowEmptyShould(true);
    }

    // --- §10, §11: security ---------------------------------------------------------------------------------

    /** §10: only the app declares a {@code SecurityFilterChain}. */
    ArchRule onlyTheAppDeclaresSecurityFilterChains() {
        return classes().that(are("under " + layout.rootPackage() + " outside the app",
                type -> layout.isUnderRoot(type) && !layout.isInApp(type)))
                .should(new ArchCondition<JavaClass>("neither implement nor produce a SecurityFilterChain") {
                    @Override
                    public void check(JavaClass type, ConditionEvents events) {
                        if (type.isAssignableTo(SECURITY_FILTER_CHAIN)) {
                            events.add(SimpleConditionEvent.violated(type,
                                    "%s implements SecurityFilterChain".formatted(type.getName())));
                        }
                        for (JavaMethod method : type.getMethods()) {
                            if (method.getRawReturnType().isAssignableTo(SECURITY_FILTER_CHAIN)) {
                                events.add(SimpleConditionEvent.violated(method,
                                        "%s returns a SecurityFilterChain".formatted(method.getFullName())));
                            }
                        }
                    }
                })
                .because("the app owns the security filter chains (docs/module-rules.md §10); a module's chain "
                        + "would silently change which requests are authenticated. Modules contribute beans the app's "
                        + "chain uses (AuthenticationProvider, AuthenticationConverter) instead")
                .allowEmptyShould(true);
    }

    /**
     * §11: a web handler that takes a commission code carries a guard: a scoping annotation of the shared kernel, an
     * explicit opt-out, or a {@code @PreAuthorize} of its own, on the method or on its class.
     */
    ArchRule commissionScopedHandlersAreGuarded() {
        List<String> guards = commissionGuards();
        return methods().that(new DescribedPredicate<JavaMethod>("are web handlers in an application module") {
            @Override
            public boolean test(JavaMethod method) {
                return layout.isInModule(method.getOwner()) && isAnnotatedOrMeta(method, REQUEST_MAPPING);
            }
        }).should(new ArchCondition<JavaMethod>("carry one of " + simpleNames(guards) + " on the method or its class "
                + "when they take a commission code") {
            @Override
            public void check(JavaMethod method, ConditionEvents events) {
                Optional<String> commissionCode = commissionCodeTakenBy(method);
                boolean guarded = guards.stream().anyMatch(
                        guard -> isAnnotatedOrMeta(method, guard) || isAnnotatedOrMeta(method.getOwner(), guard));
                if (commissionCode.isPresent() && !guarded) {
                    events.add(SimpleConditionEvent.violated(method, ("%s takes %s but carries none of %s, neither "
                            + "on the method nor on its class").formatted(method.getFullName(), commissionCode.get(),
                                    simpleNames(guards))));
                }
            }
        }).because("commission data is scoped by the commission code in the path (docs/module-rules.md §11). "
                + "Scoping is declared, not called: one forgotten imperative check would leak another commission's "
                + "data. A handler takes a commission code when a parameter is a CommissionCode (also inside a "
                + "generic type) or is the @PathVariable 'code'; @NoCommissionScope says on purpose that the code "
                + "needs no scoping (public data, or a role check in @PreAuthorize covers it)")
                .allowEmptyShould(true);
    }

    /** The annotations that guard a commission-scoped handler, named relative to the layout's shared kernel. */
    List<String> commissionGuards() {
        return List.of(layout.sharedKernel("security.ReadsCommissionData"),
                layout.sharedKernel("security.WritesCommissionData"), layout.sharedKernel("security.NoCommissionScope"),
                PRE_AUTHORIZE);
    }

    /** How a handler takes a commission code, for the report; empty when it takes none. */
    private Optional<String> commissionCodeTakenBy(JavaMethod method) {
        String commissionCode = layout.sharedKernel("domain.CommissionCode");
        for (JavaParameter parameter : method.getParameters()) {
            if (parameter.getType().getAllInvolvedRawTypes().stream()
                    .anyMatch(type -> type.getName().equals(commissionCode))) {
                return Optional.of("a CommissionCode (parameter %d)".formatted(parameter.getIndex()));
            }
            Optional<JavaAnnotation<JavaParameter>> pathVariable = parameter.tryGetAnnotationOfType(PATH_VARIABLE);
            if (pathVariable.isPresent()) {
                Optional<String> name = pathVariableName(pathVariable.get(), method, parameter.getIndex());
                if (name.isEmpty()) {
                    return Optional.of(("an unnamed @PathVariable (parameter %d) whose name cannot be read (compile "
                            + "with -parameters or name it), so it may be the commission code")
                            .formatted(parameter.getIndex()));
                }
                if (name.get().equals(COMMISSION_CODE_VARIABLE)) {
                    return Optional.of("the commission code as @PathVariable '%s' (parameter %d)"
                            .formatted(COMMISSION_CODE_VARIABLE, parameter.getIndex()));
                }
            }
        }
        return Optional.empty();
    }

    /**
     * The name of a path variable: its {@code name} or {@code value} attribute or else, as Spring reads it, the
     * parameter's name. ArchUnit does not read parameter names, so these come by reflection from the class file's
     * MethodParameters attribute, which {@code -parameters} (set in the parent pom) writes.
     */
    private static Optional<String> pathVariableName(JavaAnnotation<JavaParameter> pathVariable, JavaMethod method,
            int index) {
        for (String attribute : List.of("name", "value")) {
            Optional<String> explicit = pathVariable.get(attribute).filter(String.class::isInstance)
                    .map(String.class::cast).filter(name -> !name.isEmpty());
            if (explicit.isPresent()) {
                return explicit;
            }
        }
        try {
            Parameter parameter = method.reflect().getParameters()[index];
            return parameter.isNamePresent() ? Optional.of(parameter.getName()) : Optional.empty();
        } catch (RuntimeException | LinkageError unloadable) {
            return Optional.empty();
        }
    }

    private static String simpleNames(List<String> annotations) {
        return annotations.stream().map(name -> "@" + name.substring(name.lastIndexOf('.') + 1)).toList().toString();
    }

    // --- classification --------------------------------------------------------------------------------------

    private boolean isEventType(JavaClass type) {
        // javac's synthetic helpers (the switch map of a switch over an enum) are no event types.
        return layout.isEventsClass(type) && !isPackageInfo(type)
                && !type.getModifiers().contains(JavaModifier.SYNTHETIC);
    }

    private boolean isEventRecord(JavaClass type) {
        return isEventType(type) && type.isRecord() && type.isTopLevelClass()
                && type.getDirectDependenciesToSelf().stream().map(dependency -> outermost(dependency.getOriginClass()))
                        .noneMatch(origin -> !origin.equals(type) && origin.getPackageName().equals(type.getPackageName()));
    }

    private boolean isAllowedInEvents(JavaClass target) {
        JavaClass type = target.getBaseComponentType();
        return type.isPrimitive() || isIn(type, List.of("java")) || layout.isEventsClass(type)
                || (type.isAnnotation() && isIn(type, EVENT_ANNOTATION_PACKAGES))
                || isIn(type, List.of(JACKSON_ANNOTATIONS)) || isSharedKernelValueRecord(type)
                || type.getName().equals(layout.sharedKernel("domain.ModuleEvent"));
    }

    /** A record of the shared kernel's domain package: a value every module knows, never a service. */
    private boolean isSharedKernelValueRecord(JavaClass type) {
        return type.isRecord() && ModuleLayout.isSameOrSubPackage(type.getPackageName(), layout.sharedKernel("domain"));
    }

    static boolean isWebAdapter(JavaClass type) {
        return isOrIsNestedIn(type, candidate -> hasPackageSegment(candidate, "web")
                || isAnnotatedOrMeta(candidate, "org.springframework.stereotype.Controller")
                || isAnnotatedOrMeta(candidate, "org.springframework.web.bind.annotation.ControllerAdvice")
                || isAnnotatedOrMeta(candidate, CONFIGURATION)
                || candidate.getSimpleName().matches(".+(Controller|Request|Response)")
                || hasSupertypeIn(candidate, WEB_PACKAGES));
    }

    static boolean isPersistenceAdapter(JavaClass type) {
        return isOrIsNestedIn(type, candidate -> candidate
                .isAssignableTo("org.springframework.data.repository.Repository")
                || isAnnotatedOrMeta(candidate, "org.springframework.stereotype.Repository")
                || isAnnotatedOrMeta(candidate, "org.springframework.data.convert.ReadingConverter")
                || isAnnotatedOrMeta(candidate, "org.springframework.data.convert.WritingConverter")
                || isAnnotatedOrMeta(candidate, CONFIGURATION)
                || candidate.getSimpleName().matches(".+(Repository|RepositoryImpl)")
                || hasPackageSegment(candidate, "persistence")
                || hasSupertypeIn(candidate, PERSISTENCE_PACKAGES));
    }

    static boolean isWebLayer(JavaClass type) {
        return isWebAdapter(type) || isHelperServingOnly(type, CoordinaArchitectureRules::isWebAdapter);
    }

    static boolean isPersistenceLayer(JavaClass type) {
        return isPersistenceAdapter(type)
                || isHelperServingOnly(type, CoordinaArchitectureRules::isPersistenceAdapter);
    }

    /**
     * A class that is no Spring bean and that only adapters use belongs to their layer. Beans are excluded so that
     * an application service called only by controllers does not count as web code.
     */
    private static boolean isHelperServingOnly(JavaClass type, Predicate<JavaClass> adapter) {
        JavaClass outermost = outermost(type);
        if (isAnnotatedOrMeta(outermost, COMPONENT)) {
            return false;
        }
        Set<JavaClass> users = new HashSet<>();
        for (Dependency dependency : outermost.getDirectDependenciesToSelf()) {
            users.add(outermost(dependency.getOriginClass()));
        }
        users.remove(outermost);
        return !users.isEmpty() && users.stream().allMatch(adapter);
    }

    private static JavaClass outermost(JavaClass type) {
        JavaClass current = type;
        while (current.getEnclosingClass().isPresent()) {
            current = current.getEnclosingClass().get();
        }
        return current;
    }

    private static boolean isOrIsNestedIn(JavaClass type, Predicate<JavaClass> predicate) {
        for (Optional<JavaClass> current = Optional.of(type); current.isPresent();
                current = current.get().getEnclosingClass()) {
            if (predicate.test(current.get())) {
                return true;
            }
        }
        return false;
    }

    private static boolean hasPackageSegment(JavaClass type, String segment) {
        return Stream.of(type.getPackageName().split("\\.")).anyMatch(segment::equals);
    }

    private static boolean hasSupertypeIn(JavaClass type, List<String> packages) {
        return Stream.concat(type.getAllRawSuperclasses().stream(), type.getAllRawInterfaces().stream())
                .anyMatch(supertype -> isIn(supertype, packages));
    }

    static boolean isIn(JavaClass type, List<String> packages) {
        String packageName = type.getBaseComponentType().getPackageName();
        return packages.stream().anyMatch(parent -> ModuleLayout.isSameOrSubPackage(packageName, parent));
    }

    static boolean isAnnotatedOrMeta(CanBeAnnotated element, String annotation) {
        return element.isAnnotatedWith(annotation) || element.isMetaAnnotatedWith(annotation);
    }

    static boolean isPackageInfo(JavaClass type) {
        return type.getSimpleName().equals("package-info");
    }

    /** Public, and so is every enclosing class: a public class nested in a package-private one is not API. */
    static boolean isEffectivelyPublic(JavaClass type) {
        return type.getModifiers().contains(JavaModifier.PUBLIC)
                && type.getEnclosingClass().map(CoordinaArchitectureRules::isEffectivelyPublic).orElse(true);
    }

    private static String describeKind(JavaClass type) {
        String kind = type.isRecord() ? "a record" : type.isEnum() ? "an enum" : type.isInterface() ? "an interface"
                : "a class";
        return isEffectivelyPublic(type) ? "a public " + kind.substring(kind.indexOf(' ') + 1)
                : kind + " that is not public";
    }

    /** The classes an {@code @EventListener(classes = ...)} (or {@code value}) declares it listens to. */
    private static List<JavaClass> listenedClassesDeclaredIn(JavaMethod method) {
        List<JavaClass> declared = new ArrayList<>();
        for (JavaAnnotation<JavaMethod> annotation : method.getAnnotations()) {
            String name = annotation.getRawType().getName();
            if (name.equals(EVENT_LISTENER) || name.equals(TRANSACTIONAL_EVENT_LISTENER)) {
                for (String attribute : List.of("classes", "value")) {
                    annotation.get(attribute).filter(JavaClass[].class::isInstance)
                            .ifPresent(value -> declared.addAll(List.of((JavaClass[]) value)));
                }
            }
        }
        return declared;
    }

    private static Set<JavaClass> signatureTypes(JavaMember member) {
        Set<JavaClass> types = new HashSet<>();
        if (member instanceof JavaCodeUnit codeUnit) {
            types.addAll(codeUnit.getReturnType().getAllInvolvedRawTypes());
            for (JavaType parameter : codeUnit.getParameterTypes()) {
                types.addAll(parameter.getAllInvolvedRawTypes());
            }
            codeUnit.getThrowsClause().getTypes().forEach(types::add);
        } else if (member instanceof JavaField field) {
            types.addAll(field.getType().getAllInvolvedRawTypes());
        }
        return types;
    }

    // --- building blocks -------------------------------------------------------------------------------------

    private static DescribedPredicate<JavaClass> are(String description, Predicate<JavaClass> predicate) {
        return DescribedPredicate.describe("are " + description, predicate);
    }

    private static ArchCondition<JavaClass> holdFor(String description, Predicate<JavaClass> predicate,
            Function<JavaClass, String> violation) {
        return new ArchCondition<>(description) {
            @Override
            public void check(JavaClass type, ConditionEvents events) {
                if (!predicate.test(type)) {
                    events.add(SimpleConditionEvent.violated(type, violation.apply(type)));
                }
            }
        };
    }

    /** Reports every direct dependency for which {@code forbidden(origin, target)} holds, one line each. */
    private static ArchCondition<JavaClass> haveNoDependency(String description,
            BiPredicate<JavaClass, JavaClass> forbidden) {
        return new ArchCondition<>(description) {
            @Override
            public void check(JavaClass type, ConditionEvents events) {
                for (Dependency dependency : type.getDirectDependenciesFromSelf()) {
                    JavaClass target = dependency.getTargetClass().getBaseComponentType();
                    if (forbidden.test(type, target)) {
                        events.add(SimpleConditionEvent.violated(dependency, dependency.getDescription()));
                    }
                }
            }
        };
    }
}
