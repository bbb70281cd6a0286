package dev.paybridge.adapters.http.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import dev.paybridge.adapters.http.dashboard.session.PresentedKey;
import dev.paybridge.adapters.http.dashboard.session.SessionPolicy;
import dev.paybridge.adapters.http.dashboard.session.SessionStore;
import dev.paybridge.domain.tenant.EnvironmentId;
import dev.paybridge.domain.tenant.Scope;
import dev.paybridge.domain.tenant.TenantId;
import dev.paybridge.testing.fakes.SettableClock;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** The in-memory session store: ids are unguessable and single-use per sign-in, expiry is exact, memory is bounded. */
class SessionStoreTest {
    private final SettableClock clock = new SettableClock(Instant.parse("2030-01-01T00:00:00Z"));
    private final Scope scope = new Scope(TenantId.generate(), EnvironmentId.generate());

    @Test
    void every_sign_in_gets_its_own_id_and_csrf_token_and_the_key_never_shows_in_its_text() {
        SessionStore store = new SessionStore(new SessionPolicy(Duration.ofMinutes(30), Duration.ofHours(8), 10,
                false), clock);

        SessionStore.StartedSession first = store.start(scope, new PresentedKey("pbk_secret_value"));
        SessionStore.StartedSession second = store.start(scope, new PresentedKey("pbk_secret_value"));

        assertThat(first.id()).isNotEqualTo(second.id()).hasSizeGreaterThanOrEqualTo(43);
        assertThat(first.session().csrfToken()).isNotEqualTo(second.session().csrfToken());
        assertThat(first.toString() + first.session() + first.session().key()).doesNotContain("pbk_secret_value",
                first.id());
    }

    @Test
    void a_session_lives_until_its_idle_time_from_its_last_use() {
        SessionStore store = new SessionStore(new SessionPolicy(Duration.ofMinutes(30), Duration.ofHours(8), 10,
                false), clock);
        String id = store.start(scope, new PresentedKey("pbk_a")).id();

        clock.advance(Duration.ofMinutes(29));
        assertThat(store.find(id)).isPresent();
        clock.advance(Duration.ofMinutes(29));
        assertThat(store.find(id)).isPresent();
        clock.advance(Duration.ofMinutes(30));

        assertThat(store.find(id)).isEmpty();
        assertThat(store.size()).isZero();
    }

    @Test
    void past_its_limit_the_least_recently_used_session_ends_first() {
        SessionStore store = new SessionStore(new SessionPolicy(Duration.ofMinutes(30), Duration.ofHours(8), 2,
                false), clock);
        String oldest = store.start(scope, new PresentedKey("pbk_a")).id();
        clock.advance(Duration.ofSeconds(1));
        String used = store.start(scope, new PresentedKey("pbk_b")).id();
        clock.advance(Duration.ofSeconds(1));
        store.find(oldest);
        clock.advance(Duration.ofSeconds(1));

        String newest = store.start(scope, new PresentedKey("pbk_c")).id();

        assertThat(store.size()).isEqualTo(2);
        assertThat(store.find(used)).isEmpty();
        assertThat(store.find(oldest)).isPresent();
        assertThat(store.find(newest)).isPresent();
    }

    @Test
    void an_unknown_or_ended_id_finds_nothing() {
        SessionStore store = new SessionStore(SessionPolicy.forPublicBaseUrl("https://pay.example.test"), clock);
        String id = store.start(scope, new PresentedKey("pbk_a")).id();

        store.end(id);

        assertThat(store.find(id)).isEmpty();
        assertThat(store.find(null)).isEmpty();
        assertThat(store.find("guessed")).isEmpty();
        assertThat(store.policy().secureCookies()).isTrue();
    }
}
