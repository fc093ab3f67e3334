package tw.gov.securitymeeting.followup;

import java.net.URI;
import java.util.List;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import tw.gov.securitymeeting.followup.report.FollowUpReportResponses;
import tw.gov.securitymeeting.organization.Organization;
import tw.gov.securitymeeting.system.ApiException;
import tw.gov.securitymeeting.system.CurrentUser;
import tw.gov.securitymeeting.system.FeatureLinks;

/** Registering meetings and following their items. Only the secretariat, the chair and admins. */
@RestController
@RequestMapping("/api/meetings")
class MeetingController implements FeatureLinks {

  @Override
  public List<Link> links() {
    return List.of(new Link("會議 API", "/api/meetings"));
  }

  private final MeetingRequestValidator validator;
  private final MeetingRegistration registration;
  private final MeetingQueries queries;
  private final CurrentUser currentUser;
  private final Organization organization;
  private final FollowUpReportResponses followUpReports;
  private final MeetingRulings rulings;

  MeetingController(MeetingRequestValidator validator, MeetingRegistration registration, MeetingQueries queries,
      CurrentUser currentUser, Organization organization, FollowUpReportResponses followUpReports, MeetingRulings rulings) {
    this.rulings = rulings;
    this.validator = validator;
    this.registration = registration;
    this.queries = queries;
    this.currentUser = currentUser;
    this.organization = organization;
    this.followUpReports = followUpReports;
  }

  @PostMapping
  ResponseEntity<MeetingRegistration.RegisteredMeeting> register(@RequestBody(required = false) MeetingRequest request) {
    if (!currentUser.isMemberOfAny(organization.secretariat(), CurrentUser.ADMIN_GROUP)) {
      throw ApiException.forbidden("只有幕僚單位（" + organization.unitName(organization.secretariat()) + "）或系統管理者可以登錄會議。");
    }
    ValidMeeting meeting = validator.validate(request);
    var registered = registration.register(meeting, currentUser.id());
    return ResponseEntity.created(URI.create("/api/meetings/" + registered.id())).body(registered);
  }

  @GetMapping
  List<MeetingViews.MeetingSummary> meetings() {
    requireOverseer();
    return queries.meetings();
  }

  @GetMapping("/{id}")
  MeetingViews.Meeting meeting(@PathVariable long id) {
    requireOverseer();
    return queries.meeting(id).orElseThrow(() -> ApiException.notFound("沒有編號 " + id + " 的會議。"));
  }

  /** 「上次會議主席裁(指)示事項辦理情形報告」: printable HTML, or ?format=odt to download. */
  @GetMapping("/{id}/follow-up-report")
  ResponseEntity<byte[]> followUpReport(@PathVariable long id, @RequestParam(required = false) String format) {
    requireOverseer();
    return followUpReports.answer(id, format);
  }

  /** The next meeting's table for meeting {id} (議程「上次會議主席裁(指)示事項辦理情形報告」): HTML, or ?format=odt. */
  @GetMapping("/{id}/agenda-report")
  ResponseEntity<byte[]> agendaReport(@PathVariable long id, @RequestParam(required = false) String format) {
    requireOverseer();
    return followUpReports.agenda(id, format);
  }

  /** The chair's rulings at meeting {id} for the whole table, entered by the recorder in one go. */
  @PostMapping("/{id}/rulings")
  java.util.Map<String, Object> rulings(@PathVariable long id, @RequestBody(required = false) RulingsRequest request) {
    if (!currentUser.isMemberOfAny(organization.secretariat(), organization.chairGroup(), CurrentUser.ADMIN_GROUP)) {
      throw ApiException.forbidden("只有主席、幕僚單位或系統管理者可以登錄主席裁示。");
    }
    return java.util.Map.of("meetingId", id, "rulings", rulings.rule(id, request, currentUser.id()));
  }

  private void requireOverseer() {
    if (!currentUser.isMemberOfAny(organization.secretariat(), organization.chairGroup(), CurrentUser.ADMIN_GROUP)) {
      throw ApiException.forbidden("只有主席、幕僚單位或系統管理者可以查看會議列管情形。");
    }
  }
}
