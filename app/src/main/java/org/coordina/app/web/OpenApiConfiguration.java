package org.coordina.app.web;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import org.coordina.sharedkernel.domain.CommissionCode;
import org.springdoc.core.utils.SpringDocUtils;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Describes the API and its three ways of signing in, so that Swagger UI can call it. */
@Configuration(proxyBeanMethods = false)
class OpenApiConfiguration {

    static {
        // A commission code is a plain string in paths and JSON (it serialises through @JsonValue).
        SpringDocUtils.getConfig().replaceWithClass(CommissionCode.class, String.class);
    }

    @Bean
    OpenAPI coordinaOpenApi() {
        return new OpenAPI()
                .info(new Info().title("Coordina API").version("v1")
                        .description("Coordination of anti-trafficking work between a national commission and its local commissions."))
                .components(new Components()
                        .addSecuritySchemes("basic", new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("basic"))
                        .addSecuritySchemes("bearer",
                                new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("bearer").bearerFormat("JWT"))
                        .addSecuritySchemes("apiKey", new SecurityScheme().type(SecurityScheme.Type.APIKEY)
                                .in(SecurityScheme.In.HEADER).name("X-API-Key")))
                .addSecurityItem(new SecurityRequirement().addList("basic"))
                .addSecurityItem(new SecurityRequirement().addList("bearer"))
                .addSecurityItem(new SecurityRequirement().addList("apiKey"));
    }
}
