package tw.gov.securitymeeting.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.junit.jupiter.api.Test;

/** The sign-in cache keeps only successes, and only while no identity changed and the TTL has not passed. */
class SignInCacheTest {

  final AtomicLong generation = new AtomicLong();
  final AtomicLong clock = new AtomicLong();
  final AtomicInteger checks = new AtomicInteger();
  final SignInCache cache = new SignInCache(generation::get, Duration.ofSeconds(30), clock::get);

  boolean check(String expected, String given) {
    checks.incrementAndGet();
    return expected.equals(given);
  }

  @Test
  void shouldCheckARightPasswordOnceWithinTheTtl() {
    assertThat(cache.checkedPassword("clerk", "right-password", () -> check("right-password", "right-password"))).contains("clerk");
    assertThat(cache.checkedPassword("clerk", "right-password", () -> check("right-password", "right-password"))).contains("clerk");

    assertThat(checks).hasValue(1);
  }

  @Test
  void shouldNeverKeepAWrongPasswordAsRight() {
    for (int i = 0; i < 3; i++) {
      assertThat(cache.checkedPassword("clerk", "wrong", () -> check("right-password", "wrong"))).isEmpty();
    }
    assertThat(checks).hasValue(3);
  }

  @Test
  void shouldNotLetAnotherPasswordOrUserRideOnACachedSuccess() {
    cache.checkedPassword("clerk", "right-password", () -> check("right-password", "right-password"));

    assertThat(cache.checkedPassword("clerk", "right-passwordX", () -> check("right-password", "right-passwordX"))).isEmpty();
    assertThat(cache.checkedPassword("other", "right-password", () -> check("something-else", "right-password"))).isEmpty();
    assertThat(cache.checkedPassword("clerk:right", "-password", () -> false)).isEmpty();
  }

  @Test
  void shouldCheckAgainOnceAnIdentityChanged() {
    cache.checkedPassword("clerk", "old-password", () -> check("old-password", "old-password"));

    generation.incrementAndGet(); // e.g. the password was changed

    assertThat(cache.checkedPassword("clerk", "old-password", () -> check("new-password", "old-password"))).isEmpty();
    assertThat(checks).hasValue(2);
  }

  @Test
  void shouldCheckAgainAfterTheTtl() {
    cache.checkedPassword("clerk", "old-password", () -> check("old-password", "old-password"));

    clock.addAndGet(Duration.ofSeconds(29).toNanos());
    assertThat(cache.checkedPassword("clerk", "old-password", () -> check("new-password", "old-password"))).contains("clerk");
    clock.addAndGet(Duration.ofSeconds(2).toNanos());
    assertThat(cache.checkedPassword("clerk", "old-password", () -> check("new-password", "old-password"))).isEmpty();
  }

  @Test
  void shouldDropAUsersSuccessesWhenAWrongPasswordIsTriedForThem() {
    cache.checkedPassword("clerk", "right-password", () -> check("right-password", "right-password"));
    cache.checkedPassword("clerk", "guess", () -> check("right-password", "guess"));

    cache.checkedPassword("clerk", "right-password", () -> check("right-password", "right-password"));

    assertThat(checks).hasValue(3);
  }

  @Test
  void shouldNotKeepAChangeThatHappenedWhileReading() {
    cache.authentication("clerk", () -> {
      generation.incrementAndGet(); // a membership removed while the groups were read
      return new Authentication("clerk", List.of("ethics"));
    });

    Authentication now = cache.authentication("clerk", () -> new Authentication("clerk", List.of()));

    assertThat(now.getGroupIds()).isEmpty();
  }

  @Test
  void shouldReadGroupsAgainOnceAMembershipChanged() {
    assertThat(cache.authentication("clerk", () -> new Authentication("clerk", List.of("ethics"))).getGroupIds()).containsExactly("ethics");
    assertThat(cache.authentication("clerk", () -> new Authentication("clerk", List.of())).getGroupIds()).containsExactly("ethics");

    generation.incrementAndGet();

    assertThat(cache.authentication("clerk", () -> new Authentication("clerk", List.of())).getGroupIds()).isEmpty();
  }
}
