package org.coordina.pages;

import java.lang.reflect.Field;

import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.TestInstancePostProcessor;
import org.springframework.test.context.junit.jupiter.SpringExtension;

/**
 * Hands each browser test the JVM's one browser, pointed at the application's random port (every {@link Browser}
 * field of the test class), and leaves it clean after each test: nobody signed in, no language chosen, laptop size.
 */
class SharedBrowser implements TestInstancePostProcessor, AfterEachCallback {

    @Override
    public void postProcessTestInstance(Object test, ExtensionContext context) throws IllegalAccessException {
        int port = SpringExtension.getApplicationContext(context).getEnvironment()
                .getRequiredProperty("local.server.port", Integer.class);
        for (Class<?> type = test.getClass(); type != Object.class; type = type.getSuperclass()) {
            for (Field field : type.getDeclaredFields()) {
                if (field.getType() == Browser.class) {
                    field.setAccessible(true);
                    field.set(test, Browser.start(port));
                }
            }
        }
    }

    @Override
    public void afterEach(ExtensionContext context) {
        Browser.reset();
    }
}
