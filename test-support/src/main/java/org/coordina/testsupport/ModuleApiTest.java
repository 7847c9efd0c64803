package org.coordina.testsupport;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.core.annotation.AliasFor;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.test.context.TestPropertySource;

/**
 * A module's HTTP test: the module alone ({@code @ApplicationModuleTest}) with the web conventions, on
 * a throw-away embedded PostgreSQL migrated by the real changelog, called through MockMvc behind a
 * stateless security chain like the application's (401 without a user, 403 when access is denied).
 * Sign callers in with {@link TestUsers} or {@link Caller}.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Inherited
@ApplicationModuleTest
@AutoConfigureMockMvc
@TestPropertySource(locations = "classpath:coordina-test.properties")
@Import(ModuleTestSecurity.class)
public @interface ModuleApiTest {

    /** How much besides the module under test to bootstrap. */
    @AliasFor(annotation = ApplicationModuleTest.class, attribute = "mode")
    ApplicationModuleTest.BootstrapMode mode() default ApplicationModuleTest.BootstrapMode.STANDALONE;

    /** Further modules to include, by name. */
    @AliasFor(annotation = ApplicationModuleTest.class, attribute = "extraIncludes")
    String[] extraIncludes() default {};

    /** Extra properties for this test class, e.g. {@code coordina.demo.enabled=true}. */
    @AliasFor(annotation = TestPropertySource.class, attribute = "properties")
    String[] properties() default {};
}
