package tw.gov.securitymeeting.reminder;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.Address;
import jakarta.mail.internet.MimeMessage;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.TestPropertySource;
import tw.gov.securitymeeting.ApplicationTest;
import tw.gov.securitymeeting.followup.ReminderFixtures;

/** Reminders on a real SMTP server (GreenMail), day by day through February and March 2026. */
@ApplicationTest
@TestPropertySource(properties = {"spring.mail.host=localhost", "spring.mail.port=3025"})
@org.springframework.context.annotation.Import(ReminderFixtures.class)
class ReminderMailTest {

  @RegisterExtension
  static GreenMailExtension smtp = new GreenMailExtension(ServerSetupTest.SMTP);

  @Autowired ManagementService managementService;
  @Autowired TaskService taskService;
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
  void shouldRemindOnTheRightWorkingDaysCopyTheHeadAndTellTheChairInTheDigest() throws Exception {
    Task first = fixtures.itemDue("提醒測試甲", "ethics", LocalDate.of(2026, 2, 11));
    taskService.claim(first.getId(), "ethics-clerk");
    fixtures.itemDue("提醒測試乙", "planning", LocalDate.of(2026, 3, 2));

    Map<LocalDate, List<String>> first_ = new LinkedHashMap<>();
    Map<LocalDate, List<String>> second = new LinkedHashMap<>();
    Map<LocalDate, String> digests = new LinkedHashMap<>();
    java.util.Set<String> seen = new java.util.HashSet<>();
    for (LocalDate day = LocalDate.of(2026, 2, 2); !day.isAfter(LocalDate.of(2026, 3, 9)); day = day.plusDays(1)) {
      jobs.sweepAt(day.atTime(LocalTime.of(9, 0)));
      jobs.deliver();
      // A second sweep the same day (another node, a re-run job) sends nothing more.
      jobs.sweepAt(day.atTime(LocalTime.of(9, 30)));
      jobs.deliver();
      for (MimeMessage mail : smtp.getReceivedMessages()) {
        // GreenMail keeps one copy per recipient: count each message once.
        if (seen.add(mail.getMessageID())) {
          collect(day, mail, first_, second, digests);
        }
      }
      smtp.purgeEmailFromAllMailboxes();
    }

    assertThat(first_.keySet()).containsExactly(
        date(2, 6), date(2, 11), date(2, 12), date(2, 13), date(2, 23), date(2, 24), date(2, 25), date(2, 26),
        date(3, 2), date(3, 3), date(3, 4), date(3, 5), date(3, 6), date(3, 9));
    assertThat(first_.get(date(2, 6))).containsExactly("【即將到期】 to ethics-clerk@example.gov.tw,ethics@example.gov.tw");
    assertThat(first_.get(date(2, 11))).containsExactly("【今日到期】 to ethics-clerk@example.gov.tw,ethics@example.gov.tw");
    assertThat(first_.get(date(2, 13))).containsExactly("【已逾期 2 個工作天】 to ethics-clerk@example.gov.tw,ethics@example.gov.tw");
    assertThat(first_.get(date(2, 23)))
        .containsExactly("【已逾期 3 個工作天】 to ethics-clerk@example.gov.tw,ethics@example.gov.tw,ethics-head@example.gov.tw");
    assertThat(first_.get(date(2, 25)).get(0)).startsWith("【已逾期 5 個工作天】");
    assertThat(second.get(date(2, 24))).hasSize(1).allMatch(s -> s.startsWith("【即將到期】"));

    assertThat(digests.keySet()).containsExactly(date(2, 2), date(2, 9), date(2, 23), date(3, 2), date(3, 9));
    assertThat(digests.get(date(2, 23))).doesNotContain("提醒測試甲");
    assertThat(digests.get(date(3, 2))).contains("提醒測試甲").doesNotContain("提醒測試乙");
    assertThat(digests.get(date(3, 9))).contains("提醒測試甲", "提醒測試乙", "綜合規劃處", "政風處");
  }

  @Test
  void shouldSendNothingForACompletedTaskAndDropAReminderQueuedBeforeCompletion() throws Exception {
    Task task = fixtures.itemDue("提醒測試丙", "education", LocalDate.of(2026, 2, 11));
    jobs.sweepAt(LocalDate.of(2026, 2, 12).atTime(9, 0));
    assertThat(status(task)).containsExactly("PENDING");

    fixtures.report(task);
    jobs.deliver();
    jobs.sweepAt(LocalDate.of(2026, 2, 13).atTime(9, 0));
    jobs.deliver();

    assertThat(status(task)).containsExactly("DROPPED");
    // The unit's task is done; the secretariat's 彙整辦理情形 (now due before the meeting) is reminded on its own.
    assertThat(subjects()).noneMatch(s -> s.contains("填報辦理情形：提醒測試丙"));
  }

  @Test
  void shouldWriteChineseSubjectsAndLinkToTheTask() throws Exception {
    Task task = fixtures.itemDue("提醒測試丁：路燈螺栓", "construction", LocalDate.of(2026, 2, 11));
    jobs.sweepAt(LocalDate.of(2026, 2, 11).atTime(9, 0));
    jobs.deliver();

    MimeMessage mail = Arrays.stream(smtp.getReceivedMessages())
        .filter(m -> subject(m).contains("提醒測試丁")).findFirst().orElseThrow();
    assertThat(mail.getSubject()).isEqualTo("【今日到期】填報辦理情形：提醒測試丁：路燈螺栓");
    String body = GreenMailUtil.getBody(mail);
    assertThat(mail.getContentType()).startsWith("multipart/");
    assertThat(decoded(mail)).contains("http://localhost:8080/camunda/app/tasklist/default/#/?task=" + task.getId())
        .contains("115年2月11日(星期三)", "建設處");
    assertThat(body).isNotBlank();
  }

  @Test
  void shouldSayOnceHowManyWorkingDaysAnItemIsOverdue() throws Exception {
    fixtures.itemDue("提醒測試戊", "construction", LocalDate.of(2026, 2, 11));
    jobs.sweepAt(LocalDate.of(2026, 2, 13).atTime(9, 0));
    jobs.deliver();

    MimeMessage mail = Arrays.stream(smtp.getReceivedMessages())
        .filter(m -> subject(m).contains("提醒測試戊")).findFirst().orElseThrow();
    assertThat(decoded(mail)).contains("以下待辦事項已逾期 2 個工作天，請儘速辦理。", "前往待辦清單辦理")
        .doesNotContain("已逾期，已逾期");
  }

  private String decoded(MimeMessage mail) throws Exception {
    var multipart = (jakarta.mail.internet.MimeMultipart) mail.getContent();
    StringBuilder text = new StringBuilder();
    collectText(multipart, text);
    return text.toString();
  }

  private static void collectText(jakarta.mail.Multipart multipart, StringBuilder text) throws Exception {
    for (int i = 0; i < multipart.getCount(); i++) {
      Object content = multipart.getBodyPart(i).getContent();
      if (content instanceof jakarta.mail.Multipart inner) {
        collectText(inner, text);
      } else {
        text.append(content);
      }
    }
  }

  private List<String> status(Task task) {
    return jdbc.queryForList("select status from app_mail where task_id = ?", String.class, task.getId());
  }

  private List<String> subjects() {
    return Arrays.stream(smtp.getReceivedMessages()).map(ReminderMailTest::subject).toList();
  }

  private void collect(LocalDate day, MimeMessage mail, Map<LocalDate, List<String>> first, Map<LocalDate, List<String>> second,
      Map<LocalDate, String> digests) throws Exception {
    String subject = subject(mail);
    String to = String.join(",", Arrays.stream(mail.getRecipients(jakarta.mail.Message.RecipientType.TO)).map(Address::toString).toList());
    String kind = subject.substring(0, subject.indexOf('】') + 1);
    if (subject.startsWith("【每週列管摘要】")) {
      assertThat(digests).doesNotContainKey(day);
      digests.put(day, decoded(mail));
      assertThat(to).contains("chair@example.gov.tw", "ethics@example.gov.tw");
    } else if (subject.contains("提醒測試甲")) {
      first.computeIfAbsent(day, d -> new ArrayList<>()).add(kind + " to " + to);
    } else if (subject.contains("提醒測試乙")) {
      second.computeIfAbsent(day, d -> new ArrayList<>()).add(kind + " to " + to);
    }
  }

  private static String subject(MimeMessage mail) {
    try {
      return mail.getSubject();
    } catch (jakarta.mail.MessagingException e) {
      throw new IllegalStateException(e);
    }
  }

  private static LocalDate date(int month, int day) {
    return LocalDate.of(2026, month, day);
  }
}
