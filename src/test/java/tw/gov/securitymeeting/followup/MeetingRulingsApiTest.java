package tw.gov.securitymeeting.followup;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import tw.gov.securitymeeting.ApplicationTest;

/**
 * The chair's rulings for the whole table of a meeting in one go (POST /api/meetings/{id}/rulings):
 * continued items get their next round, 「其餘准予備查」 closes the rest, and the result is the same as
 * ruling item by item in Tasklist.
 */
@ApplicationTest
class MeetingRulingsApiTest {

  @Autowired TestRestTemplate http;
  @Autowired MeetingRegistration registration;
  @Autowired MeetingQueries queries;
  @Autowired FollowUpRepository repository;
  @Autowired TaskService taskService;
  @Autowired RuntimeService runtimeService;
  final ObjectMapper json = new ObjectMapper();

  String series;
  MeetingRegistration.RegisteredMeeting earlier;
  long meetingAtWhichTheChairRules;

  @BeforeEach
  void twoMeetingsOfOneSeries() {
    ClockUtil.setCurrentTime(Date.from(LocalDate.of(2016, 10, 20).atStartOfDay(ZoneId.of("Asia/Taipei")).toInstant()));
    series = "安全維護會報 " + UUID.randomUUID();
    earlier = registration.register(new ValidMeeting(series, series + " 105年第1次", LocalDate.of(2016, 6, 15), LocalDate.of(2016, 10, 19),
        List.of(FollowUpFixtures.item("一", "ethics"), FollowUpFixtures.item("二", "planning"), FollowUpFixtures.item("三", "education"))),
        "ethics-clerk");
    meetingAtWhichTheChairRules = registration.register(new ValidMeeting(series, series + " 105年第2次", LocalDate.of(2016, 10, 19),
        LocalDate.of(2017, 1, 18), List.of(FollowUpFixtures.item("一", "construction"))), "ethics-clerk").id();
  }

  @AfterEach
  void resetClock() {
    ClockUtil.reset();
  }

  @Test
  void shouldContinueOneItemAndApproveTheRestInOneGo() throws Exception {
    earlier.items().forEach(this::bringToTheChair);

    ResponseEntity<String> response = rulings("ethics-clerk", """
        {"rulings": [{"itemId": %d, "ruling": "continue", "instruction": "請綜合規劃處再辦理一次演練", "newDueDate": "2017-01-04"}],
         "othersApproved": true}""".formatted(item(1).id()));

    assertThat(response.getStatusCode().value()).as(response.getBody()).isEqualTo(200);
    assertThat(json.readTree(response.getBody()).get("rulings").findValuesAsText("ruling")).containsExactly("close", "continue", "close");
    assertThat(repository.item(item(0).id()).status()).isEqualTo(ItemStatus.CLOSED);
    assertThat(repository.item(item(2).id()).status()).isEqualTo(ItemStatus.CLOSED);
    assertThat(runtimeService.createProcessInstanceQuery().processInstanceId(item(0).processInstanceId()).count()).isZero();
    FollowUpRepository.ItemRow continued = repository.item(item(1).id());
    assertThat(continued.status()).isEqualTo(ItemStatus.OPEN);
    assertThat(continued.currentRound()).isEqualTo(2);
    assertThat(continued.dueDate()).isEqualTo(LocalDate.of(2017, 1, 4));
    assertThat(repository.currentRound(continued.id()).instruction()).isEqualTo("請綜合規劃處再辦理一次演練");
    assertThat(taskService.createTaskQuery().processInstanceId(item(1).processInstanceId()).taskDefinitionKey("report-progress")
        .taskCandidateGroup("planning").count()).isOne();
    FollowUpRepository.RoundRow ruled = repository.roundsOfItem(item(0).id()).get(0);
    assertThat(ruled.ruling()).isEqualTo("close");
    assertThat(ruled.ruledBy()).isEqualTo("chair");
  }

  @Test
  void shouldEndInTheSameStateWhetherTheChairRulesInTasklistOrTheRecorderForTheMeeting() {
    earlier.items().forEach(this::bringToTheChair);
    Task chairTask = taskService.createTaskQuery().processInstanceId(item(0).processInstanceId()).singleResult();
    taskService.complete(chairTask.getId(), Map.of("ruling", "continue", "instruction", "請再辦理", "newDueDate", "2017-01-04"));

    ResponseEntity<String> response = rulings("ethics-clerk", """
        {"rulings": [{"itemId": %d, "ruling": "continue", "instruction": "請再辦理", "newDueDate": "2017-01-04"}]}"""
        .formatted(item(1).id()));

    assertThat(response.getStatusCode().value()).as(response.getBody()).isEqualTo(200);
    MeetingViews.Meeting meeting = queries.meeting(earlier.id()).orElseThrow();
    MeetingViews.Item byChair = meeting.items().get(0);
    MeetingViews.Item byRecorder = meeting.items().get(1);
    assertThat(byRecorder.status()).isEqualTo(byChair.status()).isEqualTo(ItemStatus.OPEN);
    assertThat(byRecorder.currentRound()).isEqualTo(byChair.currentRound()).isEqualTo(2);
    assertThat(byRecorder.dueDate()).isEqualTo(byChair.dueDate());
    assertThat(byRecorder.rounds()).extracting(MeetingViews.Round::instruction)
        .containsExactlyElementsOf(byChair.rounds().stream().map(MeetingViews.Round::instruction).toList().stream()
            .map(i -> i.replace("ethics", "planning")).toList());
    assertThat(byRecorder.rounds().get(0).ruling()).isEqualTo(byChair.rounds().get(0).ruling());
    assertThat(taskService.createTaskQuery().processInstanceId(item(0).processInstanceId()).singleResult().getTaskDefinitionKey())
        .isEqualTo(taskService.createTaskQuery().processInstanceId(item(1).processInstanceId()).singleResult().getTaskDefinitionKey())
        .isEqualTo("report-progress");
    // The item left out stays with the chair.
    assertThat(repository.item(item(2).id()).status()).isEqualTo(ItemStatus.AWAITING_CHAIR);
  }

  @Test
  void shouldAnswer409ForAnItemNotAwaitingARulingAndChangeNothing() {
    bringToTheChair(earlier.items().get(0));

    ResponseEntity<String> response = rulings("ethics-clerk", """
        {"rulings": [{"itemId": %d, "ruling": "close"}, {"itemId": %d, "ruling": "close"}]}"""
        .formatted(item(0).id(), item(1).id()));

    assertThat(response.getStatusCode().value()).isEqualTo(409);
    assertThat(response.getHeaders().getContentType().toString()).contains("problem+json");
    assertThat(response.getBody()).contains("不是待主席裁示的事項");
    assertThat(repository.item(item(0).id()).status()).isEqualTo(ItemStatus.AWAITING_CHAIR);
  }

  @Test
  void shouldAnswer400InChineseForABadRulingAndChangeNothing() throws Exception {
    bringToTheChair(earlier.items().get(0));

    ResponseEntity<String> response = rulings("ethics-clerk", """
        {"rulings": [{"itemId": %d, "ruling": "continue", "newDueDate": "2017-02-30"}, {"itemId": %d, "ruling": "maybe"}]}"""
        .formatted(item(0).id(), item(1).id()));

    assertThat(response.getStatusCode().value()).isEqualTo(400);
    JsonNode body = json.readTree(response.getBody());
    assertThat(body.get("errors").findValuesAsText("message"))
        .contains("請填寫「續辦指示」。", "「續辦期限」不是有效的日期。", "「裁示」請從選項中選擇。");
    assertThat(repository.item(item(0).id()).status()).isEqualTo(ItemStatus.AWAITING_CHAIR);

    assertThat(rulings("ethics-clerk", "{}").getStatusCode().value()).isEqualTo(400);
    assertThat(rulings("ethics-clerk", "not json").getStatusCode().value()).isEqualTo(400);
    assertThat(repository.item(item(0).id()).status()).isEqualTo(ItemStatus.AWAITING_CHAIR);
  }

  @Test
  void shouldLetOnlyTheSecretariatTheChairOrAnAdminEnterRulings() {
    bringToTheChair(earlier.items().get(0));

    assertThat(rulings("planning-clerk", "{\"othersApproved\": true}").getStatusCode().value()).isEqualTo(403);
    assertThat(http.postForEntity("/api/meetings/" + meetingAtWhichTheChairRules + "/rulings", null, String.class)
        .getStatusCode().value()).isEqualTo(401);
    assertThat(repository.item(item(0).id()).status()).isEqualTo(ItemStatus.AWAITING_CHAIR);
    assertThat(http.withBasicAuth("ethics-clerk", "demo").exchange("/api/meetings/999999/rulings", HttpMethod.POST,
        new HttpEntity<>("{\"othersApproved\": true}", jsonHeaders()), String.class).getStatusCode().value()).isEqualTo(404);
  }

  @Test
  void shouldShowTheChairHisRulingsInTheFilterAwaitingMyRuling() throws Exception {
    bringToTheChair(earlier.items().get(0));
    String chairTask = taskService.createTaskQuery().processInstanceId(item(0).processInstanceId()).singleResult().getId();

    Map<String, String> columns = tw.gov.securitymeeting.TasklistColumns.of(http, "chair", "待我裁示").get(chairTask);

    assertThat(columns).containsEntry("subject", "案由一").containsEntry("unitName", "政風處");
  }

  private void bringToTheChair(MeetingRegistration.RegisteredItem item) {
    for (Task report : taskService.createTaskQuery().processInstanceId(item.processInstanceId()).taskDefinitionKey("report-progress").list()) {
      taskService.complete(report.getId(), Map.of("status", "DONE", "progress", "已辦理", "suggestion", "close"));
    }
    Task review = taskService.createTaskQuery().processInstanceId(item.processInstanceId()).taskDefinitionKey("secretariat-review").singleResult();
    taskService.complete(review.getId(), Map.of("recommendation", "close", "note", "已辦理"));
  }

  private MeetingRegistration.RegisteredItem item(int index) {
    return earlier.items().get(index);
  }

  private ResponseEntity<String> rulings(String user, String body) {
    return http.withBasicAuth(user, "demo").exchange("/api/meetings/" + meetingAtWhichTheChairRules + "/rulings", HttpMethod.POST,
        new HttpEntity<>(body, jsonHeaders()), String.class);
  }

  private static HttpHeaders jsonHeaders() {
    HttpHeaders headers = new HttpHeaders();
    headers.setContentType(MediaType.APPLICATION_JSON);
    return headers;
  }
}
