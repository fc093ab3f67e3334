package tw.gov.securitymeeting.mail;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetup;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.TestPropertySource;
import tw.gov.securitymeeting.ApplicationTest;
import tw.gov.securitymeeting.EmbeddedPostgres;

/**
 * Thousands of queued mails on PostgreSQL, delivered by the job executor to a real SMTP server (GreenMail),
 * while a user reads the meetings list over and over: no call fails and they stay fast. Prints the figures.
 */
@ApplicationTest
@TestPropertySource(properties = {"spring.mail.host=localhost", "spring.mail.port=3325",
    "camunda.bpm.job-execution.enabled=true", "camunda.bpm.job-execution.wait-time-in-millis=100",
    "camunda.bpm.job-execution.max-wait=500"})
class MailDeliveryLoadIT {

  static final int MAILS = 2000;

  @RegisterExtension
  static GreenMailExtension smtp = new GreenMailExtension(new ServerSetup(3325, null, ServerSetup.PROTOCOL_SMTP));

  @DynamicPropertySource
  static void postgres(DynamicPropertyRegistry registry) {
    EmbeddedPostgres.newDatabase(registry);
  }

  @Autowired MailOutbox outbox;
  @Autowired JdbcTemplate jdbc;
  @Autowired TestRestTemplate http;

  @Test
  void usersAreAnsweredQuicklyWhileThousandsOfMailsGoOut() throws Exception {
    List<Long> latencies = Collections.synchronizedList(new ArrayList<>());
    List<String> failures = Collections.synchronizedList(new ArrayList<>());
    java.util.concurrent.atomic.AtomicBoolean done = new java.util.concurrent.atomic.AtomicBoolean();
    Thread user = new Thread(() -> {
      while (!done.get()) {
        long t = System.nanoTime();
        try {
          ResponseEntity<String> answer =
              http.withBasicAuth("ethics-clerk", "demo").getForEntity("/api/meetings", String.class);
          if (!answer.getStatusCode().is2xxSuccessful()) {
            failures.add(answer.getStatusCode() + " " + answer.getBody());
          }
        } catch (RuntimeException e) {
          failures.add(e.toString());
        }
        latencies.add((System.nanoTime() - t) / 1_000_000);
      }
    }, "user-reading-meetings");
    long start = System.nanoTime();
    user.start();
    for (int i = 0; i < MAILS; i++) {
      outbox.enqueue(new OutgoingMail("load-" + i, "reminder", null, null, List.of("clerk" + i + "@example.gov.tw"),
          "【即將到期】負載測試 " + i, "內文 " + i, "<p>內文 " + i + "</p>"));
    }
    long queuedMs = (System.nanoTime() - start) / 1_000_000;
    long deadline = start + 10L * 60 * 1_000_000_000L;
    int sent = 0;
    while (System.nanoTime() < deadline && sent < MAILS) {
      Thread.sleep(200); // polling for completion, with a deadline
      sent = jdbc.queryForObject("select count(*) from app_mail where status = 'SENT'", Integer.class);
    }
    done.set(true);
    user.join(60_000);
    long deliveryMs = (System.nanoTime() - start) / 1_000_000;
    List<Long> sorted = new ArrayList<>(latencies);
    Collections.sort(sorted);
    long p50 = sorted.get(sorted.size() / 2);
    long p95 = sorted.get((int) Math.ceil(sorted.size() * 0.95) - 1);
    long max = sorted.get(sorted.size() - 1);
    System.out.printf("queued %d mails in %d ms; %d sent in %d ms (%.1f/s), SMTP received %d; GET /api/meetings "
        + "x%d during queueing and delivery: p50 %d ms, p95 %d ms, max %d ms, failures %d%n", MAILS, queuedMs, sent,
        deliveryMs,
        sent * 1000.0 / Math.max(1, deliveryMs), smtp.getReceivedMessages().length, sorted.size(), p50, p95, max,
        failures.size());

    assertThat(failures).isEmpty();
    assertThat(sent).isEqualTo(MAILS);
    assertThat(smtp.getReceivedMessages()).hasSize(MAILS);
    assertThat(p95).as("p95 of GET /api/meetings, ms").isLessThan(1000);
  }
}
