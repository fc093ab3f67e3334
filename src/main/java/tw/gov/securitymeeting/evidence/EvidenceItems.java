package tw.gov.securitymeeting.evidence;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.multipart.MultipartFile;
import tw.gov.securitymeeting.organization.Organization;
import tw.gov.securitymeeting.system.ApiException;
import tw.gov.securitymeeting.system.FieldProblem;
import tw.gov.securitymeeting.system.InvalidRequestException;
import tw.gov.securitymeeting.system.RocDates;
import tw.gov.securitymeeting.system.SubmittedValues;

/** Recording evidence items and their hand-overs, and verifying an item's chain and file. */
@Service
class EvidenceItems {

  record FileCheck(boolean intact, String expectedSha256, String actualSha256, String problem) {}

  record Verification(boolean intact, long itemId, int entries, Integer brokenAt, String problem, FileCheck file) {}

  static final int MAX_DESCRIPTION = 2000;
  static final int MAX_TEXT = 500;
  static final int MAX_NAME = 200;
  static final int MAX_REASON = 1000;
  private static final Pattern SHA256 = Pattern.compile("[0-9a-fA-F]{64}");

  private final EvidenceRepository repository;
  private final EvidenceStore store;
  private final Organization organization;

  EvidenceItems(EvidenceRepository repository, EvidenceStore store, Organization organization) {
    this.repository = repository;
    this.store = store;
    this.organization = organization;
  }

  /** An image made elsewhere: its SHA-256 is entered. */
  @Transactional
  public EvidenceRepository.ItemRow addEntered(long incidentId, EvidenceItemRequest request, String user) {
    List<FieldProblem> problems = new ArrayList<>();
    String sha256 = SubmittedValues.text(request == null ? null : request.sha256());
    if (sha256 == null) {
      problems.add(new FieldProblem("sha256", "請填寫 SHA-256 雜湊值（64 個 16 進位字元），或改以上傳檔案由系統計算。"));
    } else if (!SHA256.matcher(sha256).matches()) {
      problems.add(new FieldProblem("sha256", "SHA-256 雜湊值必須是 64 個 16 進位字元（0-9、a-f），目前為「" + abbreviate(sha256) + "」。"));
    }
    EvidenceRepository.ItemRow item = item(incidentId, request, user, problems, sha256 == null ? null : sha256.toLowerCase(), null, null, null);
    return insert(item);
  }

  /** An uploaded file: stored read-only, hashed by the system. */
  @Transactional
  public EvidenceRepository.ItemRow addUploaded(long incidentId, MultipartFile file, EvidenceItemRequest request, String user) {
    List<FieldProblem> problems = new ArrayList<>();
    if (file == null || file.isEmpty()) {
      problems.add(new FieldProblem("file", "請選擇要上傳的證據檔案（不可為空檔案）。"));
    }
    // Check the fields before writing anything to disk.
    item(incidentId, request, user, problems, "0".repeat(64), null, null, null);
    EvidenceStore.StoredFile stored = store.store(incidentId, file);
    try {
      return insert(item(incidentId, request, user, new ArrayList<>(), stored.sha256(), name(file), stored.size(), stored.path()));
    } catch (RuntimeException failed) {
      store.discard(stored.path());
      throw failed;
    }
  }

  @Transactional
  public EvidenceRepository.CustodyRow handOver(long incidentId, long itemId, CustodyRequest request, String user) {
    EvidenceRepository.ItemRow item = find(incidentId, itemId);
    List<FieldProblem> problems = new ArrayList<>();
    if (request == null) {
      throw new InvalidRequestException(List.of(new FieldProblem("(body)", "請送出移交資料。")));
    }
    String handedBy = SubmittedValues.requiredText(person(request.handedBy()), "handedBy", "移交人", MAX_NAME, problems);
    String receivedBy = SubmittedValues.requiredText(person(request.receivedBy()), "receivedBy", "接收人", MAX_NAME, problems);
    String reason = SubmittedValues.requiredText(request.reason(), "reason", "移交事由", MAX_REASON, problems);
    String location = SubmittedValues.requiredText(request.location(), "location", "地點", MAX_TEXT, problems);
    Instant handedAt = SubmittedValues.time(request.handedAt(), "handedAt", "移交時間", false, problems);
    Instant now = RocDates.now().truncatedTo(ChronoUnit.MILLIS);
    if (handedAt == null && SubmittedValues.text(request.handedAt()) == null) {
      handedAt = now;
    } else if (handedAt != null && handedAt.isAfter(now)) {
      problems.add(new FieldProblem("handedAt", SubmittedValues.inTheFuture("移交時間")));
    } else if (handedAt != null && item.acquiredAt() != null && handedAt.isBefore(item.acquiredAt())) {
      problems.add(new FieldProblem("handedAt", "移交時間不可早於證據取得時間（" + RocDates.format(item.acquiredAt()) + "）。"));
    }
    if (handedBy != null && handedBy.equals(receivedBy)) {
      problems.add(new FieldProblem("receivedBy", "接收人不可與移交人相同。"));
    }
    if (!problems.isEmpty()) {
      throw new InvalidRequestException(problems);
    }
    repository.lock(itemId);
    List<EvidenceRepository.CustodyRow> chain = repository.custody(itemId);
    String previous = chain.isEmpty() ? CustodyChain.itemHash(item) : chain.get(chain.size() - 1).entryHash();
    int seq = chain.isEmpty() ? 1 : chain.get(chain.size() - 1).seq() + 1;
    EvidenceRepository.CustodyRow draft = new EvidenceRepository.CustodyRow(0, itemId, seq, handedAt.truncatedTo(ChronoUnit.MILLIS),
        handedBy, receivedBy, reason, location, user, now, previous, null);
    EvidenceRepository.CustodyRow row = new EvidenceRepository.CustodyRow(0, itemId, seq, draft.handedAt(), handedBy, receivedBy,
        reason, location, user, now, previous, CustodyChain.entryHash(draft));
    repository.insertCustody(row);
    return row;
  }

  /** The chain of custody of an item and, for an uploaded file, the file as it is on disk now. */
  public Verification verify(long incidentId, long itemId) {
    EvidenceRepository.ItemRow item = find(incidentId, itemId);
    List<EvidenceRepository.CustodyRow> chain = repository.custody(itemId);
    CustodyChain.Break broken = CustodyChain.firstBreak(item, chain);
    FileCheck file = null;
    if (item.filePath() != null) {
      String actual = store.sha256(item.filePath());
      String problem = actual == null ? "證據檔案已不在保存目錄中。"
          : actual.equals(item.sha256()) ? null : "證據檔案的 SHA-256 與登錄時不同，檔案已被變更。";
      file = new FileCheck(problem == null, item.sha256(), actual, problem);
    }
    boolean intact = broken == null && (file == null || file.intact());
    return new Verification(intact, itemId, chain.size(), broken == null ? null : broken.seq(),
        broken == null ? (file == null ? null : file.problem()) : broken.problem(), file);
  }

  List<EvidenceRepository.ItemRow> items(long incidentId) {
    return repository.items(incidentId);
  }

  List<EvidenceRepository.CustodyRow> custody(long itemId) {
    return repository.custody(itemId);
  }

  EvidenceRepository.ItemRow find(long incidentId, long itemId) {
    return repository.item(incidentId, itemId)
        .orElseThrow(() -> ApiException.notFound("資安事件 " + incidentId + " 沒有編號 " + itemId + " 的證據。"));
  }

  private EvidenceRepository.ItemRow item(long incidentId, EvidenceItemRequest request, String user, List<FieldProblem> problems,
      String sha256, String fileName, Long fileSize, String filePath) {
    EvidenceItemRequest r = request == null ? new EvidenceItemRequest(null, null, null, null, null, null) : request;
    String description = SubmittedValues.requiredText(r.description(), "description", "證據描述", MAX_DESCRIPTION, problems);
    String sourceDevice = SubmittedValues.optionalText(r.sourceDevice(), "sourceDevice", "來源設備", MAX_TEXT, problems);
    String method = SubmittedValues.optionalText(r.method(), "method", "取得方式", MAX_TEXT, problems);
    String acquiredBy = SubmittedValues.optionalText(person(r.acquiredBy()), "acquiredBy", "取得人", MAX_NAME, problems);
    if (acquiredBy == null) {
      acquiredBy = person(user);
    }
    if (acquiredBy == null) {
      problems.add(new FieldProblem("acquiredBy", SubmittedValues.missing("取得人")));
    }
    Instant now = RocDates.now().truncatedTo(ChronoUnit.MILLIS);
    Instant acquiredAt = SubmittedValues.time(r.acquiredAt(), "acquiredAt", "取得時間", false, problems);
    if (acquiredAt != null && acquiredAt.isAfter(now)) {
      problems.add(new FieldProblem("acquiredAt", SubmittedValues.inTheFuture("取得時間")));
    }
    if (!problems.isEmpty()) {
      throw new InvalidRequestException(problems);
    }
    return new EvidenceRepository.ItemRow(0, incidentId, description, sourceDevice, method, sha256, fileName, fileSize, filePath,
        acquiredBy, acquiredAt == null ? now : acquiredAt.truncatedTo(ChronoUnit.MILLIS), user, now);
  }

  private EvidenceRepository.ItemRow insert(EvidenceRepository.ItemRow item) {
    long id = repository.insertItem(item);
    return new EvidenceRepository.ItemRow(id, item.incidentId(), item.description(), item.sourceDevice(), item.method(),
        item.sha256(), item.fileName(), item.fileSize(), item.filePath(), item.acquiredBy(), item.acquiredAt(), item.recordedBy(),
        item.recordedAt());
  }

  /** A user id becomes "name（id）"; any other text (a person outside the system) stays as written. */
  private String person(String value) {
    String text = SubmittedValues.text(value);
    if (text == null) {
      return null;
    }
    return organization.user(text).map(u -> u.name() + "（" + u.id() + "）").orElse(text);
  }

  private static String name(MultipartFile file) {
    String name = file.getOriginalFilename();
    return name == null || name.isBlank() ? null : name.length() > 500 ? name.substring(0, 500) : name;
  }

  private static String abbreviate(String text) {
    return text.length() > 80 ? text.substring(0, 80) + "…" : text;
  }
}
