package tw.gov.securitymeeting.specialperiod;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Component;
import tw.gov.securitymeeting.system.ApiException;
import tw.gov.securitymeeting.system.FieldProblem;
import tw.gov.securitymeeting.system.InvalidRequestException;
import tw.gov.securitymeeting.system.RocDates;
import tw.gov.securitymeeting.system.SubmittedValues;

/**
 * {@code POST /api/special-periods/{id}/duty-log}: the day must lie in the period and its task must be open;
 * the answer is then the same as in Tasklist (the day's task is completed, the listener checks it).
 */
@Component
class DutyLogApi {

  private final DutyLogRepository duty;
  private final TaskService taskService;

  DutyLogApi(DutyLogRepository duty, TaskService taskService) {
    this.duty = duty;
    this.taskService = taskService;
  }

  void record(PlanRepository.PlanRow plan, Map<String, Object> body) {
    String text = SubmittedValues.text(body.get("date"));
    LocalDate day;
    try {
      day = LocalDate.parse(text == null ? "" : text);
    } catch (DateTimeParseException notADate) {
      throw new InvalidRequestException(List.of(new FieldProblem("date", "請填寫值勤日期（格式 YYYY-MM-DD）。")));
    }
    if (day.isBefore(plan.startDate()) || day.isAfter(plan.endDate())) {
      throw new InvalidRequestException(List.of(new FieldProblem("date", "值勤日期 " + RocDates.withWeekday(day) + " 不在工作期程內（"
          + RocDates.withWeekday(plan.startDate()) + "至" + RocDates.withWeekday(plan.endDate()) + "）。")));
    }
    DutyLogRepository.DutyDayRow row = duty.day(plan.id(), day).orElse(null);
    Task task = row == null || row.recorded() ? null : taskService.createTaskQuery().taskId(row.taskId()).singleResult();
    if (task == null) {
      throw new ApiException(org.springframework.http.HttpStatus.CONFLICT, "無法登錄",
          row != null && row.recorded() ? RocDates.withWeekday(day) + "的值勤巡查紀錄已登錄。" : RocDates.withWeekday(day) + "的值勤任務尚未開始。");
    }
    Map<String, Object> answer = new HashMap<>();
    for (String field : List.of("checkedAreas", "anomalies", "onDuty")) {
      answer.put(field, SubmittedValues.text(body.get(field)));
    }
    try {
      taskService.complete(task.getId(), answer);
    } catch (org.camunda.bpm.engine.ProcessEngineException refused) {
      throw DutyLogApi.problems(refused);
    }
  }

  /** A refusal of the task listener as a 400 with its fields. */
  static RuntimeException problems(RuntimeException refused) {
    Throwable cause = refused;
    while (cause != null && !(cause instanceof org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException)) {
      cause = cause.getCause();
    }
    if (cause instanceof org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException field) {
      java.util.regex.Matcher marked = java.util.regex.Pattern.compile("⟦([^⟧]*)⟧(.*?)⟦/⟧", java.util.regex.Pattern.DOTALL)
          .matcher(field.getMessage());
      return new InvalidRequestException(List.of(marked.find() ? new FieldProblem(marked.group(1), marked.group(2))
          : new FieldProblem("duty", field.getMessage())));
    }
    return refused;
  }
}
