package tw.gov.securitymeeting.evidence;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import tw.gov.securitymeeting.system.ApiException;
import tw.gov.securitymeeting.system.CurrentUser;
import tw.gov.securitymeeting.system.FeatureLinks;
import tw.gov.securitymeeting.system.FieldProblem;
import tw.gov.securitymeeting.system.InvalidRequestException;

/**
 * Incidents over HTTP: report one (any unit), read it with its timeline, record evidence and
 * hand-overs, verify a chain, export the report. Reading and recording: the task force, the
 * configured readers (綜合規劃處、政風處、主席) and admins.
 */
@RestController
@RequestMapping("/api/incidents")
class IncidentController implements FeatureLinks {

  @Override
  public List<Link> links() {
    return List.of(new Link("資安事件 API", "/api/incidents"));
  }

  private final IncidentValidator validator;
  private final IncidentStart start;
  private final IncidentQueries queries;
  private final EvidenceItems evidence;
  private final EvidencePolicy policy;
  private final CurrentUser currentUser;

  IncidentController(IncidentValidator validator, IncidentStart start, IncidentQueries queries, EvidenceItems evidence,
      EvidencePolicy policy, CurrentUser currentUser) {
    this.validator = validator;
    this.start = start;
    this.queries = queries;
    this.evidence = evidence;
    this.policy = policy;
    this.currentUser = currentUser;
  }

  @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
  ResponseEntity<IncidentViews.Registered> report(@RequestBody(required = false) IncidentRequest request) {
    IncidentViews.Registered registered = start.report(validator.validate(request));
    return ResponseEntity.created(URI.create("/api/incidents/" + registered.id())).body(registered);
  }

  @GetMapping("/{id}")
  IncidentViews.Incident incident(@PathVariable long id) {
    return readable(id);
  }

  @PostMapping(path = "/{id}/evidence", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
  ResponseEntity<IncidentViews.Item> upload(@PathVariable long id, @RequestPart(name = "file", required = false) MultipartFile file,
      @RequestParam(required = false) String description, @RequestParam(required = false) String sourceDevice,
      @RequestParam(required = false) String method, @RequestParam(required = false) String acquiredBy,
      @RequestParam(required = false) String acquiredAt) {
    open(id);
    var item = evidence.addUploaded(id, file, new EvidenceItemRequest(description, sourceDevice, method, null, acquiredBy, acquiredAt),
        currentUser.id());
    return created(id, item);
  }

  @PostMapping(path = "/{id}/evidence", consumes = MediaType.APPLICATION_JSON_VALUE)
  ResponseEntity<IncidentViews.Item> enter(@PathVariable long id, @RequestBody(required = false) EvidenceItemRequest request) {
    open(id);
    return created(id, evidence.addEntered(id, request, currentUser.id()));
  }

  @PostMapping(path = "/{id}/evidence/{itemId}/custody", consumes = MediaType.APPLICATION_JSON_VALUE)
  ResponseEntity<IncidentViews.Custody> handOver(@PathVariable long id, @PathVariable long itemId,
      @RequestBody(required = false) CustodyRequest request) {
    open(id);
    var row = evidence.handOver(id, itemId, request, currentUser.id());
    return ResponseEntity.created(URI.create("/api/incidents/" + id + "/evidence/" + itemId + "/custody"))
        .body(IncidentViews.custody(row));
  }

  @GetMapping("/{id}/evidence/{itemId}/custody/verify")
  EvidenceItems.Verification verify(@PathVariable long id, @PathVariable long itemId) {
    readable(id);
    return evidence.verify(id, itemId);
  }

  @GetMapping("/{id}/report")
  ResponseEntity<byte[]> report(@PathVariable long id, @RequestParam(required = false) String format) {
    if (format == null || !"odt".equalsIgnoreCase(format.strip())) {
      throw new InvalidRequestException(List.of(new FieldProblem("format", "目前只提供 ODF 文件，請以 format=odt 下載。")));
    }
    IncidentViews.Incident incident = readable(id);
    byte[] document = IncidentReportOdt.write(incident);
    return ResponseEntity.ok()
        .contentType(MediaType.parseMediaType(IncidentReportOdt.MEDIA_TYPE))
        .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
            .filename("資安事件" + id + "調查處理及改善報告.odt", StandardCharsets.UTF_8).build().toString())
        .body(document);
  }

  private ResponseEntity<IncidentViews.Item> created(long id, EvidenceRepository.ItemRow item) {
    return ResponseEntity.created(URI.create("/api/incidents/" + id + "/evidence/" + item.id()))
        .body(IncidentViews.item(item, List.of()));
  }

  /** The incident, if the current user may see it. */
  private IncidentViews.Incident readable(long id) {
    IncidentViews.Incident incident = queries.incident(id).orElseThrow(() -> notFound(id));
    boolean member = incident.members().stream().anyMatch(m -> m.id().equals(currentUser.id()));
    List<String> readers = policy.groupList("readers", null);
    if (!member && !currentUser.isMemberOfAny(readers.toArray(String[]::new)) && !currentUser.isMemberOfAny(CurrentUser.ADMIN_GROUP)) {
      throw ApiException.forbidden("只有數位證據保全工作小組成員、綜合規劃處、政風處、主席或系統管理者可以查看或登錄此資安事件。");
    }
    return incident;
  }

  /** The incident, readable and not yet closed. */
  private IncidentViews.Incident open(long id) {
    IncidentViews.Incident incident = readable(id);
    if (IncidentStatus.CLOSED.name().equals(incident.status())) {
      throw new ApiException(org.springframework.http.HttpStatus.CONFLICT, "已結案", "資安事件 " + id + " 已結案歸檔，證據與監管鏈不可再新增。");
    }
    return incident;
  }

  private static ApiException notFound(long id) {
    return ApiException.notFound("沒有編號 " + id + " 的資安事件。");
  }
}
