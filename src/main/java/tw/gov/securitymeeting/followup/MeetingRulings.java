package tw.gov.securitymeeting.followup;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tw.gov.securitymeeting.followup.FollowUpRepository.ItemRow;
import tw.gov.securitymeeting.followup.FollowUpRepository.MeetingRow;
import tw.gov.securitymeeting.organization.Organization;
import tw.gov.securitymeeting.system.ApiException;
import tw.gov.securitymeeting.system.FieldProblem;
import tw.gov.securitymeeting.system.InvalidRequestException;
import tw.gov.securitymeeting.system.RocDates;
import tw.gov.securitymeeting.system.SubmittedValues;

/**
 * The chair's rulings at one meeting for the whole table (議程「上次會議主席裁(指)示事項辦理情形報告」),
 * entered by the recorder in one go. Each ruling completes that item's 「主席裁示」 task exactly as the
 * chair would in Tasklist, and is recorded as given by the chair at this meeting, entered by the
 * recorder. All or nothing: one bad ruling changes nothing.
 */
@Service
class MeetingRulings {

  static final String CHAIR_RULING_TASK = "chair-ruling";

  record Ruled(long itemId, String number, String ruling) {}

  private final FollowUpRepository repository;
  private final FollowUpItems items;
  private final TaskService taskService;
  private final Organization organization;

  MeetingRulings(FollowUpRepository repository, FollowUpItems items, TaskService taskService, Organization organization) {
    this.repository = repository;
    this.items = items;
    this.taskService = taskService;
    this.organization = organization;
  }

  @Transactional
  public List<Ruled> rule(long meetingId, RulingsRequest request, String recorder) {
    MeetingRow meeting = repository.meeting(meetingId).orElseThrow(() -> ApiException.notFound("沒有編號 " + meetingId + " 的會議。"));
    Map<Long, RulingsRequest.Entry> named = validate(request);
    Map<Long, ItemRow> awaiting = new LinkedHashMap<>();
    repository.awaitingRulingBefore(meeting.series(), meeting.heldOn()).forEach(item -> awaiting.put(item.id(), item));
    for (Long itemId : named.keySet()) {
      if (!awaiting.containsKey(itemId)) {
        throw ApiException.conflict("列管事項 " + itemId + " 目前不是待主席裁示的事項，未登錄任何裁示。");
      }
    }
    List<Ruled> ruled = new ArrayList<>();
    for (ItemRow item : awaiting.values()) {
      RulingsRequest.Entry entry = named.get(item.id());
      if (entry == null && !Boolean.TRUE.equals(request.othersApproved())) {
        continue;
      }
      String ruling = entry == null ? "close" : entry.ruling().strip();
      complete(item, ruling, entry, meetingId, recorder);
      ruled.add(new Ruled(item.id(), item.number(), ruling));
    }
    if (ruled.isEmpty()) {
      throw new InvalidRequestException(List.of(new FieldProblem("rulings", "沒有待主席裁示的列管事項可登錄。")));
    }
    return ruled;
  }

  private void complete(ItemRow item, String ruling, RulingsRequest.Entry entry, long meetingId, String recorder) {
    Task task = taskService.createTaskQuery().processInstanceId(item.processInstanceId()).taskDefinitionKey(CHAIR_RULING_TASK)
        .singleResult();
    if (task == null) {
      throw ApiException.conflict("列管事項「" + item.number() + "」目前不是待主席裁示的事項，未登錄任何裁示。");
    }
    long roundId = repository.currentRound(item.id()).id();
    Map<String, Object> variables = new HashMap<>();
    variables.put("ruling", ruling);
    if ("continue".equals(ruling)) {
      variables.put("instruction", entry.instruction().strip());
      variables.put("newDueDate", entry.newDueDate().strip());
    }
    items.asApplication(() -> {
      taskService.complete(task.getId(), variables);
      return null;
    });
    repository.recordRulingEntry(roundId, meetingId, organization.chairGroup(), recorder);
  }

  private Map<Long, RulingsRequest.Entry> validate(RulingsRequest request) {
    if (request == null) {
      throw new InvalidRequestException(List.of(new FieldProblem("(body)", "請送出裁示內容。")));
    }
    List<FieldProblem> problems = new ArrayList<>();
    Map<Long, RulingsRequest.Entry> named = new LinkedHashMap<>();
    List<RulingsRequest.Entry> entries = request.rulings() == null ? List.of() : request.rulings();
    if (entries.isEmpty() && !Boolean.TRUE.equals(request.othersApproved())) {
      problems.add(new FieldProblem("rulings", "請至少裁示一項，或選擇「其餘准予備查」。"));
    }
    for (int i = 0; i < entries.size(); i++) {
      String at = "rulings[" + i + "].";
      RulingsRequest.Entry entry = entries.get(i);
      if (entry == null || entry.itemId() == null) {
        problems.add(new FieldProblem(at + "itemId", SubmittedValues.missing("列管事項")));
        continue;
      }
      if (named.put(entry.itemId(), entry) != null) {
        problems.add(new FieldProblem(at + "itemId", "列管事項 " + entry.itemId() + " 重複裁示。"));
      }
      String ruling = SubmittedValues.text(entry.ruling());
      if (ruling == null) {
        problems.add(new FieldProblem(at + "ruling", SubmittedValues.missing("裁示")));
      } else if (!Choices.RULING.containsKey(ruling)) {
        problems.add(new FieldProblem(at + "ruling", SubmittedValues.notAChoice("裁示")));
      } else if ("continue".equals(ruling)) {
        continued(entry, at, problems);
      }
    }
    if (!problems.isEmpty()) {
      throw new InvalidRequestException(problems);
    }
    return named;
  }

  private static void continued(RulingsRequest.Entry entry, String at, List<FieldProblem> problems) {
    String instruction = SubmittedValues.text(entry.instruction());
    if (instruction == null) {
      problems.add(new FieldProblem(at + "instruction", SubmittedValues.missing("續辦指示")));
    } else if (instruction.length() > ReportProgressTask.MAX_TEXT) {
      problems.add(new FieldProblem(at + "instruction", SubmittedValues.tooLong("續辦指示", ReportProgressTask.MAX_TEXT)));
    }
    String due = SubmittedValues.text(entry.newDueDate());
    if (due == null) {
      problems.add(new FieldProblem(at + "newDueDate", SubmittedValues.missing("續辦期限")));
      return;
    }
    try {
      if (!LocalDate.parse(due).isAfter(RocDates.today())) {
        problems.add(new FieldProblem(at + "newDueDate", "續辦期限必須晚於今天（" + RocDates.format(RocDates.today()) + "）。"));
      }
    } catch (DateTimeParseException e) {
      problems.add(new FieldProblem(at + "newDueDate", SubmittedValues.notADate("續辦期限")));
    }
  }
}
