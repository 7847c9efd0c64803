package org.coordina.embeddeddb;

import java.util.Map;

import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;
import org.springframework.util.StringUtils;

/**
 * Demo mode follows the database unless it is set explicitly: on with the embedded database, off
 * with an external one, so that a production database never gets demo accounts by accident.
 */
public class DemoModeDefault implements EnvironmentPostProcessor {

    static final String PROPERTY = "coordina.demo.enabled";

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        if (StringUtils.hasText(environment.getProperty(PROPERTY))) {
            return;
        }
        boolean embedded = !StringUtils.hasText(environment.getProperty("spring.datasource.url"));
        environment.getPropertySources()
                .addLast(new MapPropertySource("coordinaDemoModeDefault", Map.of(PROPERTY, String.valueOf(embedded))));
    }
}
