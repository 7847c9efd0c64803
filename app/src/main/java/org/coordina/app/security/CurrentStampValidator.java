package org.coordina.app.security;

import org.coordina.sharedkernel.security.SecurityStamps;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.OAuth2ErrorCodes;
import org.springframework.security.oauth2.core.OAuth2TokenValidator;
import org.springframework.security.oauth2.core.OAuth2TokenValidatorResult;
import org.springframework.security.oauth2.jwt.Jwt;

/**
 * Accepts one of Coordina's own tokens only while its account exists, is enabled and still has the
 * security stamp the token was issued under: a role change, a disable or a new password ends it.
 */
class CurrentStampValidator implements OAuth2TokenValidator<Jwt> {

    private static final OAuth2TokenValidatorResult REVOKED = OAuth2TokenValidatorResult.failure(
            new OAuth2Error(OAuth2ErrorCodes.INVALID_TOKEN, "The token no longer stands for its account", null));

    private final SecurityStamps stamps;

    CurrentStampValidator(SecurityStamps stamps) {
        this.stamps = stamps;
    }

    @Override
    public OAuth2TokenValidatorResult validate(Jwt token) {
        var presented = token.getClaimAsString(SecurityStamps.CLAIM);
        if (presented == null || token.getSubject() == null) {
            return REVOKED;
        }
        return stamps.currentOf(token.getSubject()).filter(presented::equals).isPresent()
                ? OAuth2TokenValidatorResult.success() : REVOKED;
    }
}
