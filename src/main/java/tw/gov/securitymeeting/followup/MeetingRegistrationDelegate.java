package tw.gov.securitymeeting.followup;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Date;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.spin.Spin;
import org.camunda.spin.json.SpinJsonNode;
import org.springframework.stereotype.Component;
import tw.gov.securitymeeting.organization.Organization;
import tw.gov.securitymeeting.system.SubmittedValues;
import tw.gov.securitymeeting.system.ApiException;
import tw.gov.securitymeeting.system.CurrentUser;
import tw.gov.securitymeeting.system.FieldProblem;
import tw.gov.securitymeeting.system.InvalidRequestException;
import tw.gov.securitymeeting.system.RocDates;

/**
 * 「登錄會議並啟動列管」 of meeting-registration.bpmn: turns what the Tasklist start form
 * submitted into a {@link MeetingRequest}, checks it like {@code POST /api/meetings} does and
 * registers the meeting. It runs in the transaction that starts the process, so a refusal
 * (answered 400 with the Chinese reasons) starts and registers nothing.
 *
 * <p>Tasklist sends the dates as "YYYY-MM-DD" strings and the dynamic list {@code items} as a
 * Json variable; REST and Java clients may also send the list as a JSON string or a Java list. The
 * list is read as Spin JSON and each value through {@link SubmittedValues}, like the other features.
 */
@Component("meetingRegistrationDelegate")
class MeetingRegistrationDelegate implements JavaDelegate {

  private static final Pattern ITEM_FIELD = Pattern.compile("items\\[(\\d+)\\](\\..*)?");

  private final MeetingRequestValidator validator;
  private final MeetingRegistration registration;
  private final CurrentUser currentUser;
  private final Organization organization;

  MeetingRegistrationDelegate(MeetingRequestValidator validator, MeetingRegistration registration, CurrentUser currentUser,
      Organization organization) {
    this.validator = validator;
    this.registration = registration;
    this.currentUser = currentUser;
    this.organization = organization;
  }

  @Override
  public void execute(DelegateExecution execution) {
    MeetingRequest request = new MeetingRequest(
        SubmittedValues.text(execution, "series"),
        SubmittedValues.text(execution, "title"),
        date(execution, "heldOn"),
        date(execution, "nextMeetingOn"),
        items(execution),
        SubmittedValues.text(execution, "session"),
        SubmittedValues.text(execution, "time"),
        SubmittedValues.text(execution, "place"),
        SubmittedValues.text(execution, "chair"),
        SubmittedValues.text(execution, "recorder"),
        SubmittedValues.text(execution, "documentNumber"));
    ValidMeeting meeting;
    try {
      meeting = validator.validate(request);
    } catch (InvalidRequestException refused) {
      throw refusal(refused.problems());
    }
    MeetingRegistration.RegisteredMeeting registered;
    try {
      registered = registration.register(meeting, currentUser.id());
    } catch (ApiException duplicate) {
      throw SubmittedValues.refusal("title", duplicate.getMessage());
    }
    execution.setVariable("meetingId", registered.id());
    execution.setVariable("registrationSummary", summary(meeting));
  }

  /** Every problem in one message, item problems prefixed with the item's position in the list. */
  static RuntimeException refusal(List<FieldProblem> problems) {
    LinkedHashSet<String> fields = new LinkedHashSet<>();
    List<String> messages = new ArrayList<>();
    for (FieldProblem problem : problems) {
      fields.add(problem.field());
      Matcher item = ITEM_FIELD.matcher(problem.field());
      messages.add(item.matches() ? "第 " + (Integer.parseInt(item.group(1)) + 1) + " 項決議事項：" + problem.message() : problem.message());
    }
    return SubmittedValues.refusal(String.join(",", fields), String.join("\n", messages));
  }

  private String summary(ValidMeeting meeting) {
    List<String> items = meeting.items().stream()
        .map(item -> item.number() + "（" + units(item.leadUnits()) + "）")
        .toList();
    return "已登錄「" + meeting.title() + "」（" + RocDates.format(meeting.heldOn()) + "），共 " + items.size()
        + " 項決議事項，已交主辦單位填報：" + String.join("、", items) + "。";
  }

  private String units(List<String> units) {
    return units.contains(FollowUpItems.ALL_UNITS)
        ? "本府各處暨所屬各機關"
        : String.join("、", units.stream().map(organization::unitName).toList());
  }

  /** A date as "YYYY-MM-DD": the form's string, or a Date a REST client sent typed. */
  private static String date(DelegateExecution execution, String name) {
    Object value = execution.getVariable(name);
    if (value instanceof Date date) {
      return date.toInstant().atZone(RocDates.TAIPEI).toLocalDate().toString();
    }
    String text = SubmittedValues.text(execution, name);
    // datetime fields of other clients may carry a time: keep the day.
    return text != null && text.length() > 10 && text.charAt(10) == 'T' ? text.substring(0, 10) : text;
  }

  private List<MeetingRequest.Item> items(DelegateExecution execution) {
    SpinJsonNode list = itemsNode(execution.getVariable("items"));
    if (list == null || list.isNull()) {
      return null;
    }
    if (!list.isArray()) {
      throw SubmittedValues.refusal("items", "決議事項的格式不正確，應為一份清單。");
    }
    List<MeetingRequest.Item> items = new ArrayList<>();
    for (SpinJsonNode item : list.elements()) {
      if (item == null || item.isNull()) {
        items.add(null);
      } else if (!item.isObject()) {
        throw SubmittedValues.refusal("items", "決議事項的格式不正確，每一項應包含編號、類別、案由等欄位。");
      } else {
        items.add(new MeetingRequest.Item(
            SubmittedValues.text(prop(item, "number")),
            SubmittedValues.text(prop(item, "kind")),
            SubmittedValues.text(prop(item, "subject")),
            SubmittedValues.text(prop(item, "decision")),
            SubmittedValues.ids(prop(item, "leadUnits"), "leadUnits", "主辦單位"),
            SubmittedValues.text(prop(item, "dueDate")),
            SubmittedValues.text(prop(item, "proposingUnit")),
            SubmittedValues.text(prop(item, "reportItem")),
            SubmittedValues.ids(prop(item, "coUnits"), "coUnits", "協辦單位")));
      }
    }
    return items;
  }

  /** The dynamic list as Spin JSON: Tasklist's Json variable, a JSON text, or a Java list of maps. */
  private static SpinJsonNode itemsNode(Object value) {
    if (value == null || value instanceof SpinJsonNode) {
      return (SpinJsonNode) value;
    }
    if (value instanceof String text && text.isBlank()) {
      return null;
    }
    if (value instanceof String || value instanceof Collection<?> || value instanceof Map<?, ?>) {
      try {
        return Spin.JSON(value);
      } catch (RuntimeException notJson) {
        // answered below
      }
    }
    throw SubmittedValues.refusal("items", "決議事項的格式不正確，應為一份清單。");
  }

  /** A property of an item, or null when it is missing or JSON null. */
  private static SpinJsonNode prop(SpinJsonNode item, String name) {
    if (!item.hasProp(name)) {
      return null;
    }
    SpinJsonNode value = item.prop(name);
    return value == null || value.isNull() ? null : value;
  }
}
