package tw.gov.securitymeeting.reminder;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import java.time.LocalDate;
import jakarta.mail.internet.MimeMessage;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.TestPropertySource;
import tw.gov.securitymeeting.ApplicationTest;
import tw.gov.securitymeeting.followup.ReminderFixtures;

/** The SMTP server refuses for a while: nothing is lost, nothing is doubled, the last failure is an incident. */
@ApplicationTest
@TestPropertySource(properties = {"spring.mail.host=localhost", "spring.mail.port=3025"})
@Import(ReminderFixtures.class)
class SmtpOutageTest {

  @RegisterExtension
  static GreenMailExtension smtp = new GreenMailExtension(ServerSetupTest.SMTP);

  @Autowired ManagementService managementService;
  @Autowired RuntimeService runtimeService;
  @Autowired ReminderFixtures fixtures;
  @Autowired JdbcTemplate jdbc;
  ReminderJobs jobs;

  @BeforeEach
  void setUp() {
    jobs = new ReminderJobs(managementService);
    ClockUtil.setCurrentTime(java.util.Date.from(LocalDate.of(2026, 1, 20).atTime(9, 0).atZone(java.time.ZoneId.of("Asia/Taipei")).toInstant()));
  }

  @AfterEach
  void resetClock() {
    ClockUtil.reset();
  }

  @Test
  void shouldDeliverEveryReminderOnceWhenTheServerComesBack() throws Exception {
    fixtures.itemDue("中斷測試甲", "ethics", LocalDate.of(2026, 3, 10));
    fixtures.itemDue("中斷測試乙", "planning", LocalDate.of(2026, 3, 10));
    smtp.stop();

    jobs.sweepAt(LocalDate.of(2026, 3, 10).atTime(9, 0));
    jobs.deliver();
    jobs.deliver();

    assertThat(statuses("中斷測試")).containsOnly("PENDING");
    assertThat(jdbc.queryForList("select attempts from app_mail where subject like '%中斷測試%'", Integer.class)).containsOnly(2);
    assertThat(jdbc.queryForList("select last_error from app_mail where subject like '%中斷測試%'", String.class)).allMatch(e -> !e.isBlank());

    smtp.start();
    jobs.deliver();
    jobs.deliver();

    assertThat(statuses("中斷測試")).containsOnly("SENT");
    // Only this test's two items: other tests of this context leave items that are due around this day too.
    // One mail per item, each with its Message-ID (the server keeps a copy per recipient).
    List<MimeMessage> ours = Arrays.stream(smtp.getReceivedMessages())
        .filter(m -> subject(m).contains("中斷測試甲") || subject(m).contains("中斷測試乙")).toList();
    assertThat(ours).isNotEmpty();
    assertThat(ours.stream().map(SmtpOutageTest::messageId).collect(Collectors.toSet())).hasSize(2);
  }

  @Test
  void shouldRaiseAnIncidentAfterTheLastRetryAndSendWhenRetriedByTheAdministrator() throws Exception {
    fixtures.itemDue("中斷測試丙", "education", LocalDate.of(2026, 3, 11));
    smtp.stop();
    jobs.sweepAt(LocalDate.of(2026, 3, 11).atTime(9, 0));
    Job job = deliveryJob();

    for (int attempt = 0; attempt < 10 && managementService.createJobQuery().jobId(job.getId()).withRetriesLeft().count() > 0; attempt++) {
      jobs.deliver();
    }

    assertThat(statuses("中斷測試丙")).containsExactly("FAILED");
    assertThat(runtimeService.createIncidentQuery().processInstanceId(job.getProcessInstanceId()).count()).isOne();

    smtp.start();
    managementService.setJobRetries(job.getId(), 1);
    jobs.deliver();

    assertThat(statuses("中斷測試丙")).containsExactly("SENT");
    assertThat(smtp.getReceivedMessages()).hasSizeGreaterThanOrEqualTo(1);
    assertThat(runtimeService.createIncidentQuery().processInstanceId(job.getProcessInstanceId()).count()).isZero();
  }

  private Job deliveryJob() {
    Long id = jdbc.queryForObject("select id from app_mail where subject like '%中斷測試丙%'", Long.class);
    return managementService.createJobQuery().processInstanceId(
        runtimeService.createProcessInstanceQuery().processInstanceBusinessKey("mail-" + id).singleResult().getId()).singleResult();
  }

  private java.util.List<String> statuses(String marker) {
    return jdbc.queryForList("select status from app_mail where subject like ?", String.class, "%" + marker + "%");
  }

  private static String subject(MimeMessage message) {
    try {
      return message.getSubject();
    } catch (jakarta.mail.MessagingException e) {
      throw new IllegalStateException(e);
    }
  }

  private static String messageId(MimeMessage message) {
    try {
      return message.getMessageID();
    } catch (jakarta.mail.MessagingException e) {
      throw new IllegalStateException(e);
    }
  }
}
