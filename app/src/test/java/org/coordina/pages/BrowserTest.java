package org.coordina.pages;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * The whole application on a random port with a fresh embedded PostgreSQL, in demo mode, for browser journeys; all
 * such classes share one application context (so none may add its own properties or mock beans) and the JVM's one
 * browser ({@link Browser}), handed to the class's {@code Browser} field and reset after each test
 * ({@link SharedBrowser}).
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@ExtendWith(SharedBrowser.class)
public @interface BrowserTest {
}
