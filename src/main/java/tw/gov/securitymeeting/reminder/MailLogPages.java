package tw.gov.securitymeeting.reminder;

import jakarta.servlet.http.HttpServletResponse;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import tw.gov.securitymeeting.mail.MailLog;
import tw.gov.securitymeeting.mail.MailRecord;
import tw.gov.securitymeeting.mail.MailStatus;
import tw.gov.securitymeeting.organization.Organization;
import tw.gov.securitymeeting.system.CurrentUser;
import tw.gov.securitymeeting.system.FieldProblem;
import tw.gov.securitymeeting.system.PageLinks;
import tw.gov.securitymeeting.system.RocDates;
import tw.gov.securitymeeting.system.SubmittedValues;

/**
 * 郵件紀錄 as a page: the mails of /api/reminders, filter by status and task. The chair, the secretariat and admins see
 * every mail; anyone else only the mails sent to their own units (the unit's mailbox or a member of the unit).
 */
@Controller
class MailLogPages implements PageLinks {

  static final int PAGE_SIZE = 50;

  static final Map<MailStatus, String> STATUS_LABELS = Map.of(MailStatus.PENDING, "待寄出", MailStatus.SENDING, "寄送中",
      MailStatus.SENT, "已寄出", MailStatus.FAILED, "寄送失敗", MailStatus.DROPPED, "已取消（工作已辦結）");

  static final Map<String, String> KIND_LABELS = Map.of(
      ReminderKind.BEFORE_DUE.name(), "待辦提醒：" + ReminderKind.BEFORE_DUE.label(),
      ReminderKind.DUE.name(), "待辦提醒：" + ReminderKind.DUE.label(),
      ReminderKind.OVERDUE.name(), "待辦提醒：" + ReminderKind.OVERDUE.label(),
      ReminderKind.DIGEST.name(), ReminderKind.DIGEST.label(),
      "TAKE_DOWN_OVERDUE", "活動網站撤除逾期",
      "evidence-escalation", "資安事件期限通知",
      "special-period-duty-missed", "專案期間值勤未回報",
      "special-period-situation", "專案期間狀況通報");

  private final MailLog mailLog;
  private final CurrentUser currentUser;
  private final Organization organization;

  MailLogPages(MailLog mailLog, CurrentUser currentUser, Organization organization) {
    this.mailLog = mailLog;
    this.currentUser = currentUser;
    this.organization = organization;
  }

  @Override
  public List<PageLink> pageLinks() {
    return List.of(new PageLink(60, "郵件紀錄", "/mails"));
  }

  record Choice(String value, String label) {}

  record Row(long id, String kind, String taskId, List<String> recipients, String subject, MailStatus status, String statusLabel,
      int attempts, String lastError, Instant createdAt, Instant sentAt) {}

  @GetMapping("/mails")
  String mails(@RequestParam(required = false) String status, @RequestParam(required = false) String taskId,
      @RequestParam(required = false) String page, Model model, HttpServletResponse response) {
    List<FieldProblem> problems = new ArrayList<>();
    String wantedStatus = SubmittedValues.text(status) == null ? null
        : SubmittedValues.choice(status, "status", "狀態", Arrays.stream(MailStatus.values()).map(Enum::name).toList(), problems);
    String wantedTask = SubmittedValues.optionalLine(taskId, "taskId", "工作編號", 64, problems);
    int pageNumber = SubmittedValues.wholeNumber(page, "page", "頁次", 1, 1, 100_000, problems);
    model.addAttribute("statuses", Arrays.stream(MailStatus.values()).map(s -> new Choice(s.name(), STATUS_LABELS.get(s))).toList());
    model.addAttribute("status", wantedStatus);
    model.addAttribute("taskId", problems.stream().anyMatch(p -> p.field().equals("taskId")) ? null : wantedTask);
    model.addAttribute("roc", new Roc());
    if (!problems.isEmpty()) {
      response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
      model.addAttribute("problems", problems);
      return "mails/list";
    }
    List<MailRecord> visible = visible(mailLog.search(wantedTask, wantedStatus == null ? null : MailStatus.valueOf(wantedStatus)));
    int pages = Math.max(1, (visible.size() + PAGE_SIZE - 1) / PAGE_SIZE);
    model.addAttribute("rows", visible.stream().skip((long) (pageNumber - 1) * PAGE_SIZE).limit(PAGE_SIZE)
        .map(m -> new Row(m.id(), KIND_LABELS.getOrDefault(m.kind(), "其他通知"), m.taskId(), m.recipients(), m.subject(), m.status(),
            STATUS_LABELS.get(m.status()), m.attempts(), m.lastError(), m.createdAt(), m.sentAt()))
        .toList());
    model.addAttribute("total", visible.size());
    model.addAttribute("page", pageNumber);
    model.addAttribute("pages", pages);
    model.addAttribute("everyUnit", everyUnit());
    return "mails/list";
  }

  private boolean everyUnit() {
    return currentUser.isMemberOfAny(organization.secretariat(), organization.chairGroup(), CurrentUser.ADMIN_GROUP);
  }

  /** Every mail for the overseers; for anyone else the mails to an address of their units. */
  private List<MailRecord> visible(List<MailRecord> mails) {
    if (everyUnit()) {
      return mails;
    }
    Set<String> addresses = new HashSet<>();
    for (String unit : organization.unitIds().stream().filter(currentUser::isMemberOfAny).toList()) {
      organization.unit(unit).map(Organization.Unit::email).ifPresent(addresses::add);
      organization.users().stream().filter(u -> u.groups().contains(unit)).forEach(u -> addresses.add(u.email()));
    }
    Set<String> normalized = new HashSet<>();
    addresses.stream().filter(a -> a != null && !a.isBlank()).forEach(a -> normalized.add(a.strip().toLowerCase(Locale.ROOT)));
    return mails.stream()
        .filter(m -> m.recipients().stream().anyMatch(r -> normalized.contains(r.strip().toLowerCase(Locale.ROOT))))
        .toList();
  }

  static final class Roc {
    public String time(Instant instant) {
      return RocDates.format(instant);
    }
  }
}
