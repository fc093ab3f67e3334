package tw.gov.securitymeeting.followup;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;
import tw.gov.securitymeeting.organization.Organization;
import tw.gov.securitymeeting.system.RocDates;
import tw.gov.securitymeeting.organization.FilterColumns;

/** 「填報辦理情形」: shows the unit what came before, records what it reports. */
@Component("reportProgressTask")
class ReportProgressTask implements TaskListener {

  static final int MAX_TEXT = 4000;

  private final FollowUpItems items;
  private final FollowUpTexts texts;
  private final FollowUpRepository repository;
  private final Organization organization;

  ReportProgressTask(FollowUpItems items, FollowUpTexts texts, FollowUpRepository repository, Organization organization) {
    this.items = items;
    this.texts = texts;
    this.repository = repository;
    this.organization = organization;
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
    long itemId = items.itemId(task);
    String unit = (String) task.getVariable("unit");
    task.setDescription(task.getVariable("subject").toString());
    FilterColumns.set(task, task.getVariable("subject"), task.getVariable("meetingTitle"), organization.unitName(unit));
    task.setVariableLocal("roundHistory", texts.history(itemId));
    items.markStatus(task, ItemStatus.OPEN);
  }

  private void onComplete(DelegateTask task) {
    String status = TaskVariables.choice(task, "status", "辦理狀態", Choices.PROGRESS_STATUS);
    String progress = TaskVariables.requiredText(task, "progress", "辦理情形", MAX_TEXT);
    String suggestion = TaskVariables.choice(task, "suggestion", "建議", Choices.SUGGESTION);
    long roundId = repository.currentRound(items.itemId(task)).id();
    repository.insertReport(roundId, (String) task.getVariable("unit"), status, progress, suggestion, items.currentUser(), RocDates.now());
  }
}
