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
    assertFiguresStored(itemId);

    // A report: education no longer owes.
    reportAs(instance, "education");
    assertThat(units(itemId)).containsExactly("construction lead owes", "education lead", "planning co owes");
    assertFiguresStored(itemId);
    assertThat(firstReports(itemId)).containsExactly("1 construction -", "1 education reported");

    // The secretariat corrects the units: construction leaves, social-affairs comes; education keeps its report.
    ResponseEntity<String> corrected = send(HttpMethod.PATCH, "/api/meetings/" + meetingId + "/items/一", """
        {"leadUnits": ["education", "social-affairs"], "coUnits": ["planning"]}""");
    assertThat(corrected.getStatusCode().value()).as(corrected.getBody()).isEqualTo(200);
    assertThat(units(itemId)).containsExactly("education lead", "planning co owes", "social-affairs lead owes");
    assertThat(roundUnits(itemId, 1)).containsExactly("education", "social-affairs");
    assertFiguresStored(itemId);
    // A new due date of the round reaches the unit rows.
    ResponseEntity<String> due = send(HttpMethod.PATCH, "/api/meetings/" + meetingId + "/items/一", """
        {"dueDate": "2016-12-30"}""");
    assertThat(due.getStatusCode().value()).as(due.getBody()).isEqualTo(200);
    assertFiguresStored(itemId);
    assertThat(jdbc.queryForList("select distinct due_date from app_follow_up_item_unit where item_id = ?", java.sql.Date.class, itemId))
        .extracting(Object::toString).containsExactly("2016-12-30");
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
    assertFiguresStored(itemId);
    assertThat(jdbc.queryForList("select distinct status from app_follow_up_item_unit where item_id = ?", String.class, itemId))
        .containsExactly("AWAITING_SECRETARIAT");

    // Returned to education: it owes again, the others do not.
    complete(instance, "secretariat-review", Map.of("returnTo", List.of("education"), "returnReason", "請補充辦理日期"));
    assertThat(units(itemId)).containsExactly("education lead owes", "planning co", "social-affairs lead");
    assertFiguresStored(itemId);
    reportAs(instance, "education");
    assertFiguresStored(itemId);
    assertThat(units(itemId)).containsExactly("education lead", "planning co", "social-affairs lead");

    // Continued with another lead unit: round 2 goes to administration, the 協辦單位 reports again.
    complete(instance, "secretariat-review", Map.of("recommendation", "continue"));
    complete(instance, "chair-ruling", Map.of("ruling", "continue", "instruction", "請行政處接續辦理",
        "newDueDate", LocalDate.now().plusYears(1).toString(), "leadUnits", List.of("administration")));
    assertThat(units(itemId)).containsExactly("administration lead owes", "planning co owes");
    assertThat(roundUnits(itemId, 1)).containsExactly("education", "social-affairs");
    assertThat(roundUnits(itemId, 2)).containsExactly("administration");
    assertThat(jdbc.queryForObject("select lead_units from app_follow_up_item where id = ?", String.class, itemId)).isEqualTo("administration");
    assertFiguresStored(itemId);
    assertThat(firstReports(itemId)).containsExactly("1 education reported", "1 social-affairs reported", "2 administration -");

    // Reported, recommended for closing and closed: the rows say CLOSED with the closing time.
    reportAs(instance, "administration");
    reportAs(instance, "planning");
    assertFiguresStored(itemId);
    complete(instance, "secretariat-review", Map.of("recommendation", "close", "consolidatedProgress", "已辦理"));
    assertFiguresStored(itemId);
    complete(instance, "chair-ruling", Map.of("ruling", "close"));
    assertFiguresStored(itemId);
    assertThat(jdbc.queryForList("select distinct status from app_follow_up_item_unit where item_id = ?", String.class, itemId))
        .containsExactly("CLOSED");
    assertThat(jdbc.queryForList("select distinct item_status from app_follow_up_round_unit where item_id = ?", String.class, itemId))
        .containsExactly("CLOSED");
    assertThat(jdbc.queryForObject("select count(*) from app_follow_up_item_unit where item_id = ? and closed_at is not null", Integer.class,
        itemId)).isEqualTo(2);

    // Closing added the item's final figures to the statistics' counters (V21) once: per unit of its rounds (education
    // and social-affairs reported round 1 after its due date, administration round 2 in time; only administration
    // leads it now) and for the meeting as a whole ('*': one item, two rounds, three unit-rounds).
    String closedOn = tw.gov.securitymeeting.system.RocDates.today().toString();
    List<String> expected = List.of(
        "* " + closedOn + " items 1 leads 1 rounds 2 due 3 on time 1",
        "administration " + closedOn + " items 1 leads 1 rounds 1 due 1 on time 1",
        "education " + closedOn + " items 1 leads 0 rounds 1 due 1 on time 0",
        "social-affairs " + closedOn + " items 1 leads 0 rounds 1 due 1 on time 0");
    assertThat(tally(meetingId)).containsExactlyElementsOf(expected);
    // The same figures as the V22 back-fill computes them from the rows.
    jdbc.update("delete from app_follow_up_closed_tally where meeting_id = ?", meetingId);
    jdbc.execute((org.springframework.jdbc.core.ConnectionCallback<Void>) connection -> {
      db.migration.V22__follow_up_closed_tally_backfill.add(connection, " and i.meeting_id = ?", List.of(meetingId));
      return null;
    });
    assertThat(tally(meetingId)).containsExactlyElementsOf(expected);
    // Counters add up: a second item of the meeting closed the same day adds to the same rows (here: the same figures again).
    jdbc.execute((org.springframework.jdbc.core.ConnectionCallback<Void>) connection -> {
      db.migration.V22__follow_up_closed_tally_backfill.add(connection, " and i.meeting_id = ?", List.of(meetingId));
      return null;
    });
    assertThat(tally(meetingId)).containsExactly(
        "* " + closedOn + " items 2 leads 2 rounds 4 due 6 on time 2",
        "administration " + closedOn + " items 2 leads 2 rounds 2 due 2 on time 2",
        "education " + closedOn + " items 2 leads 0 rounds 2 due 2 on time 0",
        "social-affairs " + closedOn + " items 2 leads 0 rounds 2 due 2 on time 0");
  }

  private List<String> tally(long meetingId) {
    return jdbc.query("""
        select unit_id, closed_on, items, lead_items, rounds, rounds_due, on_time from app_follow_up_closed_tally
        where meeting_id = ? order by unit_id""",
        (rs, n) -> rs.getString("unit_id") + " " + rs.getDate("closed_on") + " items " + rs.getInt("items") + " leads "
            + rs.getInt("lead_items") + " rounds " + rs.getInt("rounds") + " due " + rs.getInt("rounds_due") + " on time "
            + rs.getInt("on_time"), meetingId);
  }

  /**
   * The figure columns of the item's unit rows (V17) equal what the item, its meeting, rounds and reports say now,
   * computed here by joins as 統計 did before the columns existed.
   */
  private void assertFiguresStored(long itemId) {
    assertThat(jdbc.queryForList("""
        select u.unit_id || ' ' || u.status || ' ' || u.due_date || ' ' || coalesce(cast(u.closed_at as varchar(40)), '-') || ' '
          || u.meeting_id || ' ' || u.held_on from app_follow_up_item_unit u where u.item_id = ? order by u.unit_id """, String.class, itemId))
        .isNotEmpty()
        .isEqualTo(jdbc.queryForList("""
            select u.unit_id || ' ' || i.status || ' ' || i.due_date || ' ' || coalesce(cast(i.closed_at as varchar(40)), '-') || ' '
              || i.meeting_id || ' ' || m.held_on from app_follow_up_item_unit u join app_follow_up_item i on i.id = u.item_id
            join app_meeting m on m.id = i.meeting_id where u.item_id = ? order by u.unit_id """, String.class, itemId));
    assertThat(jdbc.queryForList("""
        select u.round_id || ' ' || u.unit_id || ' ' || u.meeting_id || ' ' || u.held_on || ' ' || u.item_status || ' ' || u.due_date || ' '
          || coalesce(cast(u.first_report_at as varchar(40)), '-') from app_follow_up_round_unit u where u.item_id = ?
        order by u.round_id, u.unit_id """, String.class, itemId))
        .isNotEmpty()
        .isEqualTo(jdbc.queryForList("""
            select u.round_id || ' ' || u.unit_id || ' ' || i.meeting_id || ' ' || m.held_on || ' ' || i.status || ' ' || r.due_date || ' '
              || coalesce(cast((select min(p.reported_at) from app_progress_report p where p.round_id = r.id and p.unit_id = u.unit_id)
                as varchar(40)), '-')
            from app_follow_up_round_unit u join app_follow_up_round r on r.id = u.round_id join app_follow_up_item i on i.id = u.item_id
            join app_meeting m on m.id = i.meeting_id where u.item_id = ? order by u.round_id, u.unit_id """, String.class, itemId));
  }

  /** "round unit reported|-" of the item's round unit rows. */
  private List<String> firstReports(long itemId) {
    return jdbc.query("""
        select r.round_number, u.unit_id, u.first_report_at from app_follow_up_round_unit u join app_follow_up_round r on r.id = u.round_id
        where u.item_id = ? order by r.round_number, u.unit_id """,
        (rs, n) -> rs.getInt("round_number") + " " + rs.getString("unit_id") + " " + (rs.getTimestamp("first_report_at") == null ? "-" : "reported"),
        itemId);
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
