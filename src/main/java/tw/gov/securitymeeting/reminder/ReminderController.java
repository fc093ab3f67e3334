package tw.gov.securitymeeting.reminder;

import java.util.Arrays;
import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import tw.gov.securitymeeting.mail.MailLog;
import tw.gov.securitymeeting.mail.MailRecord;
import tw.gov.securitymeeting.mail.MailStatus;
import tw.gov.securitymeeting.organization.Organization;
import tw.gov.securitymeeting.system.ApiException;
import tw.gov.securitymeeting.system.CurrentUser;
import tw.gov.securitymeeting.system.FeatureLinks;
import tw.gov.securitymeeting.system.FieldProblem;
import tw.gov.securitymeeting.system.InvalidRequestException;

/** GET /api/reminders: every mail the application sent or tried to send, for the overseers. */
@RestController
class ReminderController implements FeatureLinks {

  @Override
  public List<Link> links() {
    return List.of(new Link("郵件紀錄 API", "/api/reminders"));
  }

  private final MailLog mailLog;
  private final CurrentUser currentUser;
  private final Organization organization;

  ReminderController(MailLog mailLog, CurrentUser currentUser, Organization organization) {
    this.mailLog = mailLog;
    this.currentUser = currentUser;
    this.organization = organization;
  }

  @GetMapping("/api/reminders")
  List<MailRecord> reminders(@RequestParam(required = false) String taskId, @RequestParam(required = false) String status) {
    if (!currentUser.isMemberOfAny(organization.secretariat(), organization.chairGroup(), CurrentUser.ADMIN_GROUP)) {
      throw ApiException.forbidden("只有主席、幕僚單位或系統管理者可以查看提醒紀錄。");
    }
    return mailLog.search(blankToNull(taskId), parse(status));
  }

  private static MailStatus parse(String status) {
    if (status == null || status.isBlank()) {
      return null;
    }
    try {
      return MailStatus.valueOf(status.strip().toUpperCase());
    } catch (IllegalArgumentException unknown) {
      throw new InvalidRequestException(List.of(new FieldProblem("status",
          "狀態「" + status + "」不存在，請用 " + String.join("、", Arrays.stream(MailStatus.values()).map(Enum::name).toList()) + "。")));
    }
  }

  private static String blankToNull(String text) {
    return text == null || text.isBlank() ? null : text.strip();
  }
}
