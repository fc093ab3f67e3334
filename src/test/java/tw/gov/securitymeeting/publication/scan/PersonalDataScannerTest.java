package tw.gov.securitymeeting.publication.scan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.apache.poi.poifs.crypt.EncryptionInfo;
import org.apache.poi.poifs.crypt.EncryptionMode;
import org.apache.poi.poifs.crypt.Encryptor;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;

@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class PersonalDataScannerTest {

  private static final PersonalDataScanner SCANNER = new PersonalDataScanner();

  @Test
  void a_harmless_notice_without_attachments_gives_a_clean_report() {
    ScanReport report = SCANNER.scan("主旨：114年3月2日召開防災會報，請準時出席。", List.of());
    assertThat(report.isClean()).isTrue();
    assertThat(report.blocksApproval()).isFalse();
    assertThat(report.countsByKind()).isEmpty();
  }

  @Test
  void null_notice_null_list_and_null_attachments_are_tolerated() {
    assertThat(SCANNER.scan(null, null).isClean()).isTrue();
    assertThat(SCANNER.scan("", Arrays.asList((Attachment) null)).isClean()).isTrue();
  }

  @Test
  void personal_data_alone_does_not_block_approval() {
    ScanReport report = SCANNER.scan("身分證A123456789", List.of());
    assertThat(report.count(FindingKind.NATIONAL_ID)).isEqualTo(1);
    assertThat(report.blocksApproval()).isFalse();
  }

  @Test
  void garbage_in_every_accepted_extension_is_unreadable_and_never_throws() {
    byte[] garbage = new byte[4096];
    new Random(42).nextBytes(garbage);
    List<Attachment> attachments = new ArrayList<>();
    for (AcceptedType type : AcceptedType.values()) {
      attachments.add(new Attachment("壞檔." + type.extension(), garbage));
    }
    ScanReport report = SCANNER.scan(null, attachments);
    for (AcceptedType type : AcceptedType.values()) {
      assertThat(report.findings()).as(type.name())
          .anySatisfy(f -> {
            assertThat(f.source()).isEqualTo("壞檔." + type.extension());
            assertThat(f.kind()).isEqualTo(FindingKind.UNREADABLE);
          });
    }
    assertThat(report.blocksApproval()).isTrue();
  }

  @Test
  void truncated_office_documents_are_unreadable() throws Exception {
    byte[] docx = TestDocuments.docx(List.of("身分證 A123456789"), TestDocuments.WordExtras.none());
    byte[] ods = TestDocuments.ods(List.of(TestDocuments.SheetSpec.visible("表", List.of(List.of("a")))), null);
    for (byte[] broken : List.of(Arrays.copyOf(docx, docx.length / 2), Arrays.copyOf(ods, ods.length - 200))) {
      String name = broken.length < docx.length ? "截斷.docx" : "截斷.ods";
      assertThatCode(() -> SCANNER.scan(null, List.of(new Attachment(name, broken)))).doesNotThrowAnyException();
      assertThat(SCANNER.scan(null, List.of(new Attachment(name, broken))).findings())
          .extracting(Finding::kind).contains(FindingKind.UNREADABLE);
    }
  }

  @Test
  void an_empty_attachment_is_unreadable() {
    ScanReport report = SCANNER.scan(null, List.of(new Attachment("空白.pdf", new byte[0])));
    assertThat(report.findings()).extracting(Finding::kind).containsExactly(FindingKind.UNREADABLE);
  }

  @Test
  void a_password_protected_docx_is_unreadable_but_not_a_type_mismatch() throws Exception {
    byte[] docx = TestDocuments.docx(List.of("身分證 A123456789"), TestDocuments.WordExtras.none());
    byte[] encrypted = encrypt(docx, "secret");
    assertThat(new FileTypeSniffer().typeMismatch("加密.docx", encrypted)).isEmpty();
    ScanReport report = SCANNER.scan(null, List.of(new Attachment("加密.docx", encrypted)));
    assertThat(report.findings()).extracting(Finding::kind).containsExactly(FindingKind.UNREADABLE);
  }

  @Test
  void a_docx_renamed_to_pdf_is_a_type_mismatch_and_is_still_scanned() throws Exception {
    byte[] docx = TestDocuments.docx(List.of("身分證 A123456789"), TestDocuments.WordExtras.none());
    ScanReport report = SCANNER.scan(null, List.of(new Attachment("改名.pdf", docx)));
    assertThat(report.findings()).extracting(Finding::kind)
        .containsExactly(FindingKind.TYPE_MISMATCH, FindingKind.NATIONAL_ID);
  }

  @Test
  void a_zip_archive_is_unreadable_as_an_unsupported_type() throws Exception {
    ScanReport report = SCANNER.scan(null, List.of(new Attachment("附件.zip", TestDocuments.zip("a.txt", "x"))));
    assertThat(report.findings()).extracting(Finding::kind).containsExactly(FindingKind.UNREADABLE);
  }

  @Test
  void personal_data_in_a_file_name_is_reported_and_masked_in_the_source() {
    ScanReport report = SCANNER.scan(null,
        List.of(new Attachment("A123456789_申請書.txt", TestDocuments.utf8("沒有個資"))));
    assertThat(report.findings()).singleElement().satisfies(f -> {
      assertThat(f.kind()).isEqualTo(FindingKind.NATIONAL_ID);
      assertThat(f.source()).isEqualTo("A123****89_申請書.txt");
      assertThat(f.location()).isEqualTo("檔名");
    });
    assertThat(report.toString()).doesNotContain("A123456789");
  }

  @Test
  void findings_and_reports_are_immutable_values() {
    List<Finding> list = new ArrayList<>(List.of(new Finding(FindingKind.EMAIL, "公告內文", "第 1 行", "a****@b.tw")));
    ScanReport report = new ScanReport(list);
    list.clear();
    assertThat(report.findings()).hasSize(1);
    assertThat(report.findings().get(0).where()).isEqualTo("公告內文，第 1 行");
    assertThat(report.findings().get(0).label()).isEqualTo("電子郵件");
    assertThatCode(() -> report.findings().add(null)).isInstanceOf(UnsupportedOperationException.class);
  }

  @Test
  void every_kind_has_a_zh_tw_label_and_only_file_problems_block_approval() {
    assertThat(FindingKind.values()).allSatisfy(k -> assertThat(k.label()).isNotBlank());
    assertThat(Arrays.stream(FindingKind.values()).filter(FindingKind::blocksApproval))
        .containsExactlyInAnyOrder(FindingKind.UNREADABLE, FindingKind.TYPE_MISMATCH);
    assertThat(FindingKind.NATIONAL_ID.label()).isEqualTo("身分證統一編號");
    assertThat(FindingKind.RESIDENT_CERTIFICATE.label()).isEqualTo("居留證統一證號");
  }

  @Test
  void a_pdf_with_copy_restrictions_but_no_open_password_is_still_scanned() throws Exception {
    byte[] plain = TestDocuments.pdf(List.of(List.of("ID A152601814")), null, null);
    try (PDDocument doc = Loader.loadPDF(plain)) {
      AccessPermission permissions = new AccessPermission();
      permissions.setCanExtractContent(false);
      permissions.setCanExtractForAccessibility(false);
      StandardProtectionPolicy policy = new StandardProtectionPolicy("owner-only", "", permissions);
      policy.setEncryptionKeyLength(128);
      doc.protect(policy);
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      doc.save(out);
      ScanReport report = SCANNER.scan(null, List.of(new Attachment("禁止複製.pdf", out.toByteArray())));
      assertThat(report.findings()).extracting(Finding::kind, Finding::excerpt)
          .containsExactly(org.assertj.core.groups.Tuple.tuple(FindingKind.NATIONAL_ID, "A152****14"));
    }
  }

  private static byte[] encrypt(byte[] ooxml, String password) throws Exception {
    try (POIFSFileSystem fs = new POIFSFileSystem()) {
      EncryptionInfo info = new EncryptionInfo(EncryptionMode.agile);
      Encryptor encryptor = info.getEncryptor();
      encryptor.confirmPassword(password);
      try (OutputStream os = encryptor.getDataStream(fs)) {
        os.write(ooxml);
      }
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      fs.writeFilesystem(out);
      return out.toByteArray();
    }
  }
}
