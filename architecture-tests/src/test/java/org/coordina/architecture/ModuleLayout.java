package org.coordina.architecture;

import java.util.Optional;
import java.util.Set;

import com.tngtech.archunit.core.domain.JavaClass;

/**
 * Where the modules of a code base live: every direct sub-package of {@code rootPackage} is an application module,
 * except the application's own package, the shared kernel and infrastructure. Deriving modules from package names
 * (instead of a hand-kept list) makes every rule cover a new module the day its package appears.
 *
 * @param rootPackage the package of the {@code @Modulithic} application class ({@code org.coordina})
 * @param appPackage the sub-package assembling the modules ({@code app}); classes directly in the root package
 *        (the application class) count as part of it
 * @param sharedPackages open modules every module may use ({@code sharedkernel})
 * @param infrastructurePackages technical packages that are not application modules ({@code embeddeddb},
 *        {@code webconventions})
 */
record ModuleLayout(String rootPackage, String appPackage, Set<String> sharedPackages,
        Set<String> infrastructurePackages) {

    static final String EVENTS = "events";

    static final String INTERNAL = "internal";

    static final String WEB = "web";

    /** The shared kernel's package segment, under which the rules find the kernel types they name. */
    static final String SHARED_KERNEL = "sharedkernel";

    /** The layout of Coordina's production code. */
    static ModuleLayout coordina() {
        return under("org.coordina");
    }

    /** The same layout under another root package (used by the fixtures). */
    static ModuleLayout under(String rootPackage) {
        return new ModuleLayout(rootPackage, "app", Set.of("sharedkernel"), Set.of("embeddeddb", "webconventions"));
    }

    /**
     * The full name of a shared-kernel type or package, e.g. {@code sharedKernel("domain.CommissionCode")}; relative
     * to the root package, so that a fixture's kernel counts for the fixture as the product's kernel does for it.
     */
    String sharedKernel(String relativeName) {
        return rootPackage + "." + SHARED_KERNEL + "." + relativeName;
    }

    /** The first package segment below the root, or empty for the root package itself and for foreign classes. */
    Optional<String> topLevelSegment(String packageName) {
        if (!packageName.startsWith(rootPackage + ".")) {
            return Optional.empty();
        }
        String rest = packageName.substring(rootPackage.length() + 1);
        int dot = rest.indexOf('.');
        return Optional.of(dot < 0 ? rest : rest.substring(0, dot));
    }

    /** The application module a package belongs to; empty for app, shared kernel, infrastructure and foreign code. */
    Optional<String> moduleOf(String packageName) {
        return topLevelSegment(packageName).filter(segment -> !segment.equals(appPackage)
                && !sharedPackages.contains(segment) && !infrastructurePackages.contains(segment));
    }

    Optional<String> moduleOf(JavaClass javaClass) {
        return moduleOf(javaClass.getBaseComponentType().getPackageName());
    }

    boolean isInModule(JavaClass javaClass) {
        return moduleOf(javaClass).isPresent();
    }

    boolean isInSharedKernel(JavaClass javaClass) {
        return topLevelSegment(javaClass.getBaseComponentType().getPackageName())
                .filter(sharedPackages::contains).isPresent();
    }

    boolean isInInfrastructure(JavaClass javaClass) {
        return topLevelSegment(javaClass.getBaseComponentType().getPackageName())
                .filter(infrastructurePackages::contains).isPresent();
    }

    /** The app: its package and the root package (where the {@code @Modulithic} class lives). */
    boolean isInApp(JavaClass javaClass) {
        String packageName = javaClass.getBaseComponentType().getPackageName();
        return packageName.equals(rootPackage) || topLevelSegment(packageName).filter(appPackage::equals).isPresent();
    }

    boolean isUnderRoot(JavaClass javaClass) {
        String packageName = javaClass.getBaseComponentType().getPackageName();
        return packageName.equals(rootPackage) || packageName.startsWith(rootPackage + ".");
    }

    /** Whether a package is (inside) the published {@code events} package of a module or the shared kernel. */
    boolean isEventsPackage(String packageName) {
        return topLevelSegment(packageName)
                .filter(segment -> !segment.equals(appPackage) && !infrastructurePackages.contains(segment))
                .map(segment -> isSameOrSubPackage(packageName, rootPackage + "." + segment + "." + EVENTS))
                .orElse(false);
    }

    boolean isEventsClass(JavaClass javaClass) {
        return isEventsPackage(javaClass.getBaseComponentType().getPackageName());
    }

    /** Whether a class is under {@code <root>.<module>.internal}. */
    boolean isInternalClass(JavaClass javaClass) {
        String packageName = javaClass.getBaseComponentType().getPackageName();
        return moduleOf(packageName)
                .map(module -> isSameOrSubPackage(packageName, rootPackage + "." + module + "." + INTERNAL))
                .orElse(false);
    }

    /** Whether a class is under {@code <root>.<module>.internal.web}, the web adapter of its module. */
    boolean isInternalWebClass(JavaClass javaClass) {
        String packageName = javaClass.getBaseComponentType().getPackageName();
        return moduleOf(packageName).map(module -> isSameOrSubPackage(packageName,
                rootPackage + "." + module + "." + INTERNAL + "." + WEB)).orElse(false);
    }

    static boolean isSameOrSubPackage(String packageName, String parent) {
        return packageName.equals(parent) || packageName.startsWith(parent + ".");
    }
}
