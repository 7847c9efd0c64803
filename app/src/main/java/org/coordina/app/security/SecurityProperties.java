package org.coordina.app.security;

import java.net.URI;
import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of Coordina's own bearer tokens and of an optional external JWT issuer.
 *
 * @param token Coordina's own short-lived tokens ({@code POST /api/v1/auth/token})
 * @param jwt an external OIDC issuer whose tokens are accepted too
 */
@ConfigurationProperties("coordina.security")
public record SecurityProperties(@DefaultValue Token token, @DefaultValue Jwt jwt) {

    /**
     * @param issuer the {@code iss} of tokens Coordina issues
     * @param timeToLive how long such a token is valid
     * @param secret the base64 HMAC key that signs them; all instances must share it, and it is
     *        generated at start-up when not set (tokens then die with the instance)
     */
    public record Token(@DefaultValue("coordina") String issuer, @DefaultValue("PT15M") Duration timeToLive,
            String secret) {
    }

    /**
     * @param issuerUri the external issuer; its tokens must carry it in {@code iss}
     * @param jwkSetUri where its signing keys are published (discovered from the issuer when not set)
     * @param rolesClaim the claim that lists Coordina roles
     * @param commissionClaim the claim that names a local user's commission code
     * @param usernameClaim the claim that names the user
     */
    public record Jwt(URI issuerUri, URI jwkSetUri, @DefaultValue("roles") String rolesClaim,
            @DefaultValue("commission") String commissionClaim, @DefaultValue("sub") String usernameClaim) {

        boolean configured() {
            return issuerUri != null || jwkSetUri != null;
        }
    }
}
