package org.coordina.app.security;

import java.security.SecureRandom;
import java.text.ParseException;
import java.time.Instant;
import java.util.Base64;
import java.util.Objects;

import javax.crypto.SecretKey;
import javax.crypto.spec.SecretKeySpec;

import com.nimbusds.jose.jwk.source.ImmutableSecret;
import com.nimbusds.jwt.JWTParser;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.coordina.sharedkernel.security.SecurityStamps;
import org.springframework.security.oauth2.core.DelegatingOAuth2TokenValidator;
import org.springframework.security.oauth2.core.OAuth2TokenValidator;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtClaimNames;
import org.springframework.security.oauth2.jwt.JwtClaimValidator;
import org.springframework.security.oauth2.jose.jws.MacAlgorithm;
import org.springframework.security.oauth2.jwt.BadJwtException;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtEncoder;
import org.springframework.security.oauth2.jwt.JwtValidators;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;
import org.springframework.security.oauth2.jwt.NimbusJwtEncoder;
import org.springframework.util.StringUtils;

/**
 * Bearer tokens: Coordina signs its own short-lived tokens with an HMAC key, and accepts them and,
 * when configured, an external issuer's tokens through the one resource-server path.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(SecurityProperties.class)
class JwtConfiguration {

    private static final Logger log = LoggerFactory.getLogger(JwtConfiguration.class);

    /** The default validators check {@code exp} only when present; a token that never expires is refused. */
    private static final OAuth2TokenValidator<Jwt> EXPIRY_REQUIRED = new JwtClaimValidator<Instant>(
            JwtClaimNames.EXP, Objects::nonNull);

    @Bean
    TokenKey tokenKey(SecurityProperties properties) {
        var secret = properties.token().secret();
        if (StringUtils.hasText(secret)) {
            var bytes = Base64.getDecoder().decode(secret.trim());
            if (bytes.length < 32) {
                throw new IllegalStateException("coordina.security.token.secret must be at least 256 bits (base64)");
            }
            return new TokenKey(new SecretKeySpec(bytes, "HmacSHA256"));
        }
        log.warn("coordina.security.token.secret is not set: bearer tokens are signed with a key generated at start-up; "
                + "they end with this instance and are not accepted by other instances.");
        var bytes = new byte[32];
        new SecureRandom().nextBytes(bytes);
        return new TokenKey(new SecretKeySpec(bytes, "HmacSHA256"));
    }

    @Bean
    JwtEncoder jwtEncoder(TokenKey key) {
        return new NimbusJwtEncoder(new ImmutableSecret<>(key.secret()));
    }

    @Bean
    JwtDecoder jwtDecoder(TokenKey key, SecurityProperties properties, SecurityStamps stamps) {
        var own = NimbusJwtDecoder.withSecretKey(key.secret()).macAlgorithm(MacAlgorithm.HS256).build();
        // Only while the account exists, is enabled and still has the stamp the token was issued under.
        own.setJwtValidator(new DelegatingOAuth2TokenValidator<>(
                JwtValidators.createDefaultWithIssuer(properties.token().issuer()), EXPIRY_REQUIRED,
                new CurrentStampValidator(stamps)));
        var jwt = properties.jwt();
        if (!jwt.configured()) {
            return own;
        }
        var external = external(jwt);
        String ownIssuer = properties.token().issuer();
        return token -> issuerOf(token).equals(ownIssuer) ? own.decode(token) : external.decode(token);
    }

    @Bean
    CoordinaJwtAuthenticationConverter jwtAuthenticationConverter(SecurityProperties properties) {
        return new CoordinaJwtAuthenticationConverter(properties.jwt());
    }

    private static JwtDecoder external(SecurityProperties.Jwt jwt) {
        if (jwt.jwkSetUri() == null) {
            // Resolves the issuer's metadata lazily, on the first external token, so start-up never waits for it.
            var decoder = NimbusJwtDecoder.withIssuerLocation(jwt.issuerUri().toString()).build();
            decoder.setJwtValidator(new DelegatingOAuth2TokenValidator<>(
                    JwtValidators.createDefaultWithIssuer(jwt.issuerUri().toString()), EXPIRY_REQUIRED));
            return decoder;
        }
        var decoder = NimbusJwtDecoder.withJwkSetUri(jwt.jwkSetUri().toString()).build();
        decoder.setJwtValidator(new DelegatingOAuth2TokenValidator<>(jwt.issuerUri() == null ? JwtValidators.createDefault()
                : JwtValidators.createDefaultWithIssuer(jwt.issuerUri().toString()), EXPIRY_REQUIRED));
        return decoder;
    }

    private static String issuerOf(String token) {
        try {
            var issuer = JWTParser.parse(token).getJWTClaimsSet().getIssuer();
            return issuer == null ? "" : issuer;
        } catch (ParseException e) {
            throw new BadJwtException("Malformed token", e);
        }
    }

    /** The key that signs Coordina's own tokens. */
    record TokenKey(SecretKey secret) {
    }
}
