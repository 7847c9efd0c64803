package org.coordina.app.security;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

import org.coordina.sharedkernel.security.CommissionAuthority;
import org.coordina.sharedkernel.security.Role;
import org.springframework.core.convert.converter.Converter;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;

/**
 * Reads Coordina roles and the commission from a JWT's claims, the same way for Coordina's own
 * tokens and an external issuer's. Unknown roles are ignored; a local role without a commission
 * grants nothing, since it could not be scoped.
 */
class CoordinaJwtAuthenticationConverter implements Converter<Jwt, AbstractAuthenticationToken> {

    private final SecurityProperties.Jwt claims;

    CoordinaJwtAuthenticationConverter(SecurityProperties.Jwt claims) {
        this.claims = claims;
    }

    @Override
    public AbstractAuthenticationToken convert(Jwt jwt) {
        var commission = jwt.getClaimAsString(claims.commissionClaim());
        List<GrantedAuthority> authorities = new ArrayList<>();
        for (String name : roleNames(jwt.getClaim(claims.rolesClaim()))) {
            Role.fromName(name.startsWith("ROLE_") ? name.substring(5) : name)
                    .filter(role -> !role.isLocal() || (commission != null && !commission.isBlank()))
                    .ifPresent(role -> authorities.add(new SimpleGrantedAuthority(role.authority())));
        }
        if (commission != null && !commission.isBlank()) {
            authorities.add(CommissionAuthority.of(commission));
        }
        var username = jwt.getClaimAsString(claims.usernameClaim());
        return new JwtAuthenticationToken(jwt, authorities, username != null ? username : jwt.getSubject());
    }

    private static Collection<String> roleNames(Object claim) {
        if (claim instanceof Collection<?> values) {
            return values.stream().map(String::valueOf).toList();
        }
        if (claim instanceof String value) {
            return List.of(value.split("[,\\s]+"));
        }
        return List.of();
    }
}
