package tw.gov.securitymeeting.system;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.Base64;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.LongSupplier;
import java.util.function.Supplier;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.camunda.bpm.engine.impl.identity.Authentication;

/**
 * What the sign-in learnt, kept briefly so that not every HTTP call checks the password (a deliberately slow
 * hash) and reads the user's groups and tenants again:
 * <ul>
 *   <li>a successful HTTP Basic check, keyed by an HMAC-SHA-256 of user and password under a random key made
 *       at start (never the password itself); a failed check is never kept and drops the user's entries;
 *   <li>a user's groups and tenants, and whether a webapp session's user still exists.
 * </ul>
 * An entry counts only while {@link IdentityChanges} has not moved since it was made (any change of a user,
 * password, group, membership or tenant on this node drops them all at once) and for at most {@code ttl}
 * (changes made on another node or directly in the database).
 */
final class SignInCache {

  static final int MAX_ENTRIES = 10_000;

  private record Entry<T>(T value, long generation, long expiresAt) {}

  private final Map<String, Entry<String>> passwords = new ConcurrentHashMap<>();
  private final Map<String, Entry<Authentication>> authentications = new ConcurrentHashMap<>();
  private final Map<String, Entry<Boolean>> users = new ConcurrentHashMap<>();
  private final LongSupplier generation;
  private final LongSupplier clock;
  private final long ttlNanos;
  private final SecretKeySpec key;

  SignInCache(LongSupplier generation, Duration ttl, LongSupplier nanoClock) {
    this.generation = generation;
    this.clock = nanoClock;
    this.ttlNanos = ttl.toNanos();
    byte[] secret = new byte[32];
    new SecureRandom().nextBytes(secret);
    this.key = new SecretKeySpec(secret, "HmacSHA256");
  }

  /** The user whose password this is: from a still valid earlier success, else by check (kept only if right). */
  Optional<String> checkedPassword(String userId, String password, Supplier<Boolean> check) {
    String hash = hash(userId, password);
    if (fresh(passwords.get(hash)) != null) {
      return Optional.of(userId);
    }
    long seen = generation.getAsLong();
    if (Boolean.TRUE.equals(check.get())) {
      put(passwords, hash, userId, seen);
      return Optional.of(userId);
    }
    passwords.values().removeIf(entry -> entry.value().equals(userId));
    return Optional.empty();
  }

  /** The user's groups and tenants: still valid ones, else read now. */
  Authentication authentication(String userId, Supplier<Authentication> read) {
    return cached(authentications, userId, read);
  }

  /** Whether the user exists: still valid answer, else asked now. */
  boolean exists(String userId, Supplier<Boolean> ask) {
    return cached(users, userId, ask);
  }

  private <T> T cached(Map<String, Entry<T>> map, String key, Supplier<T> read) {
    Entry<T> entry = fresh(map.get(key));
    if (entry != null) {
      return entry.value();
    }
    long seen = generation.getAsLong();
    T value = read.get();
    put(map, key, value, seen);
    return value;
  }

  private <T> Entry<T> fresh(Entry<T> entry) {
    return entry != null && entry.generation() == generation.getAsLong() && clock.getAsLong() - entry.expiresAt() < 0 ? entry : null;
  }

  private <T> void put(Map<String, Entry<T>> map, String key, T value, long seen) {
    if (map.size() >= MAX_ENTRIES) {
      map.clear();
    }
    map.put(key, new Entry<>(value, seen, clock.getAsLong() + ttlNanos));
  }

  private String hash(String userId, String password) {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(key);
      mac.update(userId.getBytes(StandardCharsets.UTF_8));
      mac.update((byte) 0);
      return Base64.getEncoder().encodeToString(mac.doFinal(password.getBytes(StandardCharsets.UTF_8)));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException(e);
    }
  }
}
