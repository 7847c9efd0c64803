package org.coordina.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.bind.Bindable;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;
import org.springframework.data.jdbc.core.mapping.JdbcMappingContext;
import org.springframework.data.mapping.Parameter;
import org.springframework.data.mapping.PersistentPropertyAccessor;
import org.springframework.data.mapping.model.EntityInstantiators;
import org.springframework.data.mapping.model.ParameterValueProvider;
import org.springframework.data.relational.core.mapping.RelationalPersistentEntity;
import org.springframework.data.relational.core.sql.IdentifierProcessing;

/**
 * Evidence for the judgement calls of {@link CoordinaArchitectureRules#PUBLIC_BY_FRAMEWORK}: the frameworks that get
 * no exemption really work with package-private classes (the clean fixture's, loaded by name because they are
 * package-private). If a framework upgrade changes that, these tests fail before a module does.
 */
class FrameworkVisibilityTests {

    static final String CLEAN = ArchitectureRulesFixtureTests.FIXTURES + ".clean.";

    @Test
    void configurationPropertiesBindToAPackagePrivateRecord() throws ClassNotFoundException {
        Class<?> type = Class.forName(CLEAN + "beta.internal.BetaProperties");
        var source = new MapConfigurationPropertySource(Map.of("coordina.beta.interval", "PT5S"));

        Object bound = new Binder(source).bind("coordina.beta", Bindable.of(type)).get();

        assertThat(bound).hasToString("BetaProperties[interval=PT5S]");
    }

    @Test
    @SuppressWarnings({ "rawtypes", "unchecked" })
    void springDataJdbcCreatesAndFillsAPackagePrivateAggregate() throws ClassNotFoundException {
        Class<?> type = Class.forName(CLEAN + "beta.internal.AlphaProjection");
        RelationalPersistentEntity entity = new JdbcMappingContext().getRequiredPersistentEntity(type);
        UUID id = UUID.randomUUID();

        // AlphaProjection has a no-argument constructor, so no constructor parameter is ever asked for.
        Object projection = new EntityInstantiators().getInstantiatorFor(entity).createInstance(entity,
                new ParameterValueProvider() {
                    @Override
                    public Object getParameterValue(Parameter parameter) {
                        throw new IllegalStateException("unexpected constructor parameter " + parameter.getName());
                    }
                });
        PersistentPropertyAccessor accessor = entity.getPropertyAccessor(projection);
        accessor.setProperty(entity.getRequiredPersistentProperty("id"), id);
        accessor.setProperty(entity.getRequiredPersistentProperty("code"), "SOF");

        assertThat(entity.getQualifiedTableName().toSql(IdentifierProcessing.NONE)).isEqualTo("beta.alpha_projection");
        assertThat(accessor.getProperty(entity.getRequiredPersistentProperty("id"))).isEqualTo(id);
        assertThat(accessor.getProperty(entity.getRequiredPersistentProperty("code"))).isEqualTo("SOF");
    }
}
