package org.coordina.app.security;

import java.time.Duration;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicInteger;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.Ticker;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Slows password guessing down without locking the real user out. Failed sign-ins are counted per
 * client address, per account and address, and per account, each in a window that starts with the
 * first failure. An address over its limit, or guessing one account over the pair limit, is refused
 * (429) until the window ends. The account-wide limit, which guessing from many addresses would
 * reach, does not apply to an address that signed in to the account successfully before: the real
 * user keeps getting in from where they usually do. Counted in the {@code coordina.sign-ins.failed}
 * metric (tag {@code reason}: {@code credentials} or {@code throttled}).
 */
class SignInThrottle {

    private final Limits limits;

    private final Cache<String, AtomicInteger> byAddress;

    private final Cache<String, AtomicInteger> byAccountAndAddress;

    private final Cache<String, AtomicInteger> byAccount;

    private final Cache<String, Boolean> knownGood;

    private final Counter wrongCredentials;

    private final Counter throttled;

    SignInThrottle(Limits limits, MeterRegistry meters, Ticker ticker) {
        this.limits = limits;
        this.byAddress = window(limits.window(), ticker);
        this.byAccountAndAddress = window(limits.window(), ticker);
        this.byAccount = window(limits.window(), ticker);
        this.knownGood = Caffeine.newBuilder().expireAfterWrite(Duration.ofDays(30)).maximumSize(100_000).ticker(ticker)
                .build();
        this.wrongCredentials = Counter.builder("coordina.sign-ins.failed").tag("reason", "credentials")
                .description("Sign-ins refused for wrong credentials").register(meters);
        this.throttled = Counter.builder("coordina.sign-ins.failed").tag("reason", "throttled")
                .description("Sign-ins refused unchecked because of too many failures").register(meters);
    }

    private static Cache<String, AtomicInteger> window(Duration window, Ticker ticker) {
        return Caffeine.newBuilder().expireAfterWrite(window).maximumSize(100_000).ticker(ticker).build();
    }

    /** Whether a sign-in of this account from this address may be checked now; counts a refusal. */
    boolean allows(String username, String address) {
        var account = account(username);
        boolean allowed = count(byAddress, address) < limits.perAddress()
                && count(byAccountAndAddress, pair(account, address)) < limits.perAccountAndAddress()
                && (count(byAccount, account) < limits.perAccount()
                        || knownGood.getIfPresent(pair(account, address)) != null);
        if (!allowed) {
            throttled.increment();
        }
        return allowed;
    }

    void failed(String username, String address) {
        var account = account(username);
        increment(byAddress, address);
        increment(byAccountAndAddress, pair(account, address));
        increment(byAccount, account);
        wrongCredentials.increment();
    }

    void succeeded(String username, String address) {
        var pair = pair(account(username), address);
        byAccountAndAddress.invalidate(pair);
        knownGood.put(pair, Boolean.TRUE);
    }

    Duration window() {
        return limits.window();
    }

    private static int count(Cache<String, AtomicInteger> counts, String key) {
        var count = counts.getIfPresent(key);
        return count == null ? 0 : count.get();
    }

    private static void increment(Cache<String, AtomicInteger> counts, String key) {
        counts.get(key, ignored -> new AtomicInteger()).incrementAndGet();
    }

    private static String account(String username) {
        return username == null ? "" : username.trim().toLowerCase(Locale.ROOT);
    }

    private static String pair(String account, String address) {
        return account + '|' + address;
    }

    /**
     * @param window how long failures are remembered, from the first one
     * @param perAddress failures from one address (any account) before it is refused
     * @param perAccountAndAddress failures for one account from one address before they are refused
     * @param perAccount failures for one account (any address) before addresses that never signed in
     *        to it successfully are refused
     */
    @ConfigurationProperties("coordina.security.sign-in-throttle")
    record Limits(@DefaultValue("PT10M") Duration window, @DefaultValue("30") int perAddress,
            @DefaultValue("5") int perAccountAndAddress, @DefaultValue("50") int perAccount) {
    }
}
