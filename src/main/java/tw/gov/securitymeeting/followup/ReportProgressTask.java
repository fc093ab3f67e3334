package tw.gov.securitymeeting.followup;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.springframework.stereotype.Component;
import tw.gov.securitymeeting.organization.Organization;
import tw.gov.securitymeeting.system.SubmittedValues;
import tw.gov.securitymeeting.system.UserTaskListener;
import tw.gov.securitymeeting.system.RocDates;
import tw.gov.securitymeeting.organization.FilterColumns;

/** 「填報辦理情形」: shows the unit what came before, records what it reports. */
@Component("reportProgressTask")
class ReportProgressTask implements UserTaskListener {

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

  /**
   * The unit is the multi-instance element the engine has just set from the item's
   * {@code units_to_report}; it is kept with the task's round, keyed by the task id, so that
   * nothing a caller sends later can change whose report this is or which item it is on.
   */
  @Override
  public void onCreate(DelegateTask task) {
    FollowUpRepository.ItemRow item = items.item(task);
    String unit = (String) task.getVariable("unit");
    repository.insertReportTask(task.getId(), repository.currentRound(item.id()).id(), unit);
    task.setDescription(item.subject());
    String unitName = organization.unitName(unit) + (item.coUnits().contains(unit) ? "（協辦）" : "");
    FilterColumns.set(task, item.subject(), items.meetingTitle(item), unitName);
    task.setVariableLocal("roundHistory", texts.history(item.id()));
    items.markStatus(task, ItemStatus.OPEN);
  }

  @Override
  public void onComplete(DelegateTask task) {
    String status = SubmittedValues.choice(task, "status", "辦理狀態", Choices.PROGRESS_STATUS.keySet());
    String progress = SubmittedValues.requiredText(task, "progress", "辦理情形", MAX_TEXT);
    String suggestion = SubmittedValues.choice(task, "suggestion", "建議", Choices.SUGGESTION.keySet());
    FollowUpRepository.ReportTaskRow reportTask = repository.reportTask(task.getId())
        .orElseThrow(() -> new IllegalStateException("No report task " + task.getId()));
    repository.insertReport(reportTask.roundId(), reportTask.unitId(), status, progress, suggestion, items.currentUser(), RocDates.now());
    repository.markReported(task.getId(), RocDates.now());
  }

  /** A unit removed by a correction: its task is cancelled and no longer stands for a report owed. */
  @Override
  public void onDelete(DelegateTask task) {
    repository.deleteOpenReportTask(task.getId());
  }
}
