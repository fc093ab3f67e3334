package tw.gov.securitymeeting.followup;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
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
 * Attacks of a hostile clerk over /engine-rest on the follow-up (#12): the item, the unit and the
 * start of a follow-up come from the application's tables, never from variables a caller sends.
 */
@ApplicationTest
class FollowUpTrustOverRestTest {

  @Autowired TestRestTemplate http;
  @Autowired MeetingRegistration registration;
  @Autowired FollowUpRepository repository;
  @Autowired TaskService taskService;
  @Autowired RuntimeService runtimeService;

  MeetingRegistration.RegisteredItem first;
  MeetingRegistration.RegisteredItem second;

  @BeforeEach
  void registerTwoItems() {
    var meeting = registration.register(
        FollowUpFixtures.meeting(FollowUpFixtures.item("一", "administration", "ethics"), FollowUpFixtures.item("二", "construction")),
        "ethics-clerk");
    first = meeting.items().get(0);
    second = meeting.items().get(1);
  }

  @Test
  void shouldNotLetAClerkWriteAReportIntoAnotherItemAsAnotherUnit() {
    ResponseEntity<String> response = complete("administration-clerk", reportTask(first, "administration"), """
        {"variables": {"itemId": {"value": %d}, "unit": {"value": "construction"},
          "status": {"value": "DONE"}, "progress": {"value": "冒名填報"}, "suggestion": {"value": "close"}}}"""
        .formatted(second.id()));

    assertThat(response.getStatusCode().is5xxServerError()).as(response.getBody()).isFalse();
    assertThat(repository.reportsOfItem(second.id())).isEmpty();
    assertThat(repository.reportsOfItem(first.id())).allSatisfy(report -> assertThat(report.unitId()).isEqualTo("administration"));
    assertThat(taskService.createTaskQuery().processInstanceId(second.processInstanceId()).taskCandidateGroup("construction").count())
        .isOne();
  }

  @Test
  void shouldKeepLaterGenuineReportsOnTheirOwnItem() {
    complete("administration-clerk", reportTask(first, "administration"), """
        {"variables": {"itemId": {"value": %d}, "unit": {"value": "construction"},
          "status": {"value": "DONE"}, "progress": {"value": "冒名填報"}, "suggestion": {"value": "close"}}}"""
        .formatted(second.id()));

    ResponseEntity<String> genuine = complete("ethics-clerk", reportTask(first, "ethics"), """
        {"variables": {"status": {"value": "DONE"}, "progress": {"value": "政風處已辦理"}, "suggestion": {"value": "close"}}}""");

    assertThat(genuine.getStatusCode().value()).as(genuine.getBody()).isEqualTo(204);
    assertThat(repository.reportsOfItem(second.id())).isEmpty();
    assertThat(repository.reportsOfItem(first.id()))
        .filteredOn(report -> report.progress().equals("政風處已辦理"))
        .singleElement()
        .satisfies(report -> assertThat(report.unitId()).isEqualTo("ethics"));
  }

  @Test
  void shouldRefuseAFieldTheFormOnlyShows() {
    // 案由 and the round's history are shown disabled in 「填報辦理情形」: Tasklist never sends them, nobody may write them.
    String task = reportTask(first, "administration");
    ResponseEntity<String> response = complete("administration-clerk", task, """
        {"variables": {"subject": {"value": "改寫的案由"}, "roundHistory": {"value": "[]"},
          "status": {"value": "DONE"}, "progress": {"value": "已辦理"}, "suggestion": {"value": "close"}}}""");

    assertThat(response.getStatusCode().value()).as(response.getBody()).isEqualTo(400);
    assertThat(response.getBody()).contains("subject");
    assertThat(taskService.createTaskQuery().taskId(task).count()).isOne();
    assertThat(repository.reportsOfItem(first.id())).isEmpty();
    assertThat(runtimeService.getVariable(first.processInstanceId(), "subject")).isNotEqualTo("改寫的案由");
  }

  @Test
  void shouldNotLetTheSecretariatStartAFollowUpOverRest() {
    long before = runtimeService.createProcessInstanceQuery().processDefinitionKey(MeetingRegistration.PROCESS).count();

    ResponseEntity<String> response = post("ethics-clerk", "/engine-rest/process-definition/key/resolution-follow-up/start", """
        {"businessKey": "forged", "variables": {"itemId": {"value": %d, "type": "Long"}}}""".formatted(second.id()));

    assertThat(response.getStatusCode().is4xxClientError()).as(response.getBody()).isTrue();
    assertThat(runtimeService.createProcessInstanceQuery().processDefinitionKey(MeetingRegistration.PROCESS).count()).isEqualTo(before);
  }

  @Test
  void shouldNotLetAnAdminStartASecondFollowUpOfARegisteredItem() {
    long before = runtimeService.createProcessInstanceQuery().processDefinitionKey(MeetingRegistration.PROCESS).count();

    ResponseEntity<String> response = post("admin", "/engine-rest/process-definition/key/resolution-follow-up/start", """
        {"businessKey": "%s", "variables": {"itemId": {"value": %d, "type": "Long"}}}""".formatted(second.businessKey(), second.id()));

    assertThat(response.getStatusCode().is4xxClientError()).as(response.getBody()).isTrue();
    assertThat(runtimeService.createProcessInstanceQuery().processDefinitionKey(MeetingRegistration.PROCESS).count()).isEqualTo(before);
  }

  private String reportTask(MeetingRegistration.RegisteredItem item, String unit) {
    List<Task> tasks = taskService.createTaskQuery().processInstanceId(item.processInstanceId()).taskCandidateGroup(unit).list();
    assertThat(tasks).hasSize(1);
    return tasks.get(0).getId();
  }

  private ResponseEntity<String> complete(String user, String taskId, String body) {
    return post(user, "/engine-rest/task/" + taskId + "/complete", body);
  }

  private ResponseEntity<String> post(String user, String path, String body) {
    HttpHeaders headers = new HttpHeaders();
    headers.setContentType(MediaType.APPLICATION_JSON);
    return http.withBasicAuth(user, "demo").exchange(path, HttpMethod.POST, new HttpEntity<>(body, headers), String.class);
  }
}
