package tw.gov.securitymeeting.publication;

import java.net.URI;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import tw.gov.securitymeeting.organization.Organization;
import tw.gov.securitymeeting.system.ApiException;
import tw.gov.securitymeeting.system.CurrentUser;
import tw.gov.securitymeeting.system.FeatureLinks;
import tw.gov.securitymeeting.system.FieldProblem;
import tw.gov.securitymeeting.system.InvalidRequestException;

/** Sending a notice to the pre-publication review, and the register of every notice reviewed. */
@RestController
@RequestMapping("/api/publications")
class PublicationController implements FeatureLinks {

  @Override
  public List<Link> links() {
    return List.of(new Link("上網公告複核 API", "/api/publications"));
  }

  private final PublicationRequestValidator validator;
  private final PublicationStart start;
  private final PublicationQueries queries;
  private final CurrentUser currentUser;
  private final Organization organization;

  PublicationController(PublicationRequestValidator validator, PublicationStart start, PublicationQueries queries,
      CurrentUser currentUser, Organization organization) {
    this.validator = validator;
    this.start = start;
    this.queries = queries;
    this.currentUser = currentUser;
    this.organization = organization;
  }

  @PostMapping(consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
  ResponseEntity<PublicationStart.Started> submit(
      @RequestParam(required = false) String title,
      @RequestParam(required = false) String noticeText,
      @RequestParam(required = false) String targetUrl,
      @RequestParam(required = false) String unit,
      @RequestParam(required = false) String desiredDate,
      @RequestParam(required = false) String eventEndDate,
      @RequestPart(name = "attachments", required = false) List<MultipartFile> attachments) {
    // A clerk of one unit need not name it.
    String publishingUnit = unit == null || unit.isBlank() ? organization.onlyUnitOf(currentUser.id()).orElse(unit) : unit;
    ValidPublication publication = validator.validate(
        new PublicationRequestValidator.Fields(title, noticeText, targetUrl, publishingUnit, desiredDate, eventEndDate), attachments);
    PublicationStart.Started started = start.start(publication, currentUser.id());
    return ResponseEntity.created(URI.create("/api/publications/" + started.id())).body(started);
  }

  /** Replaces the attachments of a notice returned for revision (multipart, parts named attachments). */
  @PutMapping(path = "/{id}/attachments", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
  ResponseEntity<Void> replaceAttachments(@PathVariable long id,
      @RequestPart(name = "attachments", required = false) List<MultipartFile> attachments) {
    List<ValidPublication.Upload> uploads = validator.attachments(attachments);
    start.replaceAttachments(id, uploads, currentUser.id());
    return ResponseEntity.noContent().build();
  }

  @GetMapping
  List<PublicationViews.Summary> register(@RequestParam(required = false) String status) {
    PublicationStatus wanted = null;
    if (status != null && !status.isBlank()) {
      try {
        wanted = PublicationStatus.valueOf(status.strip().toUpperCase(Locale.ROOT));
      } catch (IllegalArgumentException unknown) {
        throw new InvalidRequestException(List.of(new FieldProblem("status", "沒有「" + status + "」這個狀態；可用："
            + String.join("、", Arrays.stream(PublicationStatus.values()).map(Enum::name).toList()) + "。")));
      }
    }
    return queries.list(wanted);
  }

  @GetMapping("/{id}")
  PublicationViews.Detail publication(@PathVariable long id) {
    return queries.detail(id).orElseThrow(() -> ApiException.notFound("沒有編號 " + id + " 的公告複核案件。"));
  }
}
