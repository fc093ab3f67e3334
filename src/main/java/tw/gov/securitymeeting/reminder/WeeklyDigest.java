package tw.gov.securitymeeting.reminder;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Component;
import tw.gov.securitymeeting.calendar.WorkingDayCalendar;
import tw.gov.securitymeeting.mail.MailOutbox;
import tw.gov.securitymeeting.mail.OutgoingMail;
import tw.gov.securitymeeting.organization.Organization;
import tw.gov.securitymeeting.system.RocDates;

/**
 * 「寄送每週列管摘要」 of reminder-sweep.bpmn: on the week's first working day from the digest
 * time, the chair and the secretariat get, per unit, the open items, those due this week and the
 * overdue ones, and by name every item overdue for the configured number of working days.
 */
@Component("weeklyDigest")
class WeeklyDigest implements JavaDelegate {

  record UnitLine(String unit, int open, int dueThisWeek, int overdue) {}

  record Escalated(TaskFacts.Facts fact, int overdueDays) {}

  private final TaskService taskService;
  private final ReminderSchedule schedule;
  private final ReminderRecipients recipients;
  private final TaskFacts facts;
  private final MailTemplates templates;
  private final MailOutbox outbox;
  private final WorkingDayCalendar calendar;
  private final ReminderProperties properties;
  private final Organization organization;

  WeeklyDigest(TaskService taskService, ReminderSchedule schedule, ReminderRecipients recipients, TaskFacts facts,
      MailTemplates templates, MailOutbox outbox, WorkingDayCalendar calendar, ReminderProperties properties,
      Organization organization) {
    this.taskService = taskService;
    this.schedule = schedule;
    this.recipients = recipients;
    this.facts = facts;
    this.templates = templates;
    this.outbox = outbox;
    this.calendar = calendar;
    this.properties = properties;
    this.organization = organization;
  }

  @Override
  public void execute(DelegateExecution execution) {
    ZonedDateTime now = RocDates.now().atZone(RocDates.TAIPEI);
    LocalDate today = now.toLocalDate();
    LocalDate monday = today.with(DayOfWeek.MONDAY);
    // A week without a working day (e.g. the Lunar New Year break) has no digest.
    if (!firstWorkingDay(monday).map(today::equals).orElse(false) || now.toLocalTime().isBefore(properties.digestAt())) {
      return;
    }
    Map<String, int[]> perUnit = new TreeMap<>();
    List<Escalated> escalated = new ArrayList<>();
    for (Task task : taskService.createTaskQuery().active().list()) {
      List<String> groups = recipients.candidateGroups(task);
      LocalDate due = task.getDueDate() == null ? null : task.getDueDate().toInstant().atZone(RocDates.TAIPEI).toLocalDate();
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
    var body = templates.render("digest", Map.of("week", RocDates.format(monday), "lines", lines, "escalated", escalated,
        "threshold", properties.digestFromOverdueDay(), "tasklist", facts.link("").replace("/#/?task=", "/")));
    outbox.enqueue(new OutgoingMail("digest:" + monday, ReminderKind.DIGEST.name(), null, null, recipients.overseers(),
        "【每週列管摘要】" + RocDates.format(monday) + "當週", body.text(), body.html()));
  }

  private java.util.Optional<LocalDate> firstWorkingDay(LocalDate monday) {
    return monday.datesUntil(monday.plusDays(7)).filter(calendar::isWorkingDay).findFirst();
  }
}
