package tw.gov.securitymeeting.followup;

import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.springframework.stereotype.Component;
import tw.gov.securitymeeting.system.SubmittedValues;
import tw.gov.securitymeeting.system.RocDates;
import tw.gov.securitymeeting.system.UserTaskListener;

/**
 * 「彙整辦理情形」: the secretariat sees this round's reports and either recommends (close /
 * continue) or returns the round to named units with a reason.
 */
@Component("secretariatReviewTask")
class SecretariatReviewTask implements UserTaskListener {

  private final FollowUpItems items;
  private final FollowUpTexts texts;
  private final FollowUpRepository repository;

  SecretariatReviewTask(FollowUpItems items, FollowUpTexts texts, FollowUpRepository repository) {
    this.items = items;
    this.texts = texts;
    this.repository = repository;
  }

  @Override
  public void onCreate(DelegateTask task) {
    FollowUpRepository.ItemRow item = items.item(task);
    long itemId = item.id();
    task.setDescription(item.subject());
    task.setVariableLocal("reportsSummary", texts.currentReports(itemId));
    // Prefilled on the task's execution (where the input mapping keeps the answer), not task-local:
    // a completed task's variables go to its execution, and a task-local copy would shadow them.
    task.getExecution().setVariableLocal("consolidatedProgress", texts.joinedProgress(itemId));
    task.setVariableLocal("roundHistory", texts.history(itemId));
    items.markStatus(task, ItemStatus.AWAITING_SECRETARIAT);
  }

  @Override
  public void onComplete(DelegateTask task) {
    long itemId = items.item(task).id();
    FollowUpRepository.RoundRow round = repository.currentRound(itemId);
    List<String> returnTo = SubmittedValues.ids(task.getVariable("returnTo"), "returnTo", "退回單位");
    if (!returnTo.isEmpty()) {
      for (String unit : returnTo) {
        if (!round.leadUnits().contains(unit)) {
          throw SubmittedValues.refusal("returnTo", "只能退回本次列管的主辦單位（" + items.unitNames(round.leadUnits()) + "），不含「" + unit + "」。");
        }
      }
      String reason = SubmittedValues.requiredText(task, "returnReason", "退回理由", ReportProgressTask.MAX_TEXT);
      repository.insertReview(round.id(), null, null, returnTo, reason, items.currentUser(), RocDates.now());
      repository.setUnitsToReport(itemId, returnTo);
      task.getExecution().getProcessInstance().setVariable("returned", true);
      return;
    }
    String consolidated = SubmittedValues.optionalText(task, "consolidatedProgress", "辦理情形", ReportProgressTask.MAX_TEXT);
    String recommendation = SubmittedValues.choice(task, "recommendation", "幕僚單位建議", Choices.RECOMMENDATION.keySet());
    String note = SubmittedValues.optionalText(task, "note", "說明", ReportProgressTask.MAX_TEXT);
    repository.insertReview(round.id(), consolidated == null ? texts.joinedProgress(itemId) : consolidated, recommendation, note,
        List.of(), null, items.currentUser(), RocDates.now());
    task.getExecution().getProcessInstance().setVariable("returned", false);
  }
}
