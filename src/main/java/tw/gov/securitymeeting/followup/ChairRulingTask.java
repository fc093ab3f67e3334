package tw.gov.securitymeeting.followup;

import java.time.LocalDate;
import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.springframework.stereotype.Component;
import tw.gov.securitymeeting.organization.FilterColumns;
import tw.gov.securitymeeting.organization.Organization;
import tw.gov.securitymeeting.system.SubmittedValues;
import tw.gov.securitymeeting.system.RocDates;
import tw.gov.securitymeeting.system.UserTaskListener;

/**
 * 「主席裁示」: close the item (准予備查 / 解除列管) or keep it (繼續列管) with a new instruction
 * and due date, which starts the next round for the same (or newly named) units.
 */
@Component("chairRulingTask")
class ChairRulingTask implements UserTaskListener {

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
  public void onCreate(DelegateTask task) {
    FollowUpRepository.ItemRow item = items.item(task);
    long itemId = item.id();
    task.setDescription(item.subject());
    FilterColumns.set(task, item.subject(), items.meetingTitle(item), items.unitNames(item.leadUnits()));
    task.setVariableLocal("reportsSummary", texts.currentReports(itemId));
    task.setVariableLocal("recommendationText", texts.currentRecommendation(itemId));
    task.setVariableLocal("currentInstruction", repository.currentRound(itemId).instruction());
    task.setVariableLocal("roundHistory", texts.history(itemId));
    items.markStatus(task, ItemStatus.AWAITING_CHAIR);
  }

  @Override
  public void onComplete(DelegateTask task) {
    long itemId = items.item(task).id();
    String ruling = SubmittedValues.choice(task, "ruling", "裁示", Choices.RULING.keySet());
    FollowUpRepository.RoundRow round = repository.currentRound(itemId);
    task.getExecution().getProcessInstance().setVariable("ruling", ruling);
    if ("close".equals(ruling)) {
      repository.recordRuling(round.id(), ruling, items.currentUser(), RocDates.now());
      return;
    }
    String instruction = SubmittedValues.requiredText(task, "instruction", "續辦指示", ReportProgressTask.MAX_TEXT);
    LocalDate dueDate = SubmittedValues.date(task, "newDueDate", "續辦期限", true);
    if (!dueDate.isAfter(RocDates.today())) {
      throw SubmittedValues.refusal("newDueDate", "續辦期限必須晚於今天（" + RocDates.format(RocDates.today()) + "）。");
    }
    List<String> requested = SubmittedValues.ids(task.getVariable("leadUnits"), "leadUnits", "主辦單位");
    for (String unit : requested) {
      if (!FollowUpItems.ALL_UNITS.equals(unit) && !organization.isUnit(unit)) {
        throw SubmittedValues.refusal("leadUnits", "沒有這個單位：「" + unit + "」。");
      }
    }
    boolean allUnits = requested.isEmpty() ? repository.item(itemId).allUnits() : requested.contains(FollowUpItems.ALL_UNITS);
    List<String> units = requested.isEmpty() ? round.leadUnits() : items.expand(requested);
    int next = round.number() + 1;
    repository.recordRuling(round.id(), ruling, items.currentUser(), RocDates.now());
    repository.insertRound(itemId, next, instruction, units, dueDate, RocDates.now());
    List<String> reporting = new java.util.ArrayList<>(units);
    repository.item(itemId).coUnits().stream().filter(unit -> !reporting.contains(unit)).forEach(reporting::add);
    repository.startRound(itemId, next, allUnits, units, reporting, dueDate);
    task.getExecution().getProcessInstance().setVariables(items.roundVariables(instruction, units, dueDate));
  }
}
