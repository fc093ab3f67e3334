package tw.gov.securitymeeting.specialperiod;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.springframework.stereotype.Component;
import tw.gov.securitymeeting.organization.FilterColumns;
import tw.gov.securitymeeting.organization.Organization;
import tw.gov.securitymeeting.system.CurrentUser;
import tw.gov.securitymeeting.system.FieldProblem;
import tw.gov.securitymeeting.system.RocDates;
import tw.gov.securitymeeting.system.SubmittedValues;
import tw.gov.securitymeeting.system.UserTaskListener;

/**
 * A 業管單位's tasks: 「辦理專案安全維護措施」 before the period and 「填報執行情形」 after it. When the engine
 * creates the task, the plan, the unit (the multi-instance element the engine set) and the due date are
 * written to app_sp_unit_task; on completion they are read back from there, never from variables.
 */
@Component("specialPeriodUnitTask")
class SpecialPeriodUnitTask implements UserTaskListener {

  static final String CARRY_OUT = "carry-out-measures";
  static final String REPORT = "report-results";

  private final PlanRepository plans;
  private final PlanTexts texts;
  private final Organization organization;
  private final CurrentUser currentUser;

  SpecialPeriodUnitTask(PlanRepository plans, PlanTexts texts, Organization organization, CurrentUser currentUser) {
    this.plans = plans;
    this.texts = texts;
    this.organization = organization;
    this.currentUser = currentUser;
  }

  @Override
  public void onCreate(DelegateTask task) {
    PlanRepository.PlanRow plan = plans.byProcessInstance(task.getProcessInstanceId()).orElseThrow();
    String unit = (String) task.getVariable("unit");
    String step = task.getTaskDefinitionKey();
    plans.unitTaskCreated(plan.id(), task.getId(), step, unit, RocDates.dateOf(task.getDueDate()));
    List<PlanRepository.MeasureRow> measures = plans.measures(plan.id()).stream().filter(m -> m.units().contains(unit)).toList();
    FilterColumns.set(task, plan.title(), SpecialPeriodApprovalTask.SOURCE, organization.unitName(unit));
    task.setDescription(plan.title() + "（" + PlanTexts.period(plan) + "）");
    task.setVariableLocal("planPeriod", PlanTexts.period(plan));
    task.setVariableLocal("measureList", texts.measuresOf(measures, unit));
    if (REPORT.equals(step)) {
      plans.setStatus(plan.id(), PlanStatus.REPORTING);
      List<Map<String, Object>> rows = new ArrayList<>();
      for (PlanRepository.MeasureRow m : measures) {
        rows.add(Map.of("measureId", String.valueOf(m.id()), "measure", m.seq() + ". " + m.text(), "result", ""));
      }
      // The step's own "results" (an input parameter): an answer from Tasklist or over REST replaces it.
      task.getExecution().setVariableLocal("results", SubmittedValues.json(rows));
    }
  }

  @Override
  public void onComplete(DelegateTask task) {
    PlanRepository.UnitTaskRow row = plans.unitTask(task.getId())
        .orElseThrow(() -> SubmittedValues.refusal("task", "這件待辦不屬於任何專案安全維護計畫。"));
    if (CARRY_OUT.equals(row.step())) {
      String note = SubmittedValues.text(task.getVariable("preparation"));
      if (note == null) {
        throw SubmittedValues.refusal("preparation", "請說明已部署的措施（例如已轉知同仁、已排定檢查）。");
      }
      if (note.length() > PlanValidator.MAX_TEXT) {
        throw SubmittedValues.refusal("preparation", SubmittedValues.tooLong("部署情形", PlanValidator.MAX_TEXT));
      }
      plans.unitTaskCompleted(task.getId(), note, currentUser.id(), RocDates.now());
    } else {
      report(task, row);
    }
  }

  /** One 執行情形 per measure of this unit; a measure of another unit or plan is refused. */
  private void report(DelegateTask task, PlanRepository.UnitTaskRow row) {
    Map<Long, PlanRepository.MeasureRow> mine = new HashMap<>();
    plans.measures(row.planId()).stream().filter(m -> m.units().contains(row.unitId())).forEach(m -> mine.put(m.id(), m));
    Map<Long, String> answers = new HashMap<>();
    List<FieldProblem> problems = new ArrayList<>();
    for (JsonNode item : results(task.getVariable("results"))) {
      long id = item.path("measureId").asLong(-1);
      if (!mine.containsKey(id)) {
        problems.add(new FieldProblem("results", "措施「" + item.path("measureId").asText() + "」不是"
            + organization.unitName(row.unitId()) + "在本計畫的業管措施。"));
        continue;
      }
      String result = SubmittedValues.text(item.path("result").asText(null));
      if (result != null && result.length() > PlanValidator.MAX_TEXT) {
        problems.add(new FieldProblem("results", "第 " + mine.get(id).seq() + " 項措施的執行情形最多 " + PlanValidator.MAX_TEXT + " 字。"));
      }
      answers.put(id, result);
    }
    for (PlanRepository.MeasureRow m : mine.values().stream().sorted((a, b) -> a.seq() - b.seq()).toList()) {
      if (answers.get(m.id()) == null) {
        problems.add(new FieldProblem("results", "請填寫第 " + m.seq() + " 項措施的執行情形。"));
      }
    }
    SubmittedValues.refuseIf(problems);
    answers.forEach((id, result) -> plans.saveResult(row.planId(), id, row.unitId(), result, currentUser.id(), RocDates.now()));
    plans.unitTaskCompleted(task.getId(), null, currentUser.id(), RocDates.now());
  }

  private static List<JsonNode> results(Object value) {
    JsonNode node;
    try {
      node = SubmittedValues.jsonTree(value);
    } catch (IllegalArgumentException notJson) {
      throw SubmittedValues.refusal("results", "執行情形的格式不正確。");
    }
    List<JsonNode> items = new ArrayList<>();
    if (node != null && node.isArray()) {
      node.forEach(items::add);
    }
    return items;
  }
}
