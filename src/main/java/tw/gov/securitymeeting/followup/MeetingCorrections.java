package tw.gov.securitymeeting.followup;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.springframework.dao.DuplicateKeyException;
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
 * Corrections of a registered meeting by the secretariat: an added item (its follow-up starts), an
 * open item's subject, units or due date, and the meeting's own fields. Each changed field is kept
 * in {@code app_meeting_correction} (who, when, before → after). All or nothing: a refusal changes
 * nothing.
 */
@Service
class MeetingCorrections {

  static final Set<String> ITEM_FIELDS = Set.of("subject", "leadUnits", "coUnits", "dueDate");
  static final Set<String> MEETING_FIELDS =
      Set.of("title", "heldOn", "nextMeetingOn", "session", "time", "place", "chair", "recorder", "documentNumber");

  private final FollowUpRepository repository;
  private final MeetingRequestValidator validator;
  private final MeetingRegistration registration;
  private final ReportTaskMoves moves;
  private final Organization organization;

  MeetingCorrections(FollowUpRepository repository, MeetingRequestValidator validator, MeetingRegistration registration,
      ReportTaskMoves moves, Organization organization) {
    this.repository = repository;
    this.validator = validator;
    this.registration = registration;
    this.moves = moves;
    this.organization = organization;
  }

  @Transactional
  MeetingRegistration.RegisteredItem addItem(long meetingId, MeetingRequest.Item request, String by) {
    MeetingRow meeting = meeting(meetingId);
    Set<String> taken = new HashSet<>();
    repository.items(meetingId).forEach(item -> taken.add(item.number()));
    ValidMeeting.Item item = validator.validateItem(request, meeting.heldOn(), taken);
    MeetingRegistration.RegisteredItem added = registration.add(meeting, item);
    repository.insertCorrection(meetingId, added.id(), "item", null, item.number() + "：" + item.subject(), by, RocDates.now());
    return added;
  }

  @Transactional
  void correctItem(long meetingId, String number, Map<String, Object> patch, String by) {
    meeting(meetingId);
    ItemRow item = repository.item(meetingId, number)
        .orElseThrow(() -> ApiException.notFound("會議 " + meetingId + " 沒有編號「" + number + "」的決議事項。"));
    List<FieldProblem> problems = new ArrayList<>();
    requireKnownFields(patch, ITEM_FIELDS, problems);
    String subject = patch.containsKey("subject")
        ? SubmittedValues.requiredText(patch.get("subject"), "subject", "案由", MeetingRequestValidator.MAX_TEXT, problems) : null;
    List<String> lead = item.allUnits() ? List.of(FollowUpItems.ALL_UNITS) : item.leadUnits();
    if (patch.containsKey("leadUnits")) {
      lead = validator.units(SubmittedValues.ids(patch.get("leadUnits"), "leadUnits", "主辦單位", problems), "leadUnits", problems);
    }
    List<String> co = item.coUnits();
    if (patch.containsKey("coUnits") || patch.containsKey("leadUnits")) {
      List<String> requested = patch.containsKey("coUnits")
          ? SubmittedValues.ids(patch.get("coUnits"), "coUnits", "協辦單位", problems) : item.coUnits();
      co = validator.coUnits(requested, lead, "coUnits", problems);
    }
    LocalDate dueDate = null;
    if (patch.containsKey("dueDate")) {
      dueDate = SubmittedValues.date(patch.get("dueDate"), "dueDate", "辦理期限", true, problems);
      LocalDate heldOn = meeting(meetingId).heldOn();
      if (dueDate != null && dueDate.isBefore(heldOn)) {
        problems.add(new FieldProblem("dueDate", "辦理期限不可早於開會日期。"));
      }
    }
    if (!problems.isEmpty()) {
      throw new InvalidRequestException(problems);
    }
    if (item.status() == ItemStatus.CLOSED) {
      throw ApiException.conflict("「" + number + "」已解除列管，不能再更正。");
    }
    boolean movesTasks = patch.containsKey("leadUnits") || patch.containsKey("coUnits") || patch.containsKey("dueDate");
    if (movesTasks && item.status() != ItemStatus.OPEN) {
      throw ApiException.conflict("「" + number + "」的各單位已填報完畢（目前" + item.status().label()
          + "），不能再更正主辦單位、協辦單位或辦理期限；請於主席裁示繼續列管時指定。");
    }
    if (subject != null && !subject.equals(item.subject())) {
      repository.updateSubject(item.id(), subject);
      moves.subjectChanged(item, subject);
      repository.insertCorrection(meetingId, item.id(), "subject", item.subject(), subject, by, RocDates.now());
    }
    if (dueDate != null && !dueDate.equals(item.dueDate())) {
      repository.updateDueDate(item.id(), repository.currentRound(item.id()).id(), dueDate);
      moves.dueDateChanged(item, dueDate);
      repository.insertCorrection(meetingId, item.id(), "dueDate", item.dueDate().toString(), dueDate.toString(), by, RocDates.now());
    }
    List<String> oldLead = item.allUnits() ? List.of(FollowUpItems.ALL_UNITS) : item.leadUnits();
    if (!lead.equals(oldLead) || !co.equals(item.coUnits())) {
      List<String> reporting = registration.unitsToReport(lead, co);
      repository.updateUnits(item.id(), repository.currentRound(item.id()).id(), lead.contains(FollowUpItems.ALL_UNITS),
          new ArrayList<>(reporting.subList(0, reporting.size() - co.size())), co, reporting);
      moves.unitsChanged(item, reporting);
      if (!lead.equals(oldLead)) {
        repository.insertCorrection(meetingId, item.id(), "leadUnits", names(oldLead), names(lead), by, RocDates.now());
      }
      if (!co.equals(item.coUnits())) {
        repository.insertCorrection(meetingId, item.id(), "coUnits", names(item.coUnits()), names(co), by, RocDates.now());
      }
    }
  }

  @Transactional
  void correctMeeting(long meetingId, Map<String, Object> patch, String by) {
    MeetingRow meeting = meeting(meetingId);
    List<FieldProblem> problems = new ArrayList<>();
    requireKnownFields(patch, MEETING_FIELDS, problems);
    String title = patch.containsKey("title")
        ? SubmittedValues.requiredLine(patch.get("title"), "title", "會議名稱", MeetingRequestValidator.MAX_TITLE, problems) : meeting.title();
    LocalDate heldOn = patch.containsKey("heldOn")
        ? SubmittedValues.date(patch.get("heldOn"), "heldOn", "開會日期", true, problems) : meeting.heldOn();
    LocalDate next = patch.containsKey("nextMeetingOn")
        ? SubmittedValues.date(patch.get("nextMeetingOn"), "nextMeetingOn", "下次開會日期", false, problems) : meeting.nextMeetingOn();
    if (heldOn != null && next != null && !next.isAfter(heldOn)) {
      problems.add(new FieldProblem("nextMeetingOn", "下次開會日期必須晚於開會日期。"));
    }
    MeetingDetails old = meeting.details();
    MeetingDetails details = validator.details(
        patch.containsKey("session") ? patch.get("session") : old.session(),
        patch.containsKey("time") ? patch.get("time") : old.time(),
        patch.containsKey("place") ? patch.get("place") : old.place(),
        patch.containsKey("chair") ? patch.get("chair") : old.chair(),
        patch.containsKey("recorder") ? patch.get("recorder") : old.recorder(),
        patch.containsKey("documentNumber") ? patch.get("documentNumber") : old.documentNumber(), "", problems);
    if (!problems.isEmpty()) {
      throw new InvalidRequestException(problems);
    }
    if (repository.meetingExists(title, heldOn, meetingId)) {
      throw ApiException.conflict("「" + title + "」（" + RocDates.format(heldOn) + "）已經登錄過，未更正。");
    }
    try {
      repository.updateMeeting(meetingId, title, heldOn, next, details);
    } catch (DuplicateKeyException raced) {
      throw ApiException.conflict("「" + title + "」（" + RocDates.format(heldOn) + "）已經登錄過，未更正。");
    }
    record(meetingId, "title", meeting.title(), title, by);
    record(meetingId, "heldOn", meeting.heldOn(), heldOn, by);
    record(meetingId, "nextMeetingOn", meeting.nextMeetingOn(), next, by);
    record(meetingId, "session", old.session(), details.session(), by);
    record(meetingId, "time", old.time(), details.time(), by);
    record(meetingId, "place", old.place(), details.place(), by);
    record(meetingId, "chair", old.chair(), details.chair(), by);
    record(meetingId, "recorder", old.recorder(), details.recorder(), by);
    record(meetingId, "documentNumber", old.documentNumber(), details.documentNumber(), by);
  }

  private void record(long meetingId, String field, Object before, Object after, String by) {
    if (!Objects.equals(before, after)) {
      repository.insertCorrection(meetingId, null, field, before == null ? null : before.toString(), after == null ? null : after.toString(),
          by, RocDates.now());
    }
  }

  private MeetingRow meeting(long meetingId) {
    return repository.meeting(meetingId).orElseThrow(() -> ApiException.notFound("沒有編號 " + meetingId + " 的會議。"));
  }

  private static void requireKnownFields(Map<String, Object> patch, Set<String> known, List<FieldProblem> problems) {
    if (patch == null || patch.isEmpty()) {
      throw new InvalidRequestException(List.of(new FieldProblem("(body)", "請送出要更正的欄位。")));
    }
    for (String field : patch.keySet()) {
      if (!known.contains(field)) {
        problems.add(new FieldProblem(field, "「" + field + "」不是可以更正的欄位；可更正：" + String.join("、", known.stream().sorted().toList()) + "。"));
      }
    }
  }

  private String names(List<String> units) {
    return units.contains(FollowUpItems.ALL_UNITS)
        ? "本府各處暨所屬各機關"
        : String.join("、", units.stream().map(organization::unitName).toList());
  }
}
