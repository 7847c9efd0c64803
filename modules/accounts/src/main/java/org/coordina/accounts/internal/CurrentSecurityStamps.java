package org.coordina.accounts.internal;

import java.time.Duration;
import java.util.Optional;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.Ticker;
import org.coordina.accounts.events.AccountAccessChanged;
import org.coordina.sharedkernel.security.SecurityStamps;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * The accounts' current security stamps, as bearer-token checks need them on every request: served
 * from a small cache, so that a token costs no database query in the common case. This instance
 * forgets a stamp as soon as a change of the account commits ({@link AccountAccessChanged}); other
 * instances learn of it when their entry expires, after {@code coordina.security.stamp-cache.time-to-live}
 * (10 seconds by default) at the latest.
 */
@Component
class CurrentSecurityStamps implements SecurityStamps {

    private final UserAccountRepository accounts;

    private final Cache<String, Optional<String>> stamps;

    @Autowired
    CurrentSecurityStamps(UserAccountRepository accounts, StampCacheProperties properties) {
        this(accounts, properties.timeToLive(), properties.maximumSize(), Ticker.systemTicker());
    }

    CurrentSecurityStamps(UserAccountRepository accounts, Duration timeToLive, long maximumSize, Ticker ticker) {
        this.accounts = accounts;
        this.stamps = Caffeine.newBuilder().expireAfterWrite(timeToLive).maximumSize(maximumSize).ticker(ticker).build();
    }

    @Override
    public Optional<String> currentOf(String username) {
        return stamps.get(UserAccount.normalizeUsername(username), normalized -> accounts.findByUsername(normalized)
                .filter(UserAccount::isEnabled)
                .map(UserAccount::getSecurityStamp));
    }

    /** After the commit, so that no request can cache the old stamp again in between. */
    @TransactionalEventListener
    void on(AccountAccessChanged event) {
        stamps.invalidate(event.username());
    }
}
