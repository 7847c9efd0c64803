package org.coordina.app.security;

import java.time.Clock;
import java.time.Instant;
import java.util.List;

import org.coordina.sharedkernel.security.Role;
import org.coordina.sharedkernel.security.SecurityStamps;
import org.coordina.sharedkernel.security.SignedInUser;
import org.springframework.http.CacheControl;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.oauth2.jose.jws.MacAlgorithm;
import org.springframework.security.oauth2.jwt.JwsHeader;
import org.springframework.security.oauth2.jwt.JwtClaimsSet;
import org.springframework.security.oauth2.jwt.JwtEncoder;
import org.springframework.security.oauth2.jwt.JwtEncoderParameters;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Exchanges a password (HTTP Basic) for a short-lived bearer token, so that API clients pay for a
 * bcrypt check once rather than on every request. Nothing else buys a token: neither another token
 * nor an integrator's API key (ADR 5). The token carries the account's security stamp, and ends when
 * the stamp changes.
 */
@RestController
@RequestMapping("/api/v1/auth")
class TokenController {

    private final JwtEncoder encoder;

    private final SecurityProperties properties;

    private final SecurityStamps stamps;

    private final Clock clock;

    TokenController(JwtEncoder encoder, SecurityProperties properties, SecurityStamps stamps, Clock clock) {
        this.encoder = encoder;
        this.properties = properties;
        this.stamps = stamps;
        this.clock = clock;
    }

    @PostMapping("/token")
    ResponseEntity<AccessToken> issue(Authentication authentication) {
        if (!(authentication instanceof UsernamePasswordAuthenticationToken)) {
            // A token must not renew itself, or a stolen one would never expire; an API key is checked
            // against its revocation on every request, which a token would bypass.
            throw new AccessDeniedException("Tokens are issued for a password only");
        }
        var stamp = stamps.currentOf(authentication.getName())
                .orElseThrow(() -> new AccessDeniedException("No enabled account"));
        var now = Instant.now(clock);
        var ttl = properties.token().timeToLive();
        var user = SignedInUser.of(authentication).orElseThrow();
        List<String> roles = user.roles().stream().map(Role::name).toList();
        var claims = JwtClaimsSet.builder()
                .issuer(properties.token().issuer())
                .subject(authentication.getName())
                .issuedAt(now)
                .expiresAt(now.plus(ttl))
                .claim(properties.jwt().rolesClaim(), roles)
                .claim(SecurityStamps.CLAIM, stamp);
        user.commission().ifPresent(code -> claims.claim(properties.jwt().commissionClaim(), code));
        var token = encoder.encode(JwtEncoderParameters.from(JwsHeader.with(MacAlgorithm.HS256).build(), claims.build()));
        return ResponseEntity.ok()
                .cacheControl(CacheControl.noStore())
                .body(new AccessToken(token.getTokenValue(), "Bearer", ttl.toSeconds()));
    }

    /** The token response, shaped as in OAuth 2.0 (RFC 6749 §5.1). */
    record AccessToken(String access_token, String token_type, long expires_in) {
    }
}
