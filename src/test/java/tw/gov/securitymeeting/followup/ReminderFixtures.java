package tw.gov.securitymeeting.followup;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.springframework.boot.test.context.TestComponent;

/** Follow-up items with a chosen due date, for the reminder tests. */
@TestComponent
public class ReminderFixtures {

  private final MeetingRegistration registration;
  private final TaskService taskService;

  public ReminderFixtures(MeetingRegistration registration, TaskService taskService) {
    this.registration = registration;
    this.taskService = taskService;
  }

  /** Registers one item for one unit and returns its 「填報辦理情形」 task. */
  public Task itemDue(String subject, String unit, LocalDate dueDate) {
    ValidMeeting meeting = new ValidMeeting("提醒測試會報 " + UUID.randomUUID(), LocalDate.of(2026, 1, 20), null,
        List.of(new ValidMeeting.Item("一", ItemKind.RESOLUTION, subject, null, List.of(unit), dueDate)));
    String businessKey = registration.register(meeting, "ethics-clerk").items().get(0).businessKey();
    return taskService.createTaskQuery().processInstanceBusinessKey(businessKey).singleResult();
  }

  public void report(Task task) {
    taskService.complete(task.getId(), Map.of("status", "DONE", "progress", "已辦理", "suggestion", "close"));
  }
}
