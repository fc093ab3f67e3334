package tw.gov.securitymeeting.followup;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.springframework.stereotype.Component;
import tw.gov.securitymeeting.organization.Organization;
import tw.gov.securitymeeting.system.FieldProblem;
import tw.gov.securitymeeting.system.InvalidRequestException;
import tw.gov.securitymeeting.system.SubmittedValues;

/** Checks a meeting request field by field and names every problem at once. */
@Component
class MeetingRequestValidator {

  static final int MAX_TITLE = 200;
  static final int MAX_NUMBER = 50;
  static final int MAX_TEXT = 4000;
  static final int MAX_ITEMS = 200;
  static final int MAX_SESSION = 50;
  static final int MAX_NAME = 100;
  static final int MAX_PLACE = 200;
  static final int MAX_REPORT_ITEM = 200;

  private final Organization organization;

  MeetingRequestValidator(Organization organization) {
    this.organization = organization;
  }

  ValidMeeting validate(MeetingRequest request) {
    List<FieldProblem> problems = new ArrayList<>();
    if (request == null) {
      throw new InvalidRequestException(List.of(new FieldProblem("(body)", "請送出會議資料。")));
    }
    String title = text(request.title(), "title", "會議名稱", MAX_TITLE, true, problems);
    String series = text(request.series(), "series", "會報名稱", MAX_TITLE, false, problems);
    LocalDate heldOn = date(request.heldOn(), "heldOn", "開會日期", true, problems);
    LocalDate nextMeetingOn = date(request.nextMeetingOn(), "nextMeetingOn", "下次開會日期", false, problems);
    if (heldOn != null && nextMeetingOn != null && !nextMeetingOn.isAfter(heldOn)) {
      problems.add(new FieldProblem("nextMeetingOn", "下次開會日期必須晚於開會日期。"));
    }
    List<ValidMeeting.Item> items = new ArrayList<>();
    if (request.items() == null || request.items().isEmpty()) {
      problems.add(new FieldProblem("items", "請至少列出一項決議事項。"));
    } else if (request.items().size() > MAX_ITEMS) {
      problems.add(new FieldProblem("items", "一次最多登錄 " + MAX_ITEMS + " 項決議事項。"));
    } else {
      Set<String> numbers = new HashSet<>();
      for (int i = 0; i < request.items().size(); i++) {
        ValidMeeting.Item item = item(request.items().get(i), "items[" + i + "].", heldOn, numbers, problems);
        items.add(item);
      }
    }
    MeetingDetails details = details(request.session(), request.time(), request.place(), request.chair(), request.recorder(),
        request.documentNumber(), "", problems);
    if (!problems.isEmpty()) {
      throw new InvalidRequestException(problems);
    }
    return new ValidMeeting(series == null ? title : series, title, heldOn, nextMeetingOn, items, details);
  }

  /** One item added to a registered meeting (its number must be new in the meeting). */
  ValidMeeting.Item validateItem(MeetingRequest.Item request, LocalDate heldOn, Set<String> takenNumbers) {
    List<FieldProblem> problems = new ArrayList<>();
    if (request == null) {
      throw new InvalidRequestException(List.of(new FieldProblem("(body)", "請送出決議事項資料。")));
    }
    ValidMeeting.Item item = item(request, "", heldOn, new HashSet<>(takenNumbers), problems);
    if (!problems.isEmpty()) {
      throw new InvalidRequestException(problems);
    }
    return item;
  }

  /** 次別, time, 地點, 主席, 記錄, 文號: all optional. */
  MeetingDetails details(Object session, Object time, Object place, Object chair, Object recorder, Object documentNumber, String at,
      List<FieldProblem> problems) {
    return new MeetingDetails(
        SubmittedValues.optionalLine(session, at + "session", "次別", MAX_SESSION, problems),
        time(time, at + "time", problems),
        SubmittedValues.optionalLine(place, at + "place", "地點", MAX_PLACE, problems),
        SubmittedValues.optionalLine(chair, at + "chair", "主席", MAX_NAME, problems),
        SubmittedValues.optionalLine(recorder, at + "recorder", "記錄", MAX_NAME, problems),
        SubmittedValues.optionalLine(documentNumber, at + "documentNumber", "文號", MAX_NAME, problems));
  }

  /** The time a meeting began, as 「14:30」. */
  static LocalTime time(Object value, String field, List<FieldProblem> problems) {
    String text = SubmittedValues.text(value);
    if (text == null) {
      return null;
    }
    try {
      return LocalTime.parse(text.strip().length() == 4 ? "0" + text.strip() : text.strip());
    } catch (DateTimeParseException e) {
      problems.add(new FieldProblem(field, "「開會時間」的格式不正確，請寫成「14:30」。"));
      return null;
    }
  }

  private ValidMeeting.Item item(MeetingRequest.Item item, String at, LocalDate heldOn, Set<String> numbers, List<FieldProblem> problems) {
    if (item == null) {
      problems.add(new FieldProblem(at.substring(0, at.length() - 1), "決議事項不可為空。"));
      return null;
    }
    String number = text(item.number(), at + "number", "編號", MAX_NUMBER, true, problems);
    if (number != null && !numbers.add(number)) {
      problems.add(new FieldProblem(at + "number", "編號「" + number + "」重複，每項決議事項的編號必須不同。"));
    }
    ItemKind kind = null;
    if (item.kind() == null || item.kind().isBlank()) {
      problems.add(new FieldProblem(at + "kind", SubmittedValues.missing("類別")));
    } else {
      try {
        kind = ItemKind.valueOf(item.kind().strip());
      } catch (IllegalArgumentException unknown) {
        problems.add(new FieldProblem(at + "kind", SubmittedValues.notAChoice("類別")));
      }
    }
    String subject = text(item.subject(), at + "subject", "案由", MAX_TEXT, true, problems);
    String decision = text(item.decision(), at + "decision", "決議", MAX_TEXT, false, problems);
    List<String> units = units(item.leadUnits(), at + "leadUnits", problems);
    LocalDate dueDate = date(item.dueDate(), at + "dueDate", "辦理期限", false, problems);
    if (dueDate != null && heldOn != null && dueDate.isBefore(heldOn)) {
      problems.add(new FieldProblem(at + "dueDate", "辦理期限不可早於開會日期。"));
    }
    String proposingUnit = SubmittedValues.optionalLine(item.proposingUnit(), at + "proposingUnit", "提案單位", MAX_NUMBER, problems);
    if (proposingUnit != null && !organization.isUnit(proposingUnit)) {
      problems.add(new FieldProblem(at + "proposingUnit", "沒有代號為「" + proposingUnit + "」的提案單位；可用的單位：" + organization.unitChoices() + "。"));
    }
    if (proposingUnit != null && kind != null && kind != ItemKind.PROPOSAL && kind != ItemKind.AD_HOC_MOTION) {
      problems.add(new FieldProblem(at + "proposingUnit", "只有提案或臨時動議可以填寫「提案單位」。"));
    }
    String reportItem = SubmittedValues.optionalLine(item.reportItem(), at + "reportItem", "報告事項", MAX_REPORT_ITEM, problems);
    if (reportItem != null && kind != null && kind != ItemKind.INSTRUCTION) {
      problems.add(new FieldProblem(at + "reportItem", "只有主席裁示可以填寫所依據的「報告事項」。"));
    }
    List<String> coUnits = coUnits(item.coUnits(), units, at + "coUnits", problems);
    return new ValidMeeting.Item(number, kind, subject, decision, units, dueDate, proposingUnit, reportItem, coUnits);
  }

  /** 協辦單位: optional, real units, none of them a lead unit (and none when every unit leads). */
  List<String> coUnits(List<String> coUnits, List<String> leadUnits, String field, List<FieldProblem> problems) {
    if (coUnits == null || coUnits.isEmpty()) {
      return List.of();
    }
    List<String> result = new ArrayList<>();
    for (String unit : coUnits) {
      String id = unit == null ? "" : unit.strip();
      if (!organization.isUnit(id)) {
        problems.add(new FieldProblem(field, "沒有代號為「" + id + "」的協辦單位；可用的單位：" + organization.unitChoices() + "。"));
      } else if (leadUnits.contains(id) || leadUnits.contains(FollowUpItems.ALL_UNITS)) {
        problems.add(new FieldProblem(field, "「" + organization.unitName(id) + "」已是主辦單位，不可同時列為協辦單位。"));
      } else if (!result.contains(id)) {
        result.add(id);
      }
    }
    return result;
  }

  List<String> units(List<String> units, String field, List<FieldProblem> problems) {
    if (units == null || units.isEmpty()) {
      problems.add(new FieldProblem(field, "請指定至少一個主辦單位（全部單位請填 \"all\"）。"));
      return List.of();
    }
    List<String> result = new ArrayList<>();
    for (String unit : units) {
      String id = unit == null ? "" : unit.strip();
      if (!FollowUpItems.ALL_UNITS.equals(id) && !organization.isUnit(id)) {
        problems.add(new FieldProblem(field, "沒有代號為「" + id + "」的單位；可用的單位：" + organization.unitChoices() + "，或 all（全部單位）。"));
      } else if (!result.contains(id)) {
        result.add(id);
      }
    }
    return result;
  }

  static String text(String value, String field, String label, int max, boolean required, List<FieldProblem> problems) {
    String text = value == null ? null : value.strip();
    if (text == null || text.isEmpty()) {
      if (required) {
        problems.add(new FieldProblem(field, SubmittedValues.missing(label)));
      }
      return null;
    }
    if (text.length() > max) {
      problems.add(new FieldProblem(field, SubmittedValues.tooLong(label, max)));
    }
    return text;
  }

  static LocalDate date(String value, String field, String label, boolean required, List<FieldProblem> problems) {
    if (value == null || value.isBlank()) {
      if (required) {
        problems.add(new FieldProblem(field, SubmittedValues.missing(label)));
      }
      return null;
    }
    try {
      return LocalDate.parse(value.strip());
    } catch (DateTimeParseException e) {
      problems.add(new FieldProblem(field, SubmittedValues.notADate(label)));
      return null;
    }
  }
}
