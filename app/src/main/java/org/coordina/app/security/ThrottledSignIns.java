package org.coordina.app.security;

import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.authentication.WebAuthenticationDetails;

/**
 * Puts the {@link SignInThrottle} in front of password checks (HTTP Basic and the login form);
 * API keys and tokens pass untouched.
 */
class ThrottledSignIns implements AuthenticationManager {

    private final AuthenticationManager delegate;

    private final SignInThrottle throttle;

    ThrottledSignIns(AuthenticationManager delegate, SignInThrottle throttle) {
        this.delegate = delegate;
        this.throttle = throttle;
    }

    @Override
    public Authentication authenticate(Authentication authentication) {
        if (!(authentication instanceof UsernamePasswordAuthenticationToken)) {
            return delegate.authenticate(authentication);
        }
        var username = authentication.getName();
        var address = authentication.getDetails() instanceof WebAuthenticationDetails details
                && details.getRemoteAddress() != null ? details.getRemoteAddress() : "unknown";
        if (!throttle.allows(username, address)) {
            throw new SignInThrottled(throttle.window().toSeconds());
        }
        try {
            var result = delegate.authenticate(authentication);
            throttle.succeeded(username, address);
            return result;
        } catch (BadCredentialsException e) {
            throttle.failed(username, address);
            throw e;
        }
    }

    /** Refused unchecked: too many failures; try again after {@link #retryAfterSeconds()}. */
    static final class SignInThrottled extends AuthenticationException {

        private final long retryAfterSeconds;

        SignInThrottled(long retryAfterSeconds) {
            super("Too many failed sign-ins");
            this.retryAfterSeconds = retryAfterSeconds;
        }

        long retryAfterSeconds() {
            return retryAfterSeconds;
        }
    }
}
