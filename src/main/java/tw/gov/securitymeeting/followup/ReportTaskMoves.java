package tw.gov.securitymeeting.followup;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ActivityInstance;
import org.camunda.bpm.engine.runtime.ProcessInstanceModificationBuilder;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Component;
import tw.gov.securitymeeting.followup.FollowUpRepository.ItemRow;
import tw.gov.securitymeeting.followup.FollowUpRepository.ReportTaskRow;
import tw.gov.securitymeeting.organization.FilterColumns;
import tw.gov.securitymeeting.system.RocDates;

/**
 * What a correction does to an open item's 「填報辦理情形」 tasks, through the engine (process
 * instance modification, as the BPMN documents on report-progress): a unit added gets its own task in
 * the running multi-instance, the open task of a unit removed is cancelled (its delete listener drops
 * its app_report_task row), and a new due date is set on the open tasks. When no unit is left to
 * report, the round goes on to 「彙整辦理情形」.
 */
@Component
class ReportTaskMoves {

  static final String REPORT = "report-progress";
  static final String REPORT_BODY = REPORT + "#multiInstanceBody";
  static final String REVIEW = "secretariat-review";

  private final RuntimeService runtimeService;
  private final TaskService taskService;
  private final FollowUpRepository repository;
  private final FollowUpItems items;

  ReportTaskMoves(RuntimeService runtimeService, TaskService taskService, FollowUpRepository repository, FollowUpItems items) {
    this.runtimeService = runtimeService;
    this.taskService = taskService;
    this.repository = repository;
    this.items = items;
  }

  void subjectChanged(ItemRow item, String subject) {
    items.asApplication(() -> {
      runtimeService.setVariable(item.processInstanceId(), "subject", subject);
      for (Task task : openTasks(item, null)) {
        task.setDescription(subject);
        taskService.saveTask(task);
        taskService.setVariableLocal(task.getId(), FilterColumns.SUBJECT, subject);
      }
      return null;
    });
  }

  void dueDateChanged(ItemRow item, LocalDate dueDate) {
    items.asApplication(() -> {
      runtimeService.setVariable(item.processInstanceId(), "dueDateText", RocDates.format(dueDate));
      for (Task task : openTasks(item, REPORT)) {
        task.setDueDate(RocDates.endOfDay(dueDate));
        taskService.saveTask(task);
      }
      return null;
    });
  }

  /** Moves the open report tasks so that exactly the given units report (those that already did stay reported). */
  void unitsChanged(ItemRow item, List<String> unitsToReport) {
    List<ReportTaskRow> open = repository.openReportTasks(item.id());
    Set<String> asked = new HashSet<>();
    long roundId = repository.currentRound(item.id()).id();
    repository.reportTasksOfRound(roundId).forEach(row -> asked.add(row.unitId()));
    List<String> added = unitsToReport.stream().filter(unit -> !asked.contains(unit)).toList();
    List<ReportTaskRow> removed = open.stream().filter(row -> !unitsToReport.contains(row.unitId())).toList();
    if (added.isEmpty() && removed.isEmpty()) {
      return;
    }
    items.asApplication(() -> {
      ActivityInstance tree = runtimeService.getActivityInstance(item.processInstanceId());
      ActivityInstance body = tree.getActivityInstances(REPORT_BODY)[0];
      ProcessInstanceModificationBuilder modification = runtimeService.createProcessInstanceModification(item.processInstanceId());
      if (added.isEmpty() && removed.size() == open.size()) {
        // Everyone left has reported: the round goes on to the secretariat.
        modification.cancelActivityInstance(body.getId()).startBeforeActivity(REVIEW);
      } else {
        for (String unit : added) {
          modification.startBeforeActivity(REPORT, body.getId()).setVariableLocal("unit", unit);
        }
        for (ReportTaskRow row : removed) {
          modification.cancelActivityInstance(innerInstance(body, row.taskId()));
        }
      }
      modification.execute();
      return null;
    });
  }

  private String innerInstance(ActivityInstance body, String taskId) {
    String executionId = taskService.createTaskQuery().taskId(taskId).singleResult().getExecutionId();
    for (ActivityInstance inner : body.getChildActivityInstances()) {
      if (List.of(inner.getExecutionIds()).contains(executionId)) {
        return inner.getId();
      }
    }
    throw new IllegalStateException("No activity instance of task " + taskId);
  }

  private List<Task> openTasks(ItemRow item, String taskDefinitionKey) {
    var query = taskService.createTaskQuery().processInstanceId(item.processInstanceId());
    return taskDefinitionKey == null ? query.list() : query.taskDefinitionKey(taskDefinitionKey).list();
  }
}
