package org.coordina.embeddeddb;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.boot.SpringApplication;
import org.springframework.mock.env.MockEnvironment;

class DemoModeDefaultTests {

    private final DemoModeDefault defaults = new DemoModeDefault();

    @Test
    void demoModeIsOnWithTheEmbeddedDatabase() {
        var environment = new MockEnvironment();
        defaults.postProcessEnvironment(environment, new SpringApplication());
        assertThat(environment.getProperty("coordina.demo.enabled")).isEqualTo("true");
    }

    @Test
    void demoModeIsOffWithAnExternalDatabase() {
        var environment = new MockEnvironment().withProperty("spring.datasource.url", "jdbc:postgresql://db/coordina");
        defaults.postProcessEnvironment(environment, new SpringApplication());
        assertThat(environment.getProperty("coordina.demo.enabled")).isEqualTo("false");
    }

    @Test
    void anExplicitSettingWinsOverTheDefault() {
        var environment = new MockEnvironment().withProperty("spring.datasource.url", "jdbc:postgresql://db/coordina")
                .withProperty("coordina.demo.enabled", "true");
        defaults.postProcessEnvironment(environment, new SpringApplication());
        assertThat(environment.getProperty("coordina.demo.enabled")).isEqualTo("true");
    }
}
