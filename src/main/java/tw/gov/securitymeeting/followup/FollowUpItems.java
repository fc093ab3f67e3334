package tw.gov.securitymeeting.followup;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.IdentityService;
import org.springframework.stereotype.Component;
import tw.gov.securitymeeting.calendar.WorkingDayCalendar;
import tw.gov.securitymeeting.organization.Organization;
import tw.gov.securitymeeting.system.RocDates;
import tw.gov.securitymeeting.system.SubmittedValues;

/**
 * What the follow-up process needs beyond BPMN: the variables of a round, the item's status in
 * the read model, and who did something. Referenced from the BPMN as {@code followUpItems}.
 */
@Component("followUpItems")
public class FollowUpItems {

  /** Written in an item's lead units for 「本府各處暨所屬各機關」. */
  public static final String ALL_UNITS = "all";

  private final FollowUpRepository repository;
  private final Organization organization;
  private final IdentityService identityService;
  private final WorkingDayCalendar calendar;
  private final FollowUpProperties properties;

  FollowUpItems(FollowUpRepository repository, Organization organization, IdentityService identityService,
      WorkingDayCalendar calendar, FollowUpProperties properties) {
    this.calendar = calendar;
    this.properties = properties;
    this.repository = repository;
    this.organization = organization;
    this.identityService = identityService;
  }

  /** Called by the end event 「解除列管」. */
  public void markClosed(DelegateExecution execution) {
    repository.close(itemId(execution), RocDates.now());
  }

  /**
   * Start listener of 「列管事項成立」: only a registration starts a follow-up, in the transaction
   * that inserted its item (which then has no process instance yet).
   */
  public void checkStart(DelegateExecution execution) {
    String businessKey = execution.getProcessBusinessKey();
    boolean registering = businessKey != null && repository.itemByBusinessKey(businessKey)
        .filter(item -> item.processInstanceId() == null || item.processInstanceId().equals(execution.getProcessInstanceId()))
        .isPresent();
    if (!registering) {
      throw SubmittedValues.refusal("businessKey", "決議事項列管只能由登錄會議啟動。");
    }
  }

  /** The units of this round's 「填報辦理情形」 tasks (the multi-instance collection). */
  public List<String> unitsToReport(DelegateExecution execution) {
    return new ArrayList<>(repository.unitsToReport(itemId(execution)));
  }

  /** The due date of this round's reports (end of the day, Taipei). */
  public Date dueDate(DelegateExecution execution) {
    return RocDates.endOfDay(repository.currentRound(itemId(execution)).dueDate());
  }

  /**
   * 「彙整辦理情形」 is due {@code report − review} working days after the reports, that is
   * {@code review-working-days-before} working days before the meeting that rules on them.
   */
  public Date reviewDueDate(DelegateExecution execution) {
    LocalDate reports = repository.currentRound(itemId(execution)).dueDate();
    return RocDates.endOfDay(calendar.addWorkingDays(reports, properties.reportWorkingDaysBefore() - properties.reviewWorkingDaysBefore()));
  }

  /** 「主席裁示」 is due on the day of the meeting that rules on this round's reports. */
  public Date rulingDueDate(DelegateExecution execution) {
    LocalDate reports = repository.currentRound(itemId(execution)).dueDate();
    return RocDates.endOfDay(calendar.addWorkingDays(reports, properties.reportWorkingDaysBefore()));
  }

  void markStatus(VariableScope scope, ItemStatus status) {
    repository.updateStatus(itemId(scope), status);
  }

  long itemId(VariableScope scope) {
    return item(scope).id();
  }

  /**
   * The item of the process instance, read by the business key the application gave it and
   * checked against the instance id: never from a variable a caller could have written.
   */
  FollowUpRepository.ItemRow item(VariableScope scope) {
    DelegateExecution execution = scope instanceof DelegateTask task ? task.getExecution() : (DelegateExecution) scope;
    String processInstanceId = execution.getProcessInstanceId();
    return repository.itemByBusinessKey(execution.getProcessBusinessKey())
        .filter(item -> item.processInstanceId() == null || item.processInstanceId().equals(processInstanceId))
        .orElseThrow(() -> new IllegalStateException("No follow-up item for process instance " + processInstanceId));
  }

  String meetingTitle(FollowUpRepository.ItemRow item) {
    return repository.meeting(item.meetingId()).map(FollowUpRepository.MeetingRow::title).orElse("");
  }

  /** The units of "all", or the given ones. */
  List<String> expand(List<String> units) {
    return units.contains(ALL_UNITS) ? organization.unitIds() : units;
  }

  /**
   * The process variables that start a round (the first, or another after 繼續列管): only what the forms show
   * or offer. The round, its due date and the item are in the application's tables; {@code returned} is set by
   * 「彙整辦理情形」 before the gateway reads it.
   */
  Map<String, Object> roundVariables(String instruction, List<String> units, LocalDate dueDate) {
    Map<String, Object> variables = new HashMap<>();
    variables.put("instruction", instruction);
    variables.put("dueDateText", RocDates.format(dueDate));
    variables.put("leadUnits", SubmittedValues.json(units));
    variables.put("unitOptions", SubmittedValues.json(options(units)));
    return variables;
  }

  /** Checklist options of Camunda Forms: [{label: 行政處, value: administration}, …]. */
  List<Map<String, String>> options(List<String> units) {
    return units.stream().map(id -> Map.of("label", organization.unitName(id), "value", id)).toList();
  }

  String unitNames(List<String> units) {
    return String.join("、", units.stream().map(organization::unitName).toList());
  }

  /**
   * Runs engine work as the application, without the caller's authentication (restored after):
   * for what only the application may do, such as starting a follow-up or entering the chair's
   * rulings recorded at a meeting.
   */
  <T> T asApplication(java.util.function.Supplier<T> work) {
    Authentication caller = identityService.getCurrentAuthentication();
    identityService.clearAuthentication();
    try {
      return work.get();
    } finally {
      if (caller != null) {
        identityService.setAuthentication(caller);
      }
    }
  }

  /** The signed-in user completing a task, or null when the engine runs it without one. */
  String currentUser() {
    Authentication authentication = identityService.getCurrentAuthentication();
    return authentication == null ? null : authentication.getUserId();
  }
}
