package tw.gov.securitymeeting.overview;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;
import tw.gov.securitymeeting.ApplicationTest;

/**
 * app_follow_up_item_unit and app_follow_up_round_unit (V15), which 總覽 and 統計 read, follow the comma-joined units
 * through the whole follow-up: registration, a report, a correction of the units, a return, a continued item's new
 * round with other units. Each step compares the rows with what the item's columns say.
 */
@ApplicationTest
class ItemUnitsTest {

  @Autowired TestRestTemplate http;
  @Autowired TaskService taskService;
  @Autowired JdbcTemplate jdbc;
  final ObjectMapper json = new ObjectMapper();

  @Test
  void shouldKeepTheUnitRowsWithTheItemThroughItsRounds() throws Exception {
    long meetingId = register("""
        {"title": "%s", "session": "105年第2次", "heldOn": "2016-10-19", "nextMeetingOn": "2017-01-18", "items": [
          {"number": "一", "kind": "RESOLUTION", "subject": "路燈螺栓", "leadUnits": ["construction", "education"], "coUnits": ["planning"]}]}"""
        .formatted("單位列測試 " + UUID.randomUUID()));
    long itemId = jdbc.queryForObject("select id from app_follow_up_item where meeting_id = ?", Long.class, meetingId);
    String instance = jdbc.queryForObject("select process_instance_id from app_follow_up_item where id = ?", String.class, itemId);

    // Registered: two lead units and one 協辦單位, all owing their report; round 1 given to the lead units.
    assertThat(units(itemId)).containsExactly("construction lead owes", "education lead owes", "planning co owes");
    assertThat(roundUnits(itemId, 1)).containsExactly("construction", "education");

    // A report: education no longer owes.
    reportAs(instance, "education");
    assertThat(units(itemId)).containsExactly("construction lead owes", "education lead", "planning co owes");

    // The secretariat corrects the units: construction leaves, social-affairs comes; education keeps its report.
    ResponseEntity<String> corrected = send(HttpMethod.PATCH, "/api/meetings/" + meetingId + "/items/一", """
        {"leadUnits": ["education", "social-affairs"], "coUnits": ["planning"]}""");
    assertThat(corrected.getStatusCode().value()).as(corrected.getBody()).isEqualTo(200);
    assertThat(units(itemId)).containsExactly("education lead", "planning co owes", "social-affairs lead owes");
    assertThat(roundUnits(itemId, 1)).containsExactly("education", "social-affairs");
    // The item page names the meeting with its 次別 and lists the correction.
    String page = http.withBasicAuth("chair", "demo").getForObject("/items/" + itemId, String.class);
    assertThat(page).contains("（105年第2次）（105年10月19日(星期三)）", "id=\"corrections\"");
    assertThat(page).containsSubsequence("主辦單位", "建設處、教育處", "教育處、社會局", "政風處承辦人");
    // social-affairs now sees the item; construction, no longer named in any round, gets 404.
    assertThat(http.withBasicAuth("social-affairs-clerk", "demo").getForEntity("/items/" + itemId, String.class).getStatusCode().value())
        .isEqualTo(200);
    assertThat(http.withBasicAuth("construction-clerk", "demo").getForEntity("/items/" + itemId, String.class).getStatusCode().value())
        .isEqualTo(404);

    reportAs(instance, "social-affairs");
    reportAs(instance, "planning");
    assertThat(units(itemId)).containsExactly("education lead", "planning co", "social-affairs lead");

    // Returned to education: it owes again, the others do not.
    complete(instance, "secretariat-review", Map.of("returnTo", List.of("education"), "returnReason", "請補充辦理日期"));
    assertThat(units(itemId)).containsExactly("education lead owes", "planning co", "social-affairs lead");
    reportAs(instance, "education");
    assertThat(units(itemId)).containsExactly("education lead", "planning co", "social-affairs lead");

    // Continued with another lead unit: round 2 goes to administration, the 協辦單位 reports again.
    complete(instance, "secretariat-review", Map.of("recommendation", "continue"));
    complete(instance, "chair-ruling", Map.of("ruling", "continue", "instruction", "請行政處接續辦理",
        "newDueDate", LocalDate.now().plusYears(1).toString(), "leadUnits", List.of("administration")));
    assertThat(units(itemId)).containsExactly("administration lead owes", "planning co owes");
    assertThat(roundUnits(itemId, 1)).containsExactly("education", "social-affairs");
    assertThat(roundUnits(itemId, 2)).containsExactly("administration");
    assertThat(jdbc.queryForObject("select lead_units from app_follow_up_item where id = ?", String.class, itemId)).isEqualTo("administration");
  }

  /** "unit lead|co [owes]" of the item's rows, by unit. */
  private List<String> units(long itemId) {
    return jdbc.query("select * from app_follow_up_item_unit where item_id = ? order by unit_id",
        (rs, n) -> rs.getString("unit_id") + (rs.getBoolean("is_lead") ? " lead" : "") + (rs.getBoolean("is_co") ? " co" : "")
            + (rs.getBoolean("owes_report") ? " owes" : ""), itemId);
  }

  private List<String> roundUnits(long itemId, int round) {
    return jdbc.queryForList("""
        select u.unit_id from app_follow_up_round_unit u join app_follow_up_round r on r.id = u.round_id
        where r.item_id = ? and r.round_number = ? and u.item_id = r.item_id order by u.unit_id""", String.class, itemId, round);
  }

  private void reportAs(String instance, String unit) {
    Task task = taskService.createTaskQuery().processInstanceId(instance).taskDefinitionKey("report-progress").list().stream()
        .filter(t -> unit.equals(taskService.getVariable(t.getId(), "unit"))).findFirst().orElseThrow();
    taskService.complete(task.getId(), Map.of("status", "DONE", "progress", "已辦理", "suggestion", "close"));
  }

  private void complete(String instance, String key, Map<String, Object> variables) {
    Task task = taskService.createTaskQuery().processInstanceId(instance).taskDefinitionKey(key).singleResult();
    taskService.complete(task.getId(), variables);
  }

  private long register(String body) throws Exception {
    ResponseEntity<String> response = send(HttpMethod.POST, "/api/meetings", body);
    assertThat(response.getStatusCode().value()).as(response.getBody()).isEqualTo(201);
    return json.readTree(response.getBody()).get("id").asLong();
  }

  private ResponseEntity<String> send(HttpMethod method, String path, String body) {
    HttpHeaders headers = new HttpHeaders();
    headers.setContentType(MediaType.APPLICATION_JSON);
    return http.withBasicAuth("ethics-clerk", "demo").exchange(path, method, new HttpEntity<>(body, headers), String.class);
  }
}
