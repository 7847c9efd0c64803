package org.coordina.accounts.internal;

import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;

/**
 * Signs integrators in by API key: the presented key's SHA-256 is looked up (one query over a unique
 * index); revoked keys, disabled owners and owners who are no longer integrators are refused.
 */
@Component
class ApiKeyAuthenticationProvider implements AuthenticationProvider {

    /** Generous: generated keys are 47 characters; anything much longer is not one of ours. */
    private static final int MAXIMUM_KEY_LENGTH = 200;

    private final UserAccountRepository accounts;

    ApiKeyAuthenticationProvider(UserAccountRepository accounts) {
        this.accounts = accounts;
    }

    @Override
    public Authentication authenticate(Authentication authentication) {
        var key = ((ApiKeyAuthentication) authentication).presentedKey();
        if (key == null || key.length() > MAXIMUM_KEY_LENGTH || !key.startsWith(ApiKeySecret.PREFIX)) {
            throw new BadCredentialsException("Invalid API key");
        }
        var owner = accounts.findByActiveApiKeyHash(new ApiKeySecret(key).hash())
                .filter(UserAccount::isEnabled)
                .filter(UserAccount::mayHoldApiKeys)
                .orElseThrow(() -> new BadCredentialsException("Invalid API key"));
        var result = ApiKeyAuthentication.proven(SignedInUsers.principalOf(owner));
        result.setDetails(authentication.getDetails());
        return result;
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return ApiKeyAuthentication.class.isAssignableFrom(authentication);
    }
}
