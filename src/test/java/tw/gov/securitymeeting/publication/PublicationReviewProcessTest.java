package tw.gov.securitymeeting.publication;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.Date;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import tw.gov.securitymeeting.ApplicationTest;
import tw.gov.securitymeeting.system.RocDates;

/** Walkthroughs of publication-review.bpmn: every path, the four-eyes rule and both timers. */
@ApplicationTest
class PublicationReviewProcessTest {

  static final LocalDate TODAY = LocalDate.of(2026, 12, 1);

  @Autowired ProcessEngine processEngine;
  @Autowired RuntimeService runtimeService;
  @Autowired TaskService taskService;
  @Autowired IdentityService identityService;
  @Autowired ManagementService managementService;
  @Autowired PublicationStart start;
  @Autowired PublicationRepository repository;
  @Autowired JdbcTemplate jdbc;

  @BeforeEach
  void setUp() {
    BpmnAwareTests.init(processEngine);
    ClockUtil.setCurrentTime(Date.from(TODAY.atTime(9, 0).atZone(RocDates.TAIPEI).toInstant()));
  }

  @AfterEach
  void tearDown() {
    identityService.clearAuthentication();
    ClockUtil.reset();
  }

  @Test
  void shouldPublishACleanNoticeApprovedByTheUnitsHead() {
    Submitted notice = submit("education-clerk", "education", "本處將於12月10日舉辦親子閱讀活動，歡迎參加。", null,
        upload("時程.xlsx", PublicationDocuments.cleanXlsx()));

    assertThat(notice.instance).isWaitingAt("review-publication");
    Task review = task(notice.instance);
    assertThat(review).hasName("複核上網資訊").hasCandidateUser("education-head")
        .hasDueDate(RocDates.endOfDay(TODAY.plusDays(1)));
    assertThat(variable(review, "findingCount")).isEqualTo(0);
    assertThat(variable(review, "findingsSummary").toString()).contains("未發現");
    assertThat(status(notice)).isEqualTo(PublicationStatus.IN_REVIEW);

    as("education-head", "education", () -> taskService.complete(review.getId(), approval()));

    assertThat(notice.instance).isWaitingAt("publish");
    assertThat(task(notice.instance)).isAssignedTo("education-clerk").hasDueDate(RocDates.endOfDay(TODAY.plusDays(1)));
    assertThat(status(notice)).isEqualTo(PublicationStatus.APPROVED);
    BpmnAwareTests.complete(task(notice.instance),
        withVariables("publishedUrl", "https://www.example.gov.tw/news/1", "publishedAt", "2026-12-01T08:30+08:00"));

    assertThat(notice.instance).isEnded().hasPassed("publication-published");
    PublicationRepository.Row row = repository.find(notice.id).orElseThrow();
    assertThat(row.status()).isEqualTo(PublicationStatus.PUBLISHED);
    assertThat(row.reviewer()).isEqualTo("education-head");
    assertThat(row.outcome()).isEqualTo("approve");
    assertThat(row.publishedUrl()).isEqualTo("https://www.example.gov.tw/news/1");
  }

  @Test
  void shouldCatchAHiddenIdReturnItAndReviewTheRevisionAgain() {
    Submitted notice = submit("education-clerk", "education", "活動名單請見附件。", null,
        upload("名單.xlsx", PublicationDocuments.xlsxWithHiddenId()));

    Task review = task(notice.instance);
    String summary = variable(review, "findingsSummary").toString();
    assertThat(summary).contains("身分證統一編號", "隱藏工作表", "A123****89").doesNotContain(PublicationDocuments.VALID_ID);
    assertThat(jdbc.queryForList("select excerpt from app_publication_finding", String.class))
        .noneMatch(e -> e.contains(PublicationDocuments.VALID_ID));
    assertThat(variable(review, "blocking")).isEqualTo(false);

    as("education-head", "education", () -> taskService.complete(review.getId(),
        Map.of("outcome", "return", "reason", "附件隱藏工作表有身分證號，請刪除後再送。")));

    assertThat(notice.instance).isWaitingAt("revise-publication");
    Task revise = task(notice.instance);
    assertThat(revise).isAssignedTo("education-clerk").hasDueDate(RocDates.endOfDay(TODAY.plusDays(1)));
    assertThat(status(notice)).isEqualTo(PublicationStatus.RETURNED);
    assertThat(variable(revise, "reviewReason").toString()).contains("隱藏工作表");
    repository.deleteAttachments(notice.id);
    BpmnAwareTests.complete(revise, withVariables("revisedTitle", "親子閱讀活動", "revisedText", "活動資訊如下，無名單。"));

    assertThat(notice.instance).isWaitingAt("scan-publication");
    execute(job(notice.instance));
    assertThat(notice.instance).isWaitingAt("review-publication");
    assertThat(variable(task(notice.instance), "findingCount")).isEqualTo(0);
    assertThat(variable(task(notice.instance), "noticeText")).isEqualTo("活動資訊如下，無名單。");
    as("education-head", "education", () -> taskService.complete(task(notice.instance).getId(), approval()));
    assertThat(notice.instance).isWaitingAt("publish");
    assertThat(repository.reviews(notice.id)).extracting(PublicationRepository.ReviewRow::outcome)
        .containsExactly("return", "approve");
  }

  @Test
  void shouldEndARejectedNoticeWithItsReason() {
    Submitted notice = submit("planning-clerk", "planning", "內部簽呈全文。", null);
    as("planning-head", "planning", () -> assertThatThrownBy(() -> taskService.complete(task(notice.instance).getId(),
        Map.of("outcome", "reject"))).hasMessageContaining("請填寫「不予上網理由」"));

    as("planning-head", "planning", () -> taskService.complete(task(notice.instance).getId(),
        Map.of("outcome", "reject", "reason", "屬內部文件，不宜公開。")));

    assertThat(notice.instance).isEnded().hasPassed("publication-rejected");
    PublicationRepository.Row row = repository.find(notice.id).orElseThrow();
    assertThat(row.status()).isEqualTo(PublicationStatus.REJECTED);
    assertThat(row.reason()).isEqualTo("屬內部文件，不宜公開。");
  }

  @Test
  void shouldRefuseTheDrafterAsReviewerEvenInTheCandidateGroup() {
    // The head drafts, so the unit's members are the candidates, the head among them.
    Submitted notice = submit("education-head", "education", "處長親擬公告。", null);
    Task review = task(notice.instance);
    assertThat(review).hasCandidateGroup("education");

    assertThatThrownBy(() -> taskService.claim(review.getId(), "education-head"))
        .hasMessageContaining("送件人不能複核自己送出的公告");
    assertThat(task(notice.instance).getAssignee()).isNull();
    as("education-head", "education", () -> assertThatThrownBy(() -> taskService.complete(review.getId(), approval()))
        .hasMessageContaining("送件人不能複核自己送出的公告"));
    assertThat(notice.instance).isWaitingAt("review-publication");

    taskService.claim(review.getId(), "education-clerk");
    as("education-clerk", "education", () -> taskService.complete(review.getId(), approval()));
    assertThat(notice.instance).isWaitingAt("publish");
  }

  @Test
  void shouldRequireTheChecklistAndAnOverrideReasonForAnUnreadableAttachment() {
    Submitted notice = submit("education-clerk", "education", "請見附件。", null,
        upload("損毀.xlsx", "PK\u0003\u0004broken".getBytes(java.nio.charset.StandardCharsets.ISO_8859_1)));
    Task review = task(notice.instance);
    assertThat(variable(review, "blocking")).isEqualTo(true);

    as("education-head", "education", () -> {
      assertThatThrownBy(() -> taskService.complete(review.getId(), Map.of("outcome", "approve")))
          .hasMessageContaining("內容正確");
      assertThatThrownBy(() -> taskService.complete(review.getId(), approval()))
          .hasMessageContaining("放行理由");
      Map<String, Object> overridden = new java.util.HashMap<>(approval());
      overridden.put("overrideReason", "已向承辦人索取原檔人工檢視，無個資。");
      taskService.complete(review.getId(), overridden);
    });
    assertThat(notice.instance).isWaitingAt("publish");
    assertThat(repository.find(notice.id).orElseThrow().overrideReason()).startsWith("已向承辦人索取原檔");
  }

  @Test
  void shouldAskTheUnitToTakeTheEventSiteDownOnTheNextWorkingDayAfterAHolidayEnd() {
    // 2027-01-01 is a national holiday (Friday): the take-down moves to Monday 2027-01-04.
    Submitted notice = submit("education-clerk", "education", "跨年活動網站。", LocalDate.of(2027, 1, 1));
    as("education-head", "education", () -> taskService.complete(task(notice.instance).getId(), approval()));
    BpmnAwareTests.complete(task(notice.instance),
        withVariables("publishedUrl", "https://event.example.gov.tw/", "publishedAt", "2026-12-01T08:30+08:00"));

    assertThat(notice.instance).isWaitingAt("event-ended");
    Job timer = job(notice.instance);
    assertThat(timer.getDuedate()).isEqualTo(Date.from(LocalDate.of(2027, 1, 4).atStartOfDay(RocDates.TAIPEI).toInstant()));
    ClockUtil.setCurrentTime(Date.from(LocalDate.of(2027, 1, 3).atTime(23, 0).atZone(RocDates.TAIPEI).toInstant()));
    assertThat(managementService.createJobQuery().processInstanceId(notice.instance.getId()).executable().count()).isZero();
    ClockUtil.setCurrentTime(Date.from(LocalDate.of(2027, 1, 4).atTime(0, 0, 1).atZone(RocDates.TAIPEI).toInstant()));
    assertThat(managementService.createJobQuery().processInstanceId(notice.instance.getId()).executable().count()).isOne();
    execute(timer);

    assertThat(notice.instance).isWaitingAt("take-down-site");
    Task takeDown = task(notice.instance);
    assertThat(takeDown).hasName("撤除活動網站").hasCandidateGroup("education");
    assertThat(RocDates.dateOf(takeDown.getDueDate())).isEqualTo(LocalDate.of(2027, 1, 7));
    assertThat(status(notice)).isEqualTo(PublicationStatus.TAKE_DOWN_DUE);

    assertThatThrownBy(() -> BpmnAwareTests.complete(takeDown, withVariables("httpStatus", "200", "checkedAt", "2027-01-04T09:00")))
        .hasMessageContaining("404");
    BpmnAwareTests.complete(takeDown, withVariables("httpStatus", "410", "checkedAt", "2027-01-04T00:00"));
    assertThat(notice.instance).isEnded().hasPassed("site-taken-down");
    PublicationRepository.Row row = repository.find(notice.id).orElseThrow();
    assertThat(row.status()).isEqualTo(PublicationStatus.TAKEN_DOWN);
    assertThat(row.takenDownStatus()).isEqualTo(410);
  }

  @Test
  void shouldTellPlanningWhenATakeDownIsOverdue() {
    Submitted notice = submit("education-clerk", "education", "週末活動網站。", LocalDate.of(2026, 12, 5));
    as("education-head", "education", () -> taskService.complete(task(notice.instance).getId(), approval()));
    BpmnAwareTests.complete(task(notice.instance),
        withVariables("publishedUrl", "https://event.example.gov.tw/w", "publishedAt", "2026-12-01T08:30+08:00"));
    // Saturday 2026-12-05 → Monday 2026-12-07; due 3 working days later, Thursday 2026-12-10.
    assertThat(job(notice.instance).getDuedate())
        .isEqualTo(Date.from(LocalDate.of(2026, 12, 7).atStartOfDay(RocDates.TAIPEI).toInstant()));
    execute(job(notice.instance));
    assertThat(RocDates.dateOf(task(notice.instance).getDueDate())).isEqualTo(LocalDate.of(2026, 12, 10));

    Job overdue = managementService.createJobQuery().processInstanceId(notice.instance.getId()).timers().singleResult();
    assertThat(overdue.getDuedate()).isEqualTo(Date.from(LocalDate.of(2026, 12, 11).atStartOfDay(RocDates.TAIPEI).toInstant()));
    execute(overdue);

    assertThat(notice.instance).hasPassed("overdue-reported").isWaitingAt("take-down-site");
    assertThat(repository.find(notice.id).orElseThrow().takeDownOverdue()).isTrue();
    Map<String, Object> mail = jdbc.queryForMap("select recipients, subject, body_text from app_mail where dedup_key = ?",
        "publication-take-down-overdue-" + notice.id);
    assertThat(mail.get("RECIPIENTS").toString()).contains("planning@example.gov.tw", "planning-head@example.gov.tw");
    assertThat(mail.get("SUBJECT").toString()).contains("活動網站撤除逾期", "教育處");
    assertThat(mail.get("BODY_TEXT").toString()).startsWith("綜合規劃處您好：")
        .contains("在公告複核登記簿查看本案：http://localhost:8080/publications/" + notice.id).doesNotContain("/api/")
        .containsPattern("撤除期限：\\d+年\\d+月\\d+日\\(星期.\\)").doesNotContain("[(");
  }

  // --- helpers

  record Submitted(long id, ProcessInstance instance) {}

  Submitted submit(String drafter, String unit, String text, LocalDate eventEnd, ValidPublication.Upload... uploads) {
    ValidPublication publication = new ValidPublication("親子閱讀活動", text, "https://www.example.gov.tw/", unit,
        TODAY.plusDays(1), eventEnd, Arrays.asList(uploads));
    PublicationStart.Started started = start.start(publication, drafter);
    ProcessInstance instance = runtimeService.createProcessInstanceQuery().processInstanceId(started.processInstanceId()).singleResult();
    assertThat(instance).isWaitingAt("scan-publication");
    execute(job(instance));
    return new Submitted(started.id(), instance);
  }

  static ValidPublication.Upload upload(String name, byte[] bytes) {
    return new ValidPublication.Upload(name, "application/octet-stream", bytes);
  }

  static Map<String, Object> approval() {
    return Map.of("outcome", "approve", "checkContent", true, "checkAttachments", true, "checkPersonalData", true,
        "checkSecrets", true);
  }

  void as(String user, String group, Runnable action) {
    identityService.setAuthentication(user, List.of(group));
    try {
      action.run();
    } finally {
      identityService.clearAuthentication();
    }
  }

  Object variable(Task task, String name) {
    return taskService.getVariable(task.getId(), name);
  }

  PublicationStatus status(Submitted notice) {
    return repository.find(notice.id).orElseThrow().status();
  }
}
