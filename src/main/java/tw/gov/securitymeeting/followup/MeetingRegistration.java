package tw.gov.securitymeeting.followup;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tw.gov.securitymeeting.calendar.WorkingDayCalendar;
import tw.gov.securitymeeting.system.ApiException;
import tw.gov.securitymeeting.system.RocDates;

/**
 * Registers a meeting and starts one follow-up process per item, all in one transaction: if
 * any item cannot start, nothing is registered.
 */
@Service
public class MeetingRegistration {

  public static final String PROCESS = "resolution-follow-up";

  public record RegisteredItem(long id, String number, String businessKey, String processInstanceId) {}

  public record RegisteredMeeting(long id, List<RegisteredItem> items) {}

  private final FollowUpRepository repository;
  private final FollowUpItems items;
  private final RuntimeService runtimeService;
  private final WorkingDayCalendar calendar;
  private final FollowUpProperties properties;

  MeetingRegistration(FollowUpRepository repository, FollowUpItems items, RuntimeService runtimeService,
      WorkingDayCalendar calendar, FollowUpProperties properties) {
    this.properties = properties;
    this.repository = repository;
    this.items = items;
    this.runtimeService = runtimeService;
    this.calendar = calendar;
  }

  @Transactional
  public RegisteredMeeting register(ValidMeeting meeting, String registeredBy) {
    if (repository.meetingExists(meeting.title(), meeting.heldOn())) {
      throw duplicate(meeting);
    }
    long meetingId;
    try {
      meetingId = repository.insertMeeting(meeting.series(), meeting.title(), meeting.heldOn(), meeting.nextMeetingOn(), meeting.details(),
          registeredBy, RocDates.now());
    } catch (DuplicateKeyException raced) {
      throw duplicate(meeting);
    }
    List<RegisteredItem> registered = new ArrayList<>();
    int position = 0;
    for (ValidMeeting.Item item : meeting.items()) {
      registered.add(start(meetingId, meeting.title(), meeting.heldOn(), meeting.nextMeetingOn(), item, position++));
    }
    return new RegisteredMeeting(meetingId, registered);
  }

  /** An item added to a registered meeting: its follow-up starts like the others' did. */
  RegisteredItem add(FollowUpRepository.MeetingRow meeting, ValidMeeting.Item item) {
    return start(meeting.id(), meeting.title(), meeting.heldOn(), meeting.nextMeetingOn(), item, repository.nextPosition(meeting.id()));
  }

  /** The units that report on an item: its lead units (every unit for "all"), then its 協辦單位. */
  List<String> unitsToReport(List<String> leadUnits, List<String> coUnits) {
    List<String> units = new ArrayList<>(items.expand(leadUnits));
    coUnits.stream().filter(unit -> !units.contains(unit)).forEach(units::add);
    return units;
  }

  /**
   * The default due date of the units' reports: {@code app.follow-up.report-working-days-before}
   * working days before the next meeting (never on or before the meeting itself), else
   * {@code days-after-meeting-without-next} days after this one.
   */
  LocalDate defaultDueDate(LocalDate heldOn, LocalDate nextMeetingOn) {
    if (nextMeetingOn != null) {
      LocalDate due = calendar.addWorkingDays(nextMeetingOn, -properties.reportWorkingDaysBefore());
      return due.isAfter(heldOn) ? due : calendar.previousWorkingDay(nextMeetingOn);
    }
    LocalDate due = heldOn.plusDays(properties.daysAfterMeetingWithoutNext());
    while (!calendar.isWorkingDay(due)) {
      due = due.plusDays(1);
    }
    return due;
  }

  private RegisteredItem start(long meetingId, String title, LocalDate heldOn, LocalDate nextMeetingOn, ValidMeeting.Item item, int position) {
    List<String> units = items.expand(item.leadUnits());
    List<String> reporting = unitsToReport(item.leadUnits(), item.coUnits());
    boolean allUnits = item.leadUnits().contains(FollowUpItems.ALL_UNITS);
    LocalDate dueDate = item.dueDate() != null ? item.dueDate() : defaultDueDate(heldOn, nextMeetingOn);
    String businessKey = meetingId + "-" + item.number();
    String instruction = item.decision() != null ? item.decision() : item.subject();
    long itemId = repository.insertItem(meetingId, position, item, allUnits, units, reporting, dueDate, businessKey);
    repository.insertRound(itemId, 1, instruction, units, dueDate, RocDates.now());

    Map<String, Object> variables = items.roundVariables(instruction, units, dueDate);
    // Only what the forms show: everything else is in the application's tables (the item is found by business key).
    variables.put("meetingTitle", title);
    variables.put("meetingHeldOn", RocDates.format(heldOn));
    variables.put("itemNumber", item.number());
    variables.put("subject", item.subject());
    ProcessInstance instance = startAsApplication(businessKey, variables);
    repository.setProcessInstance(itemId, instance.getId());
    return new RegisteredItem(itemId, item.number(), businessKey, instance.getId());
  }

  /**
   * Nobody holds CREATE_INSTANCE on the follow-up (so it cannot be started over /engine-rest);
   * the application starts it without the caller's authentication, then restores it.
   */
  private ProcessInstance startAsApplication(String businessKey, Map<String, Object> variables) {
    return items.asApplication(() -> runtimeService.startProcessInstanceByKey(PROCESS, businessKey, variables));
  }

  private static ApiException duplicate(ValidMeeting meeting) {
    return ApiException.conflict("「" + meeting.title() + "」（" + RocDates.format(meeting.heldOn()) + "）已經登錄過，未重複建立。");
  }
}
