package org.coordina.app.security;

import java.util.List;

import com.github.benmanes.caffeine.cache.Ticker;
import io.micrometer.core.instrument.MeterRegistry;
import org.coordina.sharedkernel.security.Role;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.security.config.annotation.web.configurers.HeadersConfigurer;
import org.springframework.security.web.header.writers.ContentSecurityPolicyHeaderWriter;
import org.springframework.security.web.header.writers.DelegatingRequestMatcherHeaderWriter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.NegatedRequestMatcher;
import org.springframework.security.web.util.matcher.OrRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.security.autoconfigure.actuate.web.servlet.EndpointRequest;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationProvider;
import org.springframework.security.oauth2.server.resource.web.authentication.BearerTokenAuthenticationConverter;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.AuthenticationConverter;
import org.springframework.security.web.authentication.AuthenticationEntryPointFailureHandler;
import org.springframework.security.web.authentication.AuthenticationFilter;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;
import org.springframework.security.web.context.RequestAttributeSecurityContextRepository;

/**
 * The application's only security filter chains: the stateless API (HTTP Basic, bearer tokens,
 * integrator API keys), the actuator, and the browser pages (form login, session, CSRF). The
 * modules contribute {@link AuthenticationProvider}s and, for API keys, an
 * {@link AuthenticationConverter}; what a user may do is decided by the modules' own method
 * security and the shared commission scoping (both switched on by the web conventions).
 */
@Configuration(proxyBeanMethods = false)
@EnableWebSecurity
@EnableConfigurationProperties(SignInThrottle.Limits.class)
class SecurityConfiguration {

    static final String API_KEY_CONVERTER = "apiKeyAuthenticationConverter";

    @Bean
    SignInThrottle signInThrottle(SignInThrottle.Limits limits, MeterRegistry meters) {
        return new SignInThrottle(limits, meters, Ticker.systemTicker());
    }

    @Bean
    AuthenticationManager authenticationManager(List<AuthenticationProvider> providers, SignInThrottle throttle) {
        return new ThrottledSignIns(new ProviderManager(providers), throttle);
    }

    @Bean
    @Order(1)
    SecurityFilterChain apiSecurity(HttpSecurity http, AuthenticationManager authenticationManager,
            ProblemSecurityHandlers problems, JwtDecoder jwtDecoder, CoordinaJwtAuthenticationConverter jwtConverter,
            @Qualifier(API_KEY_CONVERTER) ObjectProvider<AuthenticationConverter> apiKeyConverter) throws Exception {
        http.securityMatcher("/api/**")
                .authenticationManager(authenticationManager)
                .authorizeHttpRequests(requests -> requests
                        .requestMatchers(HttpMethod.OPTIONS, "/api/**").permitAll()
                        .anyRequest().authenticated())
                .httpBasic(basic -> basic.authenticationEntryPoint(problems))
                .oauth2ResourceServer(resourceServer -> resourceServer
                        // Explicit: by default the resource server would adopt any AuthenticationConverter bean (the API key's).
                        .authenticationConverter(new BearerTokenAuthenticationConverter())
                        .jwt(jwt -> jwt.authenticationManager(bearerTokenAuthenticationManager(jwtDecoder, jwtConverter)))
                        .authenticationEntryPoint(problems)
                        .accessDeniedHandler(problems))
                .exceptionHandling(exceptions -> exceptions.authenticationEntryPoint(problems).accessDeniedHandler(problems))
                .sessionManagement(sessions -> sessions.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .requestCache(cache -> cache.disable())
                .headers(SecurityConfiguration::apiHeaders)
                .csrf(csrf -> csrf.disable());
        apiKeyConverter.ifAvailable(converter -> http.addFilterBefore(apiKeyFilter(authenticationManager, converter, problems),
                BasicAuthenticationFilter.class));
        return http.build();
    }

    @Bean
    @Order(2)
    SecurityFilterChain actuatorSecurity(HttpSecurity http, AuthenticationManager authenticationManager,
            ProblemSecurityHandlers problems, JwtDecoder jwtDecoder, CoordinaJwtAuthenticationConverter jwtConverter)
            throws Exception {
        return http.securityMatcher(EndpointRequest.toAnyEndpoint())
                .authenticationManager(authenticationManager)
                .authorizeHttpRequests(requests -> requests
                        .requestMatchers(EndpointRequest.to("health", "info")).permitAll()
                        .anyRequest().hasRole(Role.NATIONAL_ADMIN.name()))
                .httpBasic(basic -> basic.authenticationEntryPoint(problems))
                // The same bearer tokens as the API: a national admin's token reads the metrics too.
                .oauth2ResourceServer(resourceServer -> resourceServer
                        .authenticationConverter(new BearerTokenAuthenticationConverter())
                        .jwt(jwt -> jwt.authenticationManager(bearerTokenAuthenticationManager(jwtDecoder, jwtConverter)))
                        .authenticationEntryPoint(problems)
                        .accessDeniedHandler(problems))
                .headers(SecurityConfiguration::apiHeaders)
                .exceptionHandling(exceptions -> exceptions.authenticationEntryPoint(problems).accessDeniedHandler(problems))
                .sessionManagement(sessions -> sessions.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .csrf(csrf -> csrf.disable())
                .build();
    }

    @Bean
    @Order(3)
    SecurityFilterChain browserSecurity(HttpSecurity http, AuthenticationManager authenticationManager) throws Exception {
        return http.authenticationManager(authenticationManager)
                .authorizeHttpRequests(requests -> requests
                        .requestMatchers("/login", "/error", "/css/**", "/js/**", "/htmx/**", "/webjars/**", "/assets/**", "/favicon.ico")
                        .permitAll()
                        .requestMatchers("/v3/api-docs/**", "/swagger-ui.html", "/swagger-ui/**").permitAll()
                        .anyRequest().authenticated())
                .formLogin(form -> form.loginPage("/login").permitAll())
                .logout(logout -> logout.logoutSuccessUrl("/login?logout"))
                .headers(headers -> headers
                        .referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.SAME_ORIGIN))
                        // Swagger UI styles its elements inline; Coordina's own pages need no inline code at all.
                        .addHeaderWriter(new DelegatingRequestMatcherHeaderWriter(SWAGGER_UI,
                                new ContentSecurityPolicyHeaderWriter(PAGES_POLICY.replace("style-src 'self'",
                                        "style-src 'self' 'unsafe-inline'"))))
                        .addHeaderWriter(new DelegatingRequestMatcherHeaderWriter(new NegatedRequestMatcher(SWAGGER_UI),
                                new ContentSecurityPolicyHeaderWriter(PAGES_POLICY))))
                .build();
    }

    /** What the browser pages may load: only their own scripts, styles and images; no framing. */
    static final String PAGES_POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
            + "object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";

    private static final RequestMatcher SWAGGER_UI = new OrRequestMatcher(
            PathPatternRequestMatcher.pathPattern("/swagger-ui.html"), PathPatternRequestMatcher.pathPattern("/swagger-ui/**"));

    /** JSON needs no resources at all; HSTS (on HTTPS requests) and the rest stay Spring Security's defaults. */
    private static void apiHeaders(HeadersConfigurer<HttpSecurity> headers) {
        headers.contentSecurityPolicy(csp -> csp.policyDirectives("default-src 'none'; frame-ancestors 'none'"))
                .referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.NO_REFERRER));
    }

    /**
     * Bearer tokens get a manager of their own: with a custom manager on {@link HttpSecurity}, the
     * resource server would otherwise hand tokens to it, where no provider takes them.
     */
    private static AuthenticationManager bearerTokenAuthenticationManager(JwtDecoder jwtDecoder,
            CoordinaJwtAuthenticationConverter jwtConverter) {
        var provider = new JwtAuthenticationProvider(jwtDecoder);
        provider.setJwtAuthenticationConverter(jwtConverter);
        return new ProviderManager(provider);
    }

    private static AuthenticationFilter apiKeyFilter(AuthenticationManager authenticationManager,
            AuthenticationConverter converter, ProblemSecurityHandlers problems) {
        var filter = new AuthenticationFilter(authenticationManager, converter);
        // Stateless: the key authenticates this request only and the request goes on down the chain.
        filter.setSecurityContextRepository(new RequestAttributeSecurityContextRepository());
        filter.setSuccessHandler((request, response, authentication) -> {
        });
        filter.setFailureHandler(new AuthenticationEntryPointFailureHandler(problems));
        return filter;
    }
}
