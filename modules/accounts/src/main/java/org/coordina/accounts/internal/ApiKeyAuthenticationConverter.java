package org.coordina.accounts.internal;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.AuthenticationConverter;
import org.springframework.stereotype.Component;
import org.springframework.util.StringUtils;

/**
 * Reads an integrator's API key from the {@code X-API-Key} header; without the header it stays out
 * of the way (returns null) so that Basic and bearer authentication apply. The app's API filter
 * chain finds this bean by type and name.
 */
@Component("apiKeyAuthenticationConverter")
class ApiKeyAuthenticationConverter implements AuthenticationConverter {

    static final String HEADER = "X-API-Key";

    @Override
    public Authentication convert(HttpServletRequest request) {
        var key = request.getHeader(HEADER);
        return StringUtils.hasText(key) ? ApiKeyAuthentication.presented(key.trim()) : null;
    }
}
