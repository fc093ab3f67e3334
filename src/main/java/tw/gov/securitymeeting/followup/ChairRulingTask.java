package tw.gov.securitymeeting.followup;

import java.time.LocalDate;
import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;
import tw.gov.securitymeeting.organization.Organization;
import tw.gov.securitymeeting.system.RocDates;

/**
 * 「主席裁示」: close the item (准予備查 / 解除列管) or keep it (繼續列管) with a new instruction
 * and due date, which starts the next round for the same (or newly named) units.
 */
@Component("chairRulingTask")
class ChairRulingTask implements TaskListener {

  private final FollowUpItems items;
  private final FollowUpTexts texts;
  private final FollowUpRepository repository;
  private final Organization organization;

  ChairRulingTask(FollowUpItems items, FollowUpTexts texts, FollowUpRepository repository, Organization organization) {
    this.items = items;
    this.texts = texts;
    this.repository = repository;
    this.organization = organization;
  }

  @Override
  public void notify(DelegateTask task) {
    FollowUpRepository.ItemRow item = items.item(task);
    long itemId = item.id();
    if (EVENTNAME_CREATE.equals(task.getEventName())) {
      task.setDescription(item.subject());
      task.setVariableLocal("reportsSummary", texts.currentReports(itemId));
      task.setVariableLocal("recommendationText", texts.currentRecommendation(itemId));
      task.setVariableLocal("currentInstruction", repository.currentRound(itemId).instruction());
      task.setVariableLocal("roundHistory", texts.history(itemId));
      items.markStatus(task, ItemStatus.AWAITING_CHAIR);
    } else if (EVENTNAME_COMPLETE.equals(task.getEventName())) {
      onComplete(task, itemId);
    }
  }

  private void onComplete(DelegateTask task, long itemId) {
    String ruling = TaskVariables.choice(task, "ruling", "裁示", Choices.RULING);
    FollowUpRepository.RoundRow round = repository.currentRound(itemId);
    task.getExecution().getProcessInstance().setVariable("ruling", ruling);
    if ("close".equals(ruling)) {
      repository.recordRuling(round.id(), ruling, items.currentUser(), RocDates.now());
      return;
    }
    String instruction = TaskVariables.requiredText(task, "instruction", "新的指示", ReportProgressTask.MAX_TEXT);
    LocalDate dueDate = TaskVariables.date(task, "newDueDate", "新的辦理期限");
    if (!dueDate.isAfter(RocDates.today())) {
      throw TaskVariables.invalid("newDueDate", "新的辦理期限必須晚於今天（" + RocDates.format(RocDates.today()) + "）。");
    }
    List<String> requested = TaskVariables.list(task, "leadUnits");
    for (String unit : requested) {
      if (!FollowUpItems.ALL_UNITS.equals(unit) && !organization.isUnit(unit)) {
        throw TaskVariables.invalid("leadUnits", "沒有這個單位：「" + unit + "」。");
      }
    }
    boolean allUnits = requested.isEmpty() ? repository.item(itemId).allUnits() : requested.contains(FollowUpItems.ALL_UNITS);
    List<String> units = requested.isEmpty() ? round.leadUnits() : items.expand(requested);
    int next = round.number() + 1;
    repository.recordRuling(round.id(), ruling, items.currentUser(), RocDates.now());
    repository.insertRound(itemId, next, instruction, units, dueDate, RocDates.now());
    repository.startRound(itemId, next, allUnits, units, dueDate);
    task.getExecution().getProcessInstance().setVariables(items.roundVariables(next, instruction, units, dueDate));
  }
}
