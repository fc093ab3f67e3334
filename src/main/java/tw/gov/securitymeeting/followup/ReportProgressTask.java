package tw.gov.securitymeeting.followup;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;
import tw.gov.securitymeeting.organization.Organization;
import tw.gov.securitymeeting.system.SubmittedValues;
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
    } else if (EVENTNAME_DELETE.equals(task.getEventName())) {
      repository.deleteOpenReportTask(task.getId());
    }
  }

  /**
   * The unit is the multi-instance element the engine has just set from the item's
   * {@code units_to_report}; it is kept with the task's round, keyed by the task id, so that
   * nothing a caller sends later can change whose report this is or which item it is on.
   */
  private void onCreate(DelegateTask task) {
    FollowUpRepository.ItemRow item = items.item(task);
    String unit = (String) task.getVariable("unit");
    repository.insertReportTask(task.getId(), repository.currentRound(item.id()).id(), unit);
    task.setDescription(item.subject());
    String unitName = organization.unitName(unit) + (item.coUnits().contains(unit) ? "（協辦）" : "");
    FilterColumns.set(task, item.subject(), items.meetingTitle(item), unitName);
    task.setVariableLocal("roundHistory", texts.history(item.id()));
    items.markStatus(task, ItemStatus.OPEN);
  }

  private void onComplete(DelegateTask task) {
    String status = SubmittedValues.choice(task, "status", "辦理狀態", Choices.PROGRESS_STATUS.keySet());
    String progress = SubmittedValues.requiredText(task, "progress", "辦理情形", MAX_TEXT);
    String suggestion = SubmittedValues.choice(task, "suggestion", "建議", Choices.SUGGESTION.keySet());
    FollowUpRepository.ReportTaskRow reportTask = repository.reportTask(task.getId())
        .orElseThrow(() -> new IllegalStateException("No report task " + task.getId()));
    repository.insertReport(reportTask.roundId(), reportTask.unitId(), status, progress, suggestion, items.currentUser(), RocDates.now());
    repository.markReported(task.getId(), RocDates.now());
  }
}
