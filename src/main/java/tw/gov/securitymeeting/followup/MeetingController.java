package tw.gov.securitymeeting.followup;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
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
import tw.gov.securitymeeting.system.FieldProblem;
import tw.gov.securitymeeting.system.InvalidRequestException;
import tw.gov.securitymeeting.system.SubmittedValues;

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
  private final MeetingCorrections corrections;

  MeetingController(MeetingRequestValidator validator, MeetingRegistration registration, MeetingQueries queries,
      CurrentUser currentUser, Organization organization, FollowUpReportResponses followUpReports, MeetingRulings rulings,
      MeetingCorrections corrections) {
    this.rulings = rulings;
    this.corrections = corrections;
    this.validator = validator;
    this.registration = registration;
    this.queries = queries;
    this.currentUser = currentUser;
    this.organization = organization;
    this.followUpReports = followUpReports;
  }

  static final int DEFAULT_PAGE_SIZE = 50;
  static final int MAX_PAGE_SIZE = 200;

  @PostMapping
  ResponseEntity<MeetingRegistration.RegisteredMeeting> register(@RequestBody(required = false) MeetingRequest request) {
    requireSecretariat("登錄會議");
    ValidMeeting meeting = validator.validate(request);
    var registered = registration.register(meeting, currentUser.id());
    return ResponseEntity.created(URI.create("/api/meetings/" + registered.id())).body(registered);
  }

  /** Newest first, {@code ?page=0&size=50} (size at most 200); the total in {@code X-Total-Count}. */
  @GetMapping
  ResponseEntity<List<MeetingViews.MeetingSummary>> meetings(@RequestParam(required = false) String page,
      @RequestParam(required = false) String size) {
    requireOverseer();
    List<FieldProblem> problems = new ArrayList<>();
    int pageNumber = SubmittedValues.wholeNumber(page, "page", "頁次", 0, 0, Integer.MAX_VALUE / MAX_PAGE_SIZE, problems);
    int pageSize = SubmittedValues.wholeNumber(size, "size", "每頁筆數", DEFAULT_PAGE_SIZE, 1, MAX_PAGE_SIZE, problems);
    if (!problems.isEmpty()) {
      throw new InvalidRequestException(problems);
    }
    return ResponseEntity.ok().header("X-Total-Count", String.valueOf(queries.meetingCount()))
        .body(queries.meetings(pageNumber, pageSize));
  }

  /** Adds an item to a registered meeting; its follow-up starts at once. */
  @PostMapping("/{id}/items")
  ResponseEntity<MeetingRegistration.RegisteredItem> addItem(@PathVariable long id, @RequestBody(required = false) MeetingRequest.Item item) {
    requireSecretariat("新增決議事項");
    var added = corrections.addItem(id, item, currentUser.id());
    return ResponseEntity.created(URI.create("/api/meetings/" + id)).body(added);
  }

  /** Corrects an open item's subject, lead units, 協辦單位 or due date; answers the meeting as corrected. */
  @PatchMapping("/{id}/items/{number}")
  MeetingViews.Meeting correctItem(@PathVariable long id, @PathVariable String number,
      @RequestBody(required = false) Map<String, Object> patch) {
    requireSecretariat("更正決議事項");
    corrections.correctItem(id, number, patch, currentUser.id());
    return meeting(id);
  }

  /** Corrects the meeting's own fields; answers the meeting as corrected. */
  @PatchMapping("/{id}")
  MeetingViews.Meeting correctMeeting(@PathVariable long id, @RequestBody(required = false) Map<String, Object> patch) {
    requireSecretariat("更正會議資料");
    corrections.correctMeeting(id, patch, currentUser.id());
    return meeting(id);
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

  private void requireSecretariat(String what) {
    if (!currentUser.isMemberOfAny(organization.secretariat(), CurrentUser.ADMIN_GROUP)) {
      throw ApiException.forbidden("只有幕僚單位（" + organization.unitName(organization.secretariat()) + "）或系統管理者可以" + what + "。");
    }
  }

  private void requireOverseer() {
    if (!currentUser.isMemberOfAny(organization.secretariat(), organization.chairGroup(), CurrentUser.ADMIN_GROUP)) {
      throw ApiException.forbidden("只有主席、幕僚單位或系統管理者可以查看會議列管情形。");
    }
  }
}
