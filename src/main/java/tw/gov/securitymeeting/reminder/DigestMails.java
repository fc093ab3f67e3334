package tw.gov.securitymeeting.reminder;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Component;
import tw.gov.securitymeeting.mail.OutgoingMail;
import tw.gov.securitymeeting.organization.Organization;
import tw.gov.securitymeeting.system.RocDates;
import tw.gov.securitymeeting.mail.MailTemplates;

/**
 * The weekly digest for the chair and the secretariat: per unit, the open tasks, those due this
 * week and the overdue ones; by name, every task overdue for the configured working days.
 */
@Component
class DigestMails {

  record UnitLine(String unit, int open, int dueThisWeek, int overdue) {}

  record Escalated(TaskFacts.Facts fact, int overdueDays) {}

  private final TaskService taskService;
  private final ReminderSchedule schedule;
  private final ReminderRecipients recipients;
  private final TaskFacts facts;
  private final MailTemplates templates;
  private final ReminderProperties properties;
  private final Organization organization;

  DigestMails(TaskService taskService, ReminderSchedule schedule, ReminderRecipients recipients, TaskFacts facts,
      MailTemplates templates, ReminderProperties properties, Organization organization) {
    this.taskService = taskService;
    this.schedule = schedule;
    this.recipients = recipients;
    this.facts = facts;
    this.templates = templates;
    this.properties = properties;
    this.organization = organization;
  }

  OutgoingMail of(LocalDate monday, LocalDate today) {
    Map<String, int[]> perUnit = new TreeMap<>();
    List<Escalated> escalated = new ArrayList<>();
    for (Task task : taskService.createTaskQuery().active().list()) {
      List<String> groups = recipients.candidateGroups(task);
      LocalDate due = RocDates.dateOf(task.getDueDate());
      int overdueDays = due == null ? 0 : schedule.overdueDays(today, due);
      for (String group : groups) {
        int[] counts = perUnit.computeIfAbsent(organization.unitName(group), g -> new int[3]);
        counts[0]++;
        counts[1] += due != null && overdueDays == 0 && !due.isAfter(monday.plusDays(6)) ? 1 : 0;
        counts[2] += overdueDays > 0 ? 1 : 0;
      }
      if (overdueDays >= properties.digestFromOverdueDay()) {
        escalated.add(new Escalated(facts.of(task, groups), overdueDays));
      }
    }
    List<UnitLine> lines = perUnit.entrySet().stream()
        .map(e -> new UnitLine(e.getKey(), e.getValue()[0], e.getValue()[1], e.getValue()[2])).toList();
    var body = templates.render("digest", Map.of("week", RocDates.withWeekday(monday), "lines", lines, "escalated", escalated,
        "threshold", properties.digestFromOverdueDay(), "tasklist", templates.tasklist()));
    return new OutgoingMail("digest:" + monday, ReminderKind.DIGEST.name(), null, null, recipients.overseers(),
        "【每週列管摘要】" + RocDates.withWeekday(monday) + "當週", body.text(), body.html());
  }
}
