package tw.gov.securitymeeting.followup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.InputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.FormService;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.authorization.ProcessDefinitionPermissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.camunda.spin.plugin.variable.SpinValues;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tw.gov.securitymeeting.ApplicationTest;
import tw.gov.securitymeeting.organization.Organization;

/**
 * Walkthroughs of meeting-registration.bpmn, started as Tasklist starts it: the start form's
 * variables (dates as strings, the dynamic list as a Json variable) submitted by a signed-in user.
 */
@ApplicationTest
class MeetingRegistrationProcessTest {

  static final String PROCESS = "meeting-registration";

  @Autowired ProcessEngine processEngine;
  @Autowired FormService formService;
  @Autowired IdentityService identityService;
  @Autowired RepositoryService repositoryService;
  @Autowired RuntimeService runtimeService;
  @Autowired HistoryService historyService;
  @Autowired TaskService taskService;
  @Autowired AuthorizationService authorizationService;
  @Autowired MeetingQueries queries;
  @Autowired Organization organization;
  final ObjectMapper json = new ObjectMapper();

  @BeforeEach
  void setUp() {
    BpmnAwareTests.init(processEngine);
  }

  @AfterEach
  void signOut() {
    identityService.clearAuthentication();
  }

  @Test
  void shouldRegisterTheMeetingsFieldsKindsAndCoUnitsFromTheForm() {
    String title = "嘉義縣政府安全維護會報 " + UUID.randomUUID();
    Map<String, Object> variables = form(title, "2016-10-19", "2017-01-18", """
        [{"number": "提案一", "kind": "PROPOSAL", "proposingUnit": "ethics", "subject": "複核", "leadUnits": ["planning"],
          "coUnits": ["education"]},
         {"number": "臨時動議一", "kind": "AD_HOC_MOTION", "subject": "門禁", "leadUnits": ["administration"], "coUnits": []},
         {"number": "裁示一", "kind": "INSTRUCTION", "reportItem": "報告事項一", "subject": "演練", "leadUnits": ["planning"]}]""");
    variables.putAll(Map.of("series", "嘉義縣政府安全維護會報", "session", "105年第2次", "time", "14:30", "place", "第一會議室",
        "chair", "吳副縣長", "recorder", "王小明", "documentNumber", "府政字第1號"));

    ProcessInstance started = startAs("ethics-clerk", "ethics", variables);

    MeetingViews.Meeting meeting = queries.meeting((Long) historicVariable(started, "meetingId")).orElseThrow();
    assertThat(List.of(meeting.series(), meeting.session(), meeting.time().toString(), meeting.place(), meeting.chair(), meeting.recorder(),
        meeting.documentNumber())).containsExactly("嘉義縣政府安全維護會報", "105年第2次", "14:30", "第一會議室", "吳副縣長", "王小明", "府政字第1號");
    assertThat(meeting.items()).extracting(MeetingViews.Item::kind)
        .containsExactly(ItemKind.PROPOSAL, ItemKind.AD_HOC_MOTION, ItemKind.INSTRUCTION);
    assertThat(meeting.items().get(0).proposingUnit().id()).isEqualTo("ethics");
    assertThat(meeting.items().get(0).coUnits()).extracting(MeetingViews.Unit::id).containsExactly("education");
    assertThat(meeting.items().get(2).reportItem()).isEqualTo("報告事項一");
    assertThat(taskService.createTaskQuery().processInstanceId(meeting.items().get(0).processInstanceId()).list()).hasSize(2);
  }

  @Test
  void shouldReadTheItemsFromAJsonTextOrAJavaListToo() {
    Map<String, Object> text = form("文字清單 " + UUID.randomUUID(), "2016-10-19", null, "[]");
    text.put("items", """
        [{"number": 1, "kind": "RESOLUTION", "subject": "文字", "leadUnits": "construction、education", "coUnits": null}]""");
    Map<String, Object> list = form("清單 " + UUID.randomUUID(), "2016-10-19", null, "[]");
    list.put("items", List.of(Map.of("number", "一", "kind", "PROPOSAL", "subject", "清單", "leadUnits", List.of("ethics"),
        "coUnits", List.of("planning"))));

    MeetingViews.Meeting fromText = queries.meeting((Long) historicVariable(startAs("ethics-clerk", "ethics", text), "meetingId")).orElseThrow();
    MeetingViews.Meeting fromList = queries.meeting((Long) historicVariable(startAs("ethics-clerk", "ethics", list), "meetingId")).orElseThrow();

    assertThat(fromText.items().get(0).number()).isEqualTo("1");
    assertThat(fromText.items().get(0).leadUnits()).extracting(MeetingViews.Unit::id).containsExactly("construction", "education");
    assertThat(fromList.items().get(0).coUnits()).extracting(MeetingViews.Unit::id).containsExactly("planning");
    Map<String, Object> notAList = form("壞清單 " + UUID.randomUUID(), "2016-10-19", null, "[]");
    notAList.put("items", "{not json");
    assertThatThrownBy(() -> startAs("ethics-clerk", "ethics", notAList)).hasMessageContaining("決議事項的格式不正確");
  }

  @Test
  void shouldRegisterTheMeetingAndStartTheFollowUpOfEveryItem() {
    String title = "嘉義縣政府105年第3次安全維護會報 " + UUID.randomUUID();
    Map<String, Object> variables = form(title, "2016-10-19", "2017-01-18", """
        [{"number": "一", "kind": "PROPOSAL", "subject": "上網公告增加複核", "decision": "照案通過", "leadUnits": ["ethics"]},
         {"number": "二", "kind": "INSTRUCTION", "subject": "路燈螺栓", "decision": "請建設處及教育處轉知",
          "leadUnits": ["construction", "education"], "dueDate": "2016-12-31"},
         {"number": "三", "kind": "RESOLUTION", "subject": "加強宣導", "decision": null, "leadUnits": ["all"], "dueDate": null}]""");

    ProcessInstance started = startAs("ethics-clerk", "ethics", variables);

    assertThat(started).isEnded().hasPassedInOrder("meeting-submitted", "register-meeting", "meeting-registered");
    long meetingId = (Long) historicVariable(started, "meetingId");
    assertThat((String) historicVariable(started, "registrationSummary"))
        .contains(title, "民國105年10月19日", "共 3 項", "一（政風處）", "二（建設處、教育處）", "三（本府各處暨所屬各機關）");

    MeetingViews.Meeting meeting = queries.meeting(meetingId).orElseThrow();
    assertThat(meeting.title()).isEqualTo(title);
    assertThat(meeting.heldOn()).isEqualTo(LocalDate.of(2016, 10, 19));
    assertThat(meeting.nextMeetingOn()).isEqualTo(LocalDate.of(2017, 1, 18));
    assertThat(meeting.registeredBy()).isEqualTo("ethics-clerk");
    assertThat(meeting.items()).extracting(MeetingViews.Item::number).containsExactly("一", "二", "三");
    assertThat(meeting.items()).extracting(MeetingViews.Item::kind)
        .containsExactly(ItemKind.PROPOSAL, ItemKind.INSTRUCTION, ItemKind.RESOLUTION);
    assertThat(meeting.items().get(0).dueDate()).isEqualTo(LocalDate.of(2017, 1, 4));
    assertThat(meeting.items().get(1).dueDate()).isEqualTo(LocalDate.of(2016, 12, 31));
    assertThat(meeting.items().get(1).leadUnits()).extracting(MeetingViews.Unit::id).containsExactly("construction", "education");
    assertThat(meeting.items().get(2).allUnits()).isTrue();

    for (MeetingViews.Item item : meeting.items()) {
      ProcessInstance followUp = runtimeService.createProcessInstanceQuery().processInstanceId(item.processInstanceId()).singleResult();
      assertThat(followUp).isNotNull().isActive().isWaitingAt("report-progress");
      assertThat(followUp.getBusinessKey()).isEqualTo(meetingId + "-" + item.number());
    }
    assertThat(taskService.createTaskQuery().processInstanceId(meeting.items().get(1).processInstanceId()).list())
        .hasSize(2);
    assertThat(taskService.createTaskQuery().processInstanceId(meeting.items().get(2).processInstanceId()).count())
        .isEqualTo(organization.unitIds().size());
  }

  @Test
  void shouldRefuseABadMeetingWithEveryReasonInChineseAndRegisterNothing() {
    int meetingsBefore = queries.meetings().size();
    long instancesBefore = historyService.createHistoricProcessInstanceQuery().processDefinitionKey(PROCESS).count();
    Map<String, Object> variables = form("  ", "2016-10-19", "2016-10-01", """
        [{"number": "一", "kind": "PROPOSAL", "subject": "上網公告增加複核", "leadUnits": ["ethics"]},
         {"number": "一", "kind": "RESOLUTION", "subject": "", "leadUnits": ["police"], "dueDate": "2016-09-30"}]""");

    assertThatThrownBy(() -> startAs("ethics-clerk", "ethics", variables))
        .isInstanceOf(FormFieldValidationException.class)
        .hasMessageContaining("請填寫「會議名稱」。")
        .hasMessageContaining("下次開會日期必須晚於開會日期。")
        .hasMessageContaining("第 2 項決議事項：編號「一」重複")
        .hasMessageContaining("第 2 項決議事項：請填寫「案由」。")
        .hasMessageContaining("第 2 項決議事項：沒有代號為「police」的單位")
        .hasMessageContaining("第 2 項決議事項：辦理期限不可早於開會日期。");

    assertThat(queries.meetings()).hasSize(meetingsBefore);
    assertThat(historyService.createHistoricProcessInstanceQuery().processDefinitionKey(PROCESS).count()).isEqualTo(instancesBefore);
  }

  @Test
  void shouldRefuseAMeetingWithoutItems() {
    Map<String, Object> variables = form("沒有決議事項的會報 " + UUID.randomUUID(), "2016-10-19", null, "[]");

    assertThatThrownBy(() -> startAs("ethics-clerk", "ethics", variables))
        .isInstanceOf(FormFieldValidationException.class)
        .hasMessageContaining("請至少列出一項決議事項。");
  }

  @Test
  void shouldRefuseToRegisterTheSameMeetingTwice() {
    String title = "重複登錄的會報 " + UUID.randomUUID();
    String items = """
        [{"number": "一", "kind": "RESOLUTION", "subject": "加強宣導", "leadUnits": ["ethics"]}]""";
    startAs("ethics-clerk", "ethics", form(title, "2016-10-19", null, items));
    int meetingsBefore = queries.meetings().size();

    assertThatThrownBy(() -> startAs("ethics-clerk", "ethics", form(title, "2016-10-19", null, items)))
        .isInstanceOf(FormFieldValidationException.class)
        .hasMessageContaining("已經登錄過");
    assertThat(queries.meetings()).hasSize(meetingsBefore);
  }

  @Test
  void shouldLetOnlyTheSecretariatStartIt() {
    assertThat(authorizationService.isUserAuthorized("ethics-clerk", List.of("ethics"),
        ProcessDefinitionPermissions.CREATE_INSTANCE, Resources.PROCESS_DEFINITION, PROCESS)).isTrue();
    assertThat(authorizationService.isUserAuthorized("planning-clerk", List.of("planning"),
        ProcessDefinitionPermissions.CREATE_INSTANCE, Resources.PROCESS_DEFINITION, PROCESS)).isFalse();
    // The secretariat is configurable: the model names no group (no candidateStarterGroups).
    assertThat(repositoryService.getIdentityLinksForProcessDefinition(
        repositoryService.createProcessDefinitionQuery().processDefinitionKey(PROCESS).latestVersion().singleResult().getId()))
        .isEmpty();

    Map<String, Object> variables = form("綜規處不能登錄的會報 " + UUID.randomUUID(), "2016-10-19", null, """
        [{"number": "一", "kind": "RESOLUTION", "subject": "加強宣導", "leadUnits": ["planning"]}]""");
    assertThatThrownBy(() -> startAs("planning-clerk", "planning", variables)).isInstanceOf(AuthorizationException.class);
  }

  @Test
  void shouldOfferTheUnitsOfTheOrganisationFileInTheStartForm() throws Exception {
    JsonNode form;
    try (InputStream in = getClass().getResourceAsStream("/forms/meeting-submitted.form")) {
      form = json.readTree(in);
    }
    JsonNode list = null;
    for (JsonNode component : form.get("components")) {
      if ("dynamiclist".equals(component.path("type").asText())) {
        list = component;
      }
    }
    assertThat(list).isNotNull();
    assertThat(list.get("path").asText()).isEqualTo("items");
    Map<String, String> offered = new HashMap<>();
    List<String> order = new ArrayList<>();
    for (JsonNode component : list.get("components")) {
      if ("leadUnits".equals(component.path("key").asText())) {
        component.get("values").forEach(v -> {
          offered.put(v.get("value").asText(), v.get("label").asText());
          order.add(v.get("value").asText());
        });
      }
    }
    List<String> expected = new ArrayList<>(List.of(FollowUpItems.ALL_UNITS));
    expected.addAll(organization.unitIds());
    assertThat(order).containsExactlyElementsOf(expected);
    for (String unit : organization.unitIds()) {
      assertThat(offered.get(unit)).isEqualTo(organization.unitName(unit));
    }
  }

  /** The variables as Tasklist submits the start form. */
  private static Map<String, Object> form(String title, String heldOn, String nextMeetingOn, String itemsJson) {
    Map<String, Object> variables = new HashMap<>();
    variables.put("title", title);
    variables.put("heldOn", heldOn);
    variables.put("nextMeetingOn", nextMeetingOn);
    variables.put("items", SpinValues.jsonValue(itemsJson).create());
    return variables;
  }

  private ProcessInstance startAs(String userId, String group, Map<String, Object> variables) {
    ProcessDefinition definition = repositoryService.createProcessDefinitionQuery().processDefinitionKey(PROCESS).latestVersion().singleResult();
    identityService.setAuthentication(userId, List.of(group));
    try {
      return formService.submitStartForm(definition.getId(), variables);
    } finally {
      identityService.clearAuthentication();
    }
  }

  private Object historicVariable(ProcessInstance instance, String name) {
    return historyService.createHistoricVariableInstanceQuery().processInstanceId(instance.getId()).variableName(name)
        .singleResult().getValue();
  }
}
