package org.coordina.app.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;

import com.github.benmanes.caffeine.cache.Ticker;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.junit.jupiter.api.Test;

class SignInThrottleTests {

    final AtomicLong nanos = new AtomicLong();

    final Ticker ticker = nanos::get;

    final SimpleMeterRegistry meters = new SimpleMeterRegistry();

    final SignInThrottle throttle = new SignInThrottle(new SignInThrottle.Limits(Duration.ofMinutes(10), 10, 3, 6),
            meters, ticker);

    private void fail(String username, String address, int times) {
        for (int i = 0; i < times; i++) {
            assertThat(throttle.allows(username, address)).isTrue();
            throttle.failed(username, address);
        }
    }

    @Test
    void guessingOneAccountFromOneAddressIsStoppedAfterThePairLimit() {
        fail("auditor", "10.0.0.1", 3);
        assertThat(throttle.allows("auditor", "10.0.0.1")).isFalse();
        assertThat(throttle.allows("AUDITOR ", "10.0.0.1")).isFalse();
        // The real user, elsewhere, is not locked out.
        assertThat(throttle.allows("auditor", "10.0.0.2")).isTrue();
    }

    @Test
    void guessingManyAccountsFromOneAddressIsStoppedAfterTheAddressLimit() {
        for (int i = 0; i < 10; i++) {
            fail("user" + i, "10.0.0.1", 1);
        }
        assertThat(throttle.allows("someone.else", "10.0.0.1")).isFalse();
        assertThat(throttle.allows("someone.else", "10.0.0.9")).isTrue();
    }

    @Test
    void guessingOneAccountFromManyAddressesSparesWhereTheUserSignedInBefore() {
        throttle.succeeded("auditor", "192.168.1.5");
        for (int i = 0; i < 6; i++) {
            fail("auditor", "10.0.1." + i, 1);
        }
        assertThat(throttle.allows("auditor", "10.0.2.1")).isFalse();
        assertThat(throttle.allows("auditor", "192.168.1.5")).isTrue();
    }

    @Test
    void theWindowEnds() {
        fail("auditor", "10.0.0.1", 3);
        assertThat(throttle.allows("auditor", "10.0.0.1")).isFalse();
        nanos.addAndGet(Duration.ofMinutes(11).toNanos());
        assertThat(throttle.allows("auditor", "10.0.0.1")).isTrue();
    }

    @Test
    void failuresAndRefusalsAreCounted() {
        fail("auditor", "10.0.0.1", 3);
        throttle.allows("auditor", "10.0.0.1");
        assertThat(meters.get("coordina.sign-ins.failed").tag("reason", "credentials").counter().count()).isEqualTo(3);
        assertThat(meters.get("coordina.sign-ins.failed").tag("reason", "throttled").counter().count()).isEqualTo(1);
    }
}
