package org.coordina.pages;

import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/** Leaves the shared browser clean after each test (after the class's own {@code @AfterEach}, which may sign out). */
class BrowserReset implements AfterEachCallback {

    @Override
    public void afterEach(ExtensionContext context) {
        Browser.reset();
    }
}
