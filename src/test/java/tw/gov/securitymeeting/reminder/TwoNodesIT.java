package tw.gov.securitymeeting.reminder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetup;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import tw.gov.securitymeeting.EmbeddedPostgres;
import tw.gov.securitymeeting.SecurityMeetingApplication;
import tw.gov.securitymeeting.followup.ReminderFixtures;

/**
 * Two application nodes on one PostgreSQL, job executors running: the sweep started on both at
 * once, and the engine's own timer, still deliver each reminder exactly once.
 */
class TwoNodesIT {

  @RegisterExtension
  static GreenMailExtension smtp = new GreenMailExtension(new ServerSetup(3026, null, ServerSetup.PROTOCOL_SMTP));

  final List<ConfigurableApplicationContext> nodes = new ArrayList<>();

  @AfterEach
  void stopNodes() {
    nodes.forEach(ConfigurableApplicationContext::close);
    ClockUtil.reset();
  }

  @Test
  void shouldDeliverEachReminderExactlyOnceAcrossTwoNodes() throws Exception {
    ClockUtil.setCurrentTime(Date.from(LocalDate.of(2026, 3, 10).atTime(9, 5).atZone(ZoneId.of("Asia/Taipei")).toInstant()));
    Map<String, String> database = EmbeddedPostgres.newDatabase();
    ConfigurableApplicationContext a = start("nodeA", database);
    ConfigurableApplicationContext b = start("nodeB", database);
    ReminderFixtures fixtures = new ReminderFixtures(a.getBean(tw.gov.securitymeeting.followup.MeetingRegistration.class),
        a.getBean(ProcessEngine.class).getTaskService());
    for (String unit : List.of("ethics", "planning", "education")) {
      fixtures.itemDue("雙節點測試 " + unit, unit, LocalDate.of(2026, 3, 10));
    }

    CountDownLatch go = new CountDownLatch(1);
    List<CompletableFuture<Void>> sweeps = List.of(a, b).stream()
        .map(node -> CompletableFuture.runAsync(() -> {
          waitFor(go);
          try {
            node.getBean(ProcessEngine.class).getRuntimeService().startProcessInstanceByKey("reminder-sweep");
          } catch (RuntimeException lostTheRace) {
            // the other node queued the same mails first
          }
        }))
        .toList();
    go.countDown();
    sweeps.forEach(CompletableFuture::join);
    JdbcTemplate jdbc = a.getBean(JdbcTemplate.class);
    var engine = a.getBean(ProcessEngine.class);
    await().atMost(Duration.ofSeconds(60)).until(() ->
        engine.getRuntimeService().createProcessInstanceQuery().processDefinitionKey("mail-delivery").count() == 0
            && engine.getRuntimeService().createProcessInstanceQuery().processDefinitionKey("reminder-sweep").count() == 0);
    // Then the engine's own half-hourly timer fires, on whichever node acquires it: nothing new goes out.
    ClockUtil.setCurrentTime(Date.from(LocalDate.of(2026, 3, 10).atTime(9, 31).atZone(ZoneId.of("Asia/Taipei")).toInstant()));
    await().atMost(Duration.ofSeconds(60)).until(() ->
        engine.getManagementService().createJobQuery().processDefinitionKey("reminder-sweep").timers().singleResult()
            .getDuedate().after(ClockUtil.getCurrentTime())
            && engine.getRuntimeService().createProcessInstanceQuery().processDefinitionKey("reminder-sweep").count() == 0);
    assertThat(jdbc.queryForList("select status from app_mail", String.class)).containsExactly("SENT", "SENT", "SENT");

    Map<String, Long> perSubject = Arrays.stream(smtp.getReceivedMessages())
        .collect(Collectors.groupingBy(TwoNodesIT::messageId)).values().stream()
        .map(copies -> subject(copies.get(0)))
        .collect(Collectors.groupingBy(s -> s, Collectors.counting()));
    assertThat(perSubject).containsOnly(
        Map.entry("【今日到期】填報辦理情形：雙節點測試 ethics", 1L),
        Map.entry("【今日到期】填報辦理情形：雙節點測試 planning", 1L),
        Map.entry("【今日到期】填報辦理情形：雙節點測試 education", 1L));
    assertThat(jdbc.queryForObject("select count(*) from app_mail", Integer.class)).isEqualTo(3);
  }

  private static ConfigurableApplicationContext start(String name, Map<String, String> database) {
    List<String> args = new ArrayList<>();
    database.forEach((key, value) -> args.add("--" + key + "=" + value));
    args.addAll(List.of("--spring.profiles.active=demo", "--camunda.bpm.process-engine-name=" + name, "--camunda.bpm.job-execution.enabled=true",
        "--camunda.bpm.job-execution.wait-time-in-millis=100", "--camunda.bpm.job-execution.max-wait=500",
        "--spring.mail.host=localhost", "--spring.mail.port=3026", "--spring.jmx.enabled=false", "--server.port=0",
        "--logging.level.org.camunda.bpm.engine.jobexecutor=warn"));
    return new SpringApplicationBuilder(SecurityMeetingApplication.class).run(args.toArray(String[]::new));
  }

  private static void waitFor(CountDownLatch latch) {
    try {
      latch.await();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private static String messageId(jakarta.mail.internet.MimeMessage message) {
    try {
      return message.getMessageID();
    } catch (jakarta.mail.MessagingException e) {
      throw new IllegalStateException(e);
    }
  }

  private static String subject(jakarta.mail.internet.MimeMessage message) {
    try {
      return message.getSubject();
    } catch (jakarta.mail.MessagingException e) {
      throw new IllegalStateException(e);
    }
  }
}
