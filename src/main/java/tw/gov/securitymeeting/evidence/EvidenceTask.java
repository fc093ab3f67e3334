package tw.gov.securitymeeting.evidence;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.spin.plugin.variable.value.JsonValue;
import org.springframework.stereotype.Component;
import tw.gov.securitymeeting.organization.FilterColumns;
import tw.gov.securitymeeting.organization.Organization;
import tw.gov.securitymeeting.system.ApiException;
import tw.gov.securitymeeting.system.CurrentUser;
import tw.gov.securitymeeting.system.FieldProblem;
import tw.gov.securitymeeting.system.InvalidRequestException;
import tw.gov.securitymeeting.system.RocDates;
import tw.gov.securitymeeting.system.SubmittedValues;

/**
 * Every user task of digital-evidence-preservation.bpmn: on create it takes its name from the
 * configuration and enters the timeline; on complete it checks and records the answer of its step
 * (a refusal is a 400 in Chinese) and notes who completed it and when.
 */
@Component("evidenceTask")
class EvidenceTask implements TaskListener {

  static final int MAX_TEXT = 4000;
  static final int MAX_REPORT = 8000;
  static final Map<String, IncidentStatus> STATUS = Map.of(
      "notify-incident", IncidentStatus.NOTIFYING, "form-task-force", IncidentStatus.FORMING,
      "custody-transfer", IncidentStatus.CUSTODY, "write-incident-report", IncidentStatus.REPORTING,
      "review-incident-report", IncidentStatus.REVIEWING);

  private final EvidencePolicy policy;
  private final IncidentRepository incidents;
  private final EvidenceItems evidence;
  private final Organization organization;
  private final CurrentUser currentUser;

  EvidenceTask(EvidencePolicy policy, IncidentRepository incidents, EvidenceItems evidence, Organization organization,
      CurrentUser currentUser) {
    this.policy = policy;
    this.incidents = incidents;
    this.evidence = evidence;
    this.organization = organization;
    this.currentUser = currentUser;
  }

  @Override
  public void notify(DelegateTask task) {
    if (EVENTNAME_CREATE.equals(task.getEventName())) {
      onCreate(task);
    } else if (EVENTNAME_COMPLETE.equals(task.getEventName())) {
      onComplete(task);
    }
  }

  private void onCreate(DelegateTask task) {
    String key = task.getTaskDefinitionKey();
    task.setName(policy.stepName(key, task.getName()));
    task.setDescription((String) task.getVariable("incidentSummary"));
    FilterColumns.set(task, task.getVariable("incidentSummary"), "資安事件數位證據保全", task.getVariable("unitName"));
    if ("form-task-force".equals(key)) {
      task.setVariableLocal("memberOptions", memberOptions((String) task.getVariable("unit")));
      // The step's own "members" (an input parameter) typed as JSON, so that Tasklist sends the ticked boxes back as an array.
      task.getExecution().setVariableLocal("members", SubmittedValues.json(List.of()));
    }
    long id = incidentId(task);
    if ("custody-transfer".equals(key)) {
      showCustody(task, id);
    }
    incidents.stepCreated(id, task.getId(), key, task.getName(), RocDates.now(),
        task.getDueDate() == null ? null : task.getDueDate().toInstant());
    IncidentStatus status = STATUS.getOrDefault(key, IncidentStatus.HANDLING);
    incidents.setStatus(id, status);
  }

  private void onComplete(DelegateTask task) {
    long id = incidentId(task);
    switch (task.getTaskDefinitionKey()) {
      case "notify-incident" -> notification(task, id);
      case "form-task-force" -> taskForce(task, id);
      case "convene-response-meeting" -> required(task, "meetingMinutes", "應變會議決議摘要", MAX_TEXT);
      case "preserve-scene" -> required(task, "sceneRecord", "現場保全紀錄", MAX_TEXT);
      case "acquire-evidence" -> acquisition(task, id);
      case "contain-and-recover" -> recovery(task, id);
      case "custody-transfer" -> custody(task, id);
      case "write-incident-report" -> report(task, id);
      case "review-incident-report" -> review(task);
      default -> { }
    }
    incidents.stepCompleted(task.getId(), currentUser.id(), RocDates.now());
  }

  private void notification(DelegateTask task, long id) {
    List<FieldProblem> problems = new ArrayList<>();
    String channel = Inputs.required(Inputs.text(task, "notifyChannel"), "notifyChannel", "通報管道", 200, problems);
    String reference = Inputs.required(Inputs.text(task, "notifyReference"), "notifyReference", "通報編號", 200, problems);
    Instant at = Inputs.time(task.getVariable("notifiedAt"), "notifiedAt", "通報時間", true, problems);
    if (at != null && at.isAfter(RocDates.now())) {
      problems.add(new FieldProblem("notifiedAt", "通報時間不可晚於現在。"));
    }
    refuseIf(problems);
    incidents.recordNotification(id, channel, reference, at);
  }

  /** The people who may be named, as the choices of the form's checklist: 「name（unit）」. */
  private JsonValue memberOptions(String unit) {
    List<String> allowed = policy.groupList("members", unit);
    List<Map<String, String>> options = new ArrayList<>();
    for (Organization.Member member : organization.users()) {
      List<String> units = member.groups() == null ? List.of() : member.groups().stream().filter(allowed::contains).toList();
      if (!units.isEmpty()) {
        options.add(Map.of("value", member.id(), "label",
            member.name() + "（" + String.join("、", units.stream().map(organization::unitName).toList()) + "）"));
      }
    }
    return SubmittedValues.json(options);
  }

  private void taskForce(DelegateTask task, long id) {
    String unit = (String) task.getVariable("unit");
    List<String> allowed = policy.groupList("members", unit);
    List<String> members = SubmittedValues.ids(task.getVariable("members"), "members", "工作小組成員");
    if (members.isEmpty()) {
      throw Inputs.refusal("members", "請指定至少一位工作小組成員（帳號）。");
    }
    List<FieldProblem> problems = new ArrayList<>();
    for (String member : members) {
      var user = organization.user(member);
      if (user.isEmpty()) {
        problems.add(new FieldProblem("members", "沒有帳號為「" + member + "」的使用者。"));
      } else if (user.get().groups() == null || user.get().groups().stream().noneMatch(allowed::contains)) {
        problems.add(new FieldProblem("members", "「" + user.get().name() + "」（" + member + "）不屬於"
            + String.join("、", allowed.stream().map(organization::unitName).toList()) + "，不能擔任工作小組成員。"));
      }
    }
    refuseIf(problems);
    incidents.setMembers(id, members);
    task.setVariable("taskForce", String.join(",", members));
    task.setVariable("taskForceNames", String.join("、",
        members.stream().map(m -> organization.user(m).map(Organization.Member::name).orElse(m)).toList()));
  }

  private void acquisition(DelegateTask task, long id) {
    String description = Inputs.text(task, "evidenceDescription");
    String sha256 = Inputs.text(task, "evidenceSha256");
    if (description != null || sha256 != null) {
      try {
        evidence.addEntered(id, new EvidenceItemRequest(description, Inputs.text(task, "evidenceSourceDevice"),
            Inputs.text(task, "evidenceMethod"), sha256, Inputs.text(task, "evidenceAcquiredBy"), Inputs.text(task, "evidenceAcquiredAt")),
            currentUser.id());
      } catch (InvalidRequestException refused) {
        throw Inputs.refusal(refused.problems().stream()
            .map(p -> new FieldProblem("evidence" + Character.toUpperCase(p.field().charAt(0)) + p.field().substring(1), p.message()))
            .toList());
      }
    }
    if (evidence.items(id).isEmpty()) {
      throw Inputs.refusal("evidenceDescription", "請至少登錄一項證據：在此填寫（外部製作的映像檔及其 SHA-256），或在「附件與證據檔案上傳」頁面（/uploads.html）以事件編號 " + id + " 上傳檔案。");
    }
  }

  private void recovery(DelegateTask task, long id) {
    List<FieldProblem> problems = new ArrayList<>();
    Inputs.required(Inputs.text(task, "recoveryMeasures"), "recoveryMeasures", "損害控制與復原措施", MAX_TEXT, problems);
    Instant at = Inputs.time(task.getVariable("recoveredAt"), "recoveredAt", "完成復原時間", true, problems);
    if (at != null && at.isAfter(RocDates.now())) {
      problems.add(new FieldProblem("recoveredAt", "完成復原時間不可晚於現在。"));
    }
    refuseIf(problems);
    incidents.recordRecovery(id, at);
  }

  /** The hand-overs are recorded through the API; the step ends only when every item's chain holds. */
  /** The items to choose from and their chains so far; the choice of this round starts empty. */
  private void showCustody(DelegateTask task, long id) {
    List<Map<String, String>> options = new ArrayList<>();
    StringBuilder log = new StringBuilder();
    for (EvidenceRepository.ItemRow item : evidence.items(id)) {
      options.add(Map.of("value", String.valueOf(item.id()), "label", "證據 " + item.id() + "：" + item.description()));
      log.append("證據 ").append(item.id()).append("（").append(item.description()).append("）\n");
      for (EvidenceRepository.CustodyRow entry : evidence.custody(item.id())) {
        log.append("  ").append(entry.seq()).append(". ").append(RocDates.dateTime(entry.handedAt())).append(" ")
            .append(entry.handedBy()).append(" → ").append(entry.receivedBy()).append("（").append(entry.reason()).append("，")
            .append(entry.location()).append("）\n");
      }
    }
    task.setVariableLocal("evidenceOptions", SubmittedValues.json(options));
    task.setVariableLocal("custodyLog", log.isEmpty() ? "（尚無證據）" : log.toString().strip());
    task.setVariable("custodyDone", null);
  }

  /**
   * One hand-over per answer, if one is filled in, appended to the item's chain; 「登錄完成」 (the default
   * for API clients that send none) only when every item's chain and file verify.
   */
  private void custody(DelegateTask task, long id) {
    String item = Inputs.text(task, "custodyItem");
    List<String> handOver = List.of("custodyHandedBy", "custodyReceivedBy", "custodyReason", "custodyLocation", "custodyHandedAt");
    if (item != null || handOver.stream().anyMatch(field -> Inputs.text(task, field) != null)) {
      long itemId;
      try {
        itemId = Long.parseLong(item == null ? "" : item);
      } catch (NumberFormatException notAnItem) {
        throw Inputs.refusal("custodyItem", "請選擇移交的證據。");
      }
      try {
        evidence.handOver(id, itemId, new CustodyRequest(Inputs.text(task, "custodyHandedBy"), Inputs.text(task, "custodyReceivedBy"),
            Inputs.text(task, "custodyReason"), Inputs.text(task, "custodyLocation"), Inputs.text(task, "custodyHandedAt")),
            currentUser.id());
      } catch (InvalidRequestException refused) {
        throw Inputs.refusal(refused.problems().stream()
            .map(p -> new FieldProblem("custody" + Character.toUpperCase(p.field().charAt(0)) + p.field().substring(1), p.message()))
            .toList());
      } catch (ApiException notThisIncidents) {
        throw Inputs.refusal("custodyItem", notThisIncidents.getMessage());
      }
    }
    String done = Inputs.text(task, "custodyDone");
    if (done != null && !done.equals("more") && !done.equals("done")) {
      throw Inputs.refusal("custodyDone", "請選擇「繼續登錄移交」或「登錄完成」。");
    }
    if ("more".equals(done)) {
      return;
    }
    List<FieldProblem> problems = new ArrayList<>();
    for (EvidenceRepository.ItemRow each : evidence.items(id)) {
      EvidenceItems.Verification check = evidence.verify(id, each.id());
      if (!check.intact()) {
        problems.add(new FieldProblem("custodyDone", "證據 " + each.id() + "（" + each.description() + "）：" + check.problem()));
      }
    }
    refuseIf(problems);
  }

  private void report(DelegateTask task, long id) {
    List<FieldProblem> problems = new ArrayList<>();
    List<String> texts = new ArrayList<>();
    for (List<String> part : ReportParts.PARTS) {
      String label = part.get(1).substring(2);
      texts.add(Inputs.required(Inputs.text(task, part.get(0)), part.get(0), "「" + label + "」", MAX_REPORT, problems));
    }
    refuseIf(problems);
    incidents.saveReport(id, ReportParts.of(texts));
  }

  private void review(DelegateTask task) {
    String decision = Inputs.text(task, "decision");
    if (!"approve".equals(decision) && !"return".equals(decision)) {
      throw Inputs.refusal("decision", "請選擇審核結果：核定結案（approve）或退回修正（return）。");
    }
    String reason = Inputs.text(task, "returnReason");
    if ("return".equals(decision) && reason == null) {
      throw Inputs.refusal("returnReason", "退回修正時請說明原因。");
    }
    task.setVariable("approved", "approve".equals(decision));
    task.setVariable("lastReturnReason", "return".equals(decision) ? reason : null);
  }

  private static String required(DelegateTask task, String name, String label, int max) {
    List<FieldProblem> problems = new ArrayList<>();
    String text = Inputs.required(Inputs.text(task, name), name, label, max, problems);
    refuseIf(problems);
    return text;
  }

  private static void refuseIf(List<FieldProblem> problems) {
    if (!problems.isEmpty()) {
      throw Inputs.refusal(problems);
    }
  }

  private static long incidentId(DelegateTask task) {
    return ((Number) task.getVariable("incidentId")).longValue();
  }

}
