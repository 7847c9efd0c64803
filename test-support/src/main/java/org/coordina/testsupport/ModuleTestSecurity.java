package org.coordina.testsupport;

import org.coordina.webconventions.ProblemWriter;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.http.HttpStatus;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;

/**
 * Stands in for the application's API security chain in a module test: every request needs a user
 * (MockMvc signs one in), stateless, no CSRF; anonymous requests get a 401 Problem Details, denied
 * ones a 403, as in the application.
 */
@TestConfiguration(proxyBeanMethods = false)
class ModuleTestSecurity {

    @Bean
    SecurityFilterChain moduleTestSecurity(HttpSecurity http, ProblemWriter problems) throws Exception {
        return http.authorizeHttpRequests(requests -> requests.anyRequest().authenticated())
                .exceptionHandling(exceptions -> exceptions
                        .authenticationEntryPoint((request, response, failure) -> problems.write(request, response,
                                HttpStatus.UNAUTHORIZED, "unauthorized", "problem.unauthorized"))
                        .accessDeniedHandler((request, response, denied) -> problems.write(request, response,
                                HttpStatus.FORBIDDEN, "access-denied", "problem.accessDenied")))
                .sessionManagement(sessions -> sessions.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .csrf(csrf -> csrf.disable())
                .build();
    }
}
