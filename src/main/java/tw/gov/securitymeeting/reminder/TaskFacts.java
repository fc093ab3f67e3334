package tw.gov.securitymeeting.reminder;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Component;
import tw.gov.securitymeeting.mail.MailTemplates;
import tw.gov.securitymeeting.organization.Organization;
import tw.gov.securitymeeting.system.RocDates;

/** What a mail says about a task, from any process: subject, meeting, unit, due date, link. */
@Component
class TaskFacts {

  record Facts(String taskId, String taskName, String subject, String meeting, String units, LocalDate dueDate,
      String dueDateRoc, String instruction, String link) {}

  private final TaskService taskService;
  private final Organization organization;
  private final MailTemplates templates;

  TaskFacts(TaskService taskService, Organization organization, MailTemplates templates) {
    this.taskService = taskService;
    this.organization = organization;
    this.templates = templates;
  }

  Facts of(Task task, List<String> candidateGroups) {
    Map<String, Object> variables = taskService.getVariables(task.getId(), List.of("subject", "meetingTitle", "instruction", "title", "unitName"));
    String subject = text(variables.get("subject"), text(variables.get("title"), task.getDescription() == null ? task.getName() : task.getDescription()));
    LocalDate due = RocDates.dateOf(task.getDueDate());
    String units = String.join("、", candidateGroups.stream().map(organization::unitName).toList());
    // Tasks offered to named people (the evidence task force) have no candidate group: the case's unit.
    units = units.isEmpty() ? text(variables.get("unitName"), "") : units;
    return new Facts(task.getId(), task.getName(), subject, text(variables.get("meetingTitle"), ""), units, due,
        RocDates.withWeekday(due), text(variables.get("instruction"), ""), link(task.getId()));
  }

  String link(String taskId) {
    return templates.tasklist() + "#/?task=" + taskId;
  }

  private static String text(Object value, String otherwise) {
    return value == null || value.toString().isBlank() ? otherwise : value.toString();
  }
}
