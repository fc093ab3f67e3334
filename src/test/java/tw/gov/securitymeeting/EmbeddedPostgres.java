package tw.gov.securitymeeting;

import java.io.IOException;
import java.io.UncheckedIOException;
import org.springframework.test.context.DynamicPropertyRegistry;

/**
 * One real PostgreSQL 17 per test JVM (zonky embedded binaries, no Docker). Each caller gets a
 * fresh database of its own on it.
 */
public final class EmbeddedPostgres {

  private static io.zonky.test.db.postgres.embedded.EmbeddedPostgres server;
  private static int databases;

  private EmbeddedPostgres() {}

  /** Points the application at a new, empty database. */
  public static void newDatabase(DynamicPropertyRegistry registry) {
    newDatabase().forEach((name, value) -> registry.add(name, () -> value));
  }

  /** A new, empty database, as the application's connection properties. */
  public static synchronized java.util.Map<String, String> newDatabase() {
    String name = "app_" + (++databases);
    try (var connection = server().getPostgresDatabase().getConnection(); var statement = connection.createStatement()) {
      statement.execute("create database " + name);
    } catch (java.sql.SQLException e) {
      throw new IllegalStateException(e);
    }
    return java.util.Map.of(
        "spring.datasource.url", server().getJdbcUrl("postgres", name),
        "spring.datasource.username", "postgres",
        "spring.datasource.password", "postgres",
        "camunda.bpm.database.type", "postgres");
  }

  static synchronized io.zonky.test.db.postgres.embedded.EmbeddedPostgres server() {
    if (server == null) {
      try {
        // Our own hook instead of zonky's: the server must outlive the application contexts that use it.
        server = io.zonky.test.db.postgres.embedded.EmbeddedPostgres.builder().setRegisterShutdownHook(false).start();
      } catch (IOException e) {
        throw new UncheckedIOException("無法啟動內嵌 PostgreSQL", e);
      }
      Runtime.getRuntime().addShutdownHook(new Thread(EmbeddedPostgres::stopAfterSpring, "embedded-postgres-stop"));
    }
    return server;
  }

  /**
   * Waits for Spring's shutdown hook to close the contexts (their engines still write while closing),
   * then stops the server. The JVM starts all hooks at once, so Spring's may take a moment to appear.
   */
  private static void stopAfterSpring() {
    long giveUpAt = System.nanoTime() + 2_000_000_000L;
    Thread spring = null;
    while (spring == null && System.nanoTime() < giveUpAt) {
      spring = Thread.getAllStackTraces().keySet().stream()
          .filter(t -> t.getName().equals("SpringApplicationShutdownHook")).findFirst().orElse(null);
      if (spring == null) {
        Thread.onSpinWait();
      }
    }
    try {
      if (spring != null) {
        spring.join(20_000);
      }
      server.close();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    } catch (IOException ignored) {
      // the JVM is going away
    }
  }
}
