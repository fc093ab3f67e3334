package tw.gov.securitymeeting.publication.scan;

import static org.assertj.core.api.Assertions.assertThat;
import static tw.gov.securitymeeting.publication.scan.FindingKind.BIRTH_DATE;
import static tw.gov.securitymeeting.publication.scan.FindingKind.COMMENT;
import static tw.gov.securitymeeting.publication.scan.FindingKind.DOCUMENT_AUTHOR;
import static tw.gov.securitymeeting.publication.scan.FindingKind.EMAIL;
import static tw.gov.securitymeeting.publication.scan.FindingKind.HIDDEN_ROW_OR_COLUMN;
import static tw.gov.securitymeeting.publication.scan.FindingKind.HIDDEN_SHEET;
import static tw.gov.securitymeeting.publication.scan.FindingKind.HIDDEN_TEXT;
import static tw.gov.securitymeeting.publication.scan.FindingKind.LANDLINE_PHONE;
import static tw.gov.securitymeeting.publication.scan.FindingKind.MOBILE_PHONE;
import static tw.gov.securitymeeting.publication.scan.FindingKind.NATIONAL_ID;
import static tw.gov.securitymeeting.publication.scan.FindingKind.RESIDENT_CERTIFICATE;
import static tw.gov.securitymeeting.publication.scan.FindingKind.TRACKED_CHANGE;
import static tw.gov.securitymeeting.publication.scan.FindingKind.TYPE_MISMATCH;
import static tw.gov.securitymeeting.publication.scan.FindingKind.UNREADABLE;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;

import tw.gov.securitymeeting.publication.scan.TestDocuments.SheetSpec;
import tw.gov.securitymeeting.publication.scan.TestDocuments.WordExtras;

/**
 * A corpus of documents built in the test with planted personal data, metadata and hidden content, plus
 * planted negatives (look-alikes with a wrong check digit, masked values, random 10-digit numbers, dates that
 * are not birth dates). The scanner must find exactly the planted findings: precision and recall 100 %.
 */
@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class ScannerCorpusTest {

  /** A planted finding; null excerpt or location match anything. */
  record Expected(String source, FindingKind kind, String excerpt, String locationContains) {
  }

  private static final List<Expected> EXPECTED = new ArrayList<>();
  /** Every planted piece of real personal data, as written into the documents. */
  private static final List<String> PLANTED_RAW = new ArrayList<>();
  private static final List<Attachment> ATTACHMENTS = new ArrayList<>();
  private static String notice;
  private static ScanReport report;

  private static void expect(String source, FindingKind kind, String excerpt, String location) {
    EXPECTED.add(new Expected(source, kind, excerpt, location));
  }

  private static void planted(String... raw) {
    PLANTED_RAW.addAll(Arrays.asList(raw));
  }

  @BeforeAll
  static void buildCorpusAndScan() throws Exception {
    buildNotice();
    buildOdt();
    buildOds();
    buildDocx();
    buildXlsx();
    buildPdf();
    buildTextFiles();
    buildBrokenFiles();
    report = new PersonalDataScanner().scan(notice, ATTACHMENTS);
  }

  // ------------------------------------------------------------------ the corpus

  private static void buildNotice() {
    notice = String.join("\n",
        "主旨：公告本府114年度防災演練資訊。",
        "說明：",
        "一、聯絡人王小明（民國75年3月2日生），身分證統一編號A123456789。",
        "二、行動電話0912-345-678，市話(02)2345-6789，電子郵件chen.ming@example.gov.tw。",
        "三、下列不是個人資料：檢核碼錯誤A123456788、已遮罩A123****89、A12345****、案號1234567890。",
        "四、會議日期：114年3月2日，本辦法自114年3月2日生效，已遮罩電話0912-***-678、信箱a****@example.gov.tw。");
    String n = Finding.NOTICE_TEXT;
    expect(n, BIRTH_DATE, "民國**年*月*日生", "第 3 行");
    expect(n, NATIONAL_ID, "A123****89", "第 3 行");
    expect(n, MOBILE_PHONE, "0912-***-678", "第 4 行");
    expect(n, LANDLINE_PHONE, "02-*****789", "第 4 行");
    expect(n, EMAIL, "c****@example.gov.tw", "第 4 行");
    planted("75年3月2日", "A123456789", "0912-345-678", "0912345678", "(02)2345-6789", "23456789",
        "chen.ming@example.gov.tw", "chen.ming");
  }

  private static void buildOdt() throws Exception {
    String f = "防災演練計畫.odt";
    WordExtras extras = new WordExtras("林美華", "張志明", "審核者甲", "請改用機關電話 04-2345-6789",
        "補充：N166131862", "舊電話 0955-666-777", "居留證 T918190936");
    ATTACHMENTS.add(new Attachment(f, TestDocuments.odt(List.of(
        "聯絡人：林美華，手機 0933 222 111，電子郵件 mei.lin@mail.example.org",
        "申請人姓名：張志明　出生日期：80年12月5日",
        "身分證統一編號：F259083017",
        "檔號 3302211456；檢核碼錯誤 F259083010；已遮罩 A12345****。",
        "本案於114年5月1日公告，承辦人王小明。"), extras)));
    expect(f, MOBILE_PHONE, "0933-***-111", null);
    expect(f, EMAIL, "m****@mail.example.org", null);
    expect(f, BIRTH_DATE, "出生日期：**年**月*日", null);
    expect(f, NATIONAL_ID, "F259****17", null);
    expect(f, NATIONAL_ID, "N166****62", null); // in a tracked insertion
    expect(f, MOBILE_PHONE, "0955-***-777", null); // in a tracked deletion
    expect(f, LANDLINE_PHONE, "04-*****789", null); // in a comment
    expect(f, DOCUMENT_AUTHOR, "作者：林**、張**", "文件屬性");
    expect(f, COMMENT, "註解，作者 審***", null);
    expect(f, TRACKED_CHANGE, "插入 1 處、刪除 1 處", null);
    expect(f, RESIDENT_CERTIFICATE, "T918****36", null); // hidden text
    expect(f, HIDDEN_TEXT, "隱藏的文字或段落 1 處", null);
    planted("T918190936", "0933 222 111", "0933222111", "mei.lin@mail.example.org", "80年12月5日", "F259083017", "N166131862",
        "0955-666-777", "0955666777", "04-2345-6789", "林美華", "張志明", "審核者甲");
  }

  private static void buildOds() throws Exception {
    String f = "名冊.ods";
    SheetSpec roster = new SheetSpec("名冊", List.of(
        List.of("姓名", "出生日期", "電話", "備註"),
        List.of("王大同", "1986/03/02", "(07)345-6789", "無"),
        List.of("李小美", "民國70年1月15日", "0921-888-999", "無"),
        List.of("陳阿土", "", "", "居留證 TC11862524"),
        List.of("合計", "", "", "1234567890")), false, Set.of(3), Set.of(3));
    SheetSpec meeting = SheetSpec.visible("會議", List.of(
        List.of("會議日期", "主席"),
        List.of("114/03/02", "王小明")));
    SheetSpec hidden = new SheetSpec("隱藏", List.of(List.of("外籍人士居留證 K882199357")), true, Set.of(),
        Set.of());
    ATTACHMENTS.add(new Attachment(f, TestDocuments.ods(List.of(roster, meeting, hidden), "作者乙",
        "註記者", "請向 hr.desk@example.gov.tw 確認")));
    expect(f, BIRTH_DATE, "出生日期欄：****/**/**", "工作表「名冊」");
    expect(f, LANDLINE_PHONE, "07-****789", "工作表「名冊」");
    expect(f, BIRTH_DATE, "出生日期欄：民國**年*月**日", "工作表「名冊」");
    expect(f, MOBILE_PHONE, "0921-***-999", "工作表「名冊」");
    expect(f, RESIDENT_CERTIFICATE, "TC11****24", "工作表「名冊」"); // in a hidden row and column
    expect(f, RESIDENT_CERTIFICATE, "K882****57", "工作表「隱藏」");
    expect(f, EMAIL, "h****@example.gov.tw", "工作表「名冊」"); // in a cell comment
    expect(f, COMMENT, "註解，作者 註**", "工作表「名冊」儲存格 B2");
    expect(f, DOCUMENT_AUTHOR, "作者：作**", "文件屬性");
    expect(f, HIDDEN_ROW_OR_COLUMN, "隱藏列：4；隱藏欄：D", "工作表「名冊」");
    expect(f, HIDDEN_SHEET, "隱藏工作表", "工作表「隱藏」");
    planted("1986/03/02", "(07)345-6789", "3456789", "民國70年1月15日", "0921-888-999", "0921888999",
        "TC11862524", "K882199357", "作者乙", "hr.desk@example.gov.tw", "註記者");
  }

  private static void buildDocx() throws Exception {
    String f = "會議紀錄.docx";
    WordExtras extras = new WordExtras("蔡明哲", "李小華", "覆核者", "請洽 reviewer@example.com",
        "補充：身分證 Z209139097", "電話 0988 123 456", "備註 H878657979");
    ATTACHMENTS.add(new Attachment(f, TestDocuments.docx(List.of(
        "與會人員：蔡明哲（民國68年7月9日生）",
        "生日 1990-08-17",
        "苗栗辦公室 037-223456；國際 +886 912 000 111",
        "主席：王小明　114年3月2日",
        "本辦法自114年3月2日生效。檢核碼錯誤 I196030827、已遮罩 O246****45、流水號 2025030212。",
        "已遮罩電話 0912-***-678，已遮罩信箱 a****@example.gov.tw。"), extras)));
    expect(f, BIRTH_DATE, "民國**年*月*日生", null);
    expect(f, BIRTH_DATE, "生日：****-**-**", null);
    expect(f, LANDLINE_PHONE, "037-***456", null);
    expect(f, MOBILE_PHONE, "+886-912-***-111", null);
    expect(f, EMAIL, "r****@example.com", null); // in a comment
    expect(f, NATIONAL_ID, "Z209****97", null); // in a tracked insertion
    expect(f, MOBILE_PHONE, "0988-***-456", null); // in a tracked deletion
    expect(f, RESIDENT_CERTIFICATE, "H878****79", null); // hidden text
    expect(f, DOCUMENT_AUTHOR, "作者：蔡**；最後修改者：李**", "文件屬性");
    expect(f, COMMENT, "註解，作者 覆**", "第 1 則註解");
    expect(f, TRACKED_CHANGE, "插入 1 處、刪除 1 處", null);
    expect(f, HIDDEN_TEXT, null, null);
    planted("68年7月9日", "1990-08-17", "037-223456", "+886 912 000 111", "912000111", "reviewer@example.com",
        "Z209139097", "0988 123 456", "0988123456", "H878657979", "蔡明哲", "李小華", "覆核者");
  }

  private static void buildXlsx() throws Exception {
    String f = "統計表.xlsx";
    SheetSpec stats = new SheetSpec("統計", List.of(
        List.of("區別", "人數", "聯絡信箱"),
        List.of("東區", "1520", "east.office@example.gov.tw"),
        List.of("西區", "987", "—"),
        List.of("機密", "I196030824", ""),
        List.of("備註", "1234567890", "FB48757498")), false, Set.of(3), Set.of());
    SheetSpec names = new SheetSpec("名單", List.of(
        List.of("姓名", "生日"),
        List.of("許文雄", "75.10.21")), true, Set.of(), Set.of());
    ATTACHMENTS.add(new Attachment(f,
        TestDocuments.xlsx(List.of(stats, names), "統計員", "覆核人", "請確認 O246281945")));
    expect(f, EMAIL, "e****@example.gov.tw", "工作表「統計」");
    expect(f, NATIONAL_ID, "O246****45", "工作表「統計」"); // in a cell comment
    expect(f, NATIONAL_ID, "I196****24", "工作表「統計」"); // in a hidden row
    expect(f, BIRTH_DATE, "出生日期欄：**.**.**", "工作表「名單」");
    expect(f, DOCUMENT_AUTHOR, "作者：統**", "文件屬性");
    expect(f, COMMENT, "註解，作者 覆**", "工作表「統計」儲存格 B2");
    expect(f, HIDDEN_ROW_OR_COLUMN, "隱藏列：4", "工作表「統計」");
    expect(f, HIDDEN_SHEET, "隱藏工作表", "工作表「名單」");
    planted("east.office@example.gov.tw", "O246281945", "I196030824", "75.10.21", "統計員", "覆核人");
  }

  private static void buildPdf() throws Exception {
    String f = "公告.pdf";
    ATTACHMENTS.add(new Attachment(f, TestDocuments.pdf(List.of(
        List.of("Contact: 02-2345-6789 ext. 12", "Applicant ID: A152601814", "Random number 5512345678"),
        List.of("Mobile +886-933-123-456", "Resident permit FA12345689, look-alike HD76018957",
            "Date of birth: 1975/04/03", "Meeting date 2025/03/02")),
        "Clerk Chen", "Check DOB")));
    expect(f, LANDLINE_PHONE, "02-*****789", "第 1 頁");
    expect(f, NATIONAL_ID, "A152****14", "第 1 頁");
    expect(f, MOBILE_PHONE, "+886-933-***-456", "第 2 頁");
    expect(f, RESIDENT_CERTIFICATE, "FA12****89", "第 2 頁");
    expect(f, BIRTH_DATE, "Date of birth：****/**/**", "第 2 頁");
    expect(f, DOCUMENT_AUTHOR, "作者：C*********", "文件屬性");
    expect(f, COMMENT, "PDF 註解（Text）", null);
    planted("02-2345-6789", "A152601814", "+886-933-123-456", "933123456", "FA12345689", "1975/04/03",
        "Clerk Chen");
  }

  private static void buildTextFiles() {
    String f = "說明.txt";
    ATTACHMENTS.add(new Attachment(f, TestDocuments.utf8(String.join("\r\n",
        "承辦人：吳淑芬 電話：06-2345678 分機 12",
        "E-mail: shufen.wu@example.gov.tw",
        "身分證：Ｐ２２３４５６７１０",
        "免付費專線 0800-000-123，檢核碼錯誤 B102938415，公告日期 114年3月2日"))));
    expect(f, LANDLINE_PHONE, "06-****678", "第 1 行");
    expect(f, EMAIL, "s****@example.gov.tw", "第 2 行");
    expect(f, NATIONAL_ID, "P223****10", "第 3 行");
    planted("06-2345678", "shufen.wu@example.gov.tw", "Ｐ２２３４５６７１０", "P223456710");

    String big5 = "舊系統匯出.txt";
    ATTACHMENTS.add(new Attachment(big5,
        "臺北市政府公告：聯絡電話 0910-111-222，請各單位配合辦理。".getBytes(Charset.forName("Big5"))));
    expect(big5, MOBILE_PHONE, "0910-***-222", "第 1 行");
    planted("0910-111-222", "0910111222");
  }

  private static void buildBrokenFiles() throws Exception {
    ATTACHMENTS.add(new Attachment("加密.pdf", TestDocuments.encryptedPdf(List.of("Secret A152601814"))));
    expect("加密.pdf", UNREADABLE, null, null);

    ATTACHMENTS.add(new Attachment("偽裝.pdf", TestDocuments.zip("名冊.txt", "A123456789")));
    expect("偽裝.pdf", TYPE_MISMATCH, null, null);
    expect("偽裝.pdf", UNREADABLE, null, null);

    ATTACHMENTS.add(new Attachment("損毀.pdf",
        "%PDF-1.7\n1 0 obj << /Type /Catalog /Pages 2 0 R >>\nendobj\ntrailer garbage"
            .getBytes(StandardCharsets.US_ASCII)));
    expect("損毀.pdf", UNREADABLE, null, null);
  }

  // ------------------------------------------------------------------ the tests

  @Test
  void the_scanner_finds_exactly_the_planted_findings_with_100_percent_precision_and_recall() {
    List<Finding> actual = report.findings();
    boolean[] used = new boolean[actual.size()];
    List<Expected> missed = new ArrayList<>();
    for (Expected e : EXPECTED) {
      int match = -1;
      for (int i = 0; i < actual.size() && match < 0; i++) {
        if (!used[i] && matches(e, actual.get(i))) {
          match = i;
        }
      }
      if (match >= 0) {
        used[match] = true;
      } else {
        missed.add(e);
      }
    }
    List<Finding> spurious = new ArrayList<>();
    for (int i = 0; i < actual.size(); i++) {
      if (!used[i]) {
        spurious.add(actual.get(i));
      }
    }
    int truePositives = EXPECTED.size() - missed.size();
    double precision = actual.isEmpty() ? 0 : 100.0 * truePositives / actual.size();
    double recall = 100.0 * truePositives / EXPECTED.size();
    System.out.printf(Locale.ROOT, "scanner corpus: precision %.1f %% (%d/%d), recall %.1f %% (%d/%d)%n",
        precision, truePositives, actual.size(), recall, truePositives, EXPECTED.size());

    assertThat(spurious).as("findings that were not planted (false positives)").isEmpty();
    assertThat(missed).as("planted findings the scanner missed (false negatives)").isEmpty();
    assertThat(precision).isEqualTo(100.0);
    assertThat(recall).isEqualTo(100.0);
  }

  private static boolean matches(Expected e, Finding f) {
    return e.source().equals(f.source()) && e.kind() == f.kind()
        && (e.excerpt() == null || e.excerpt().equals(f.excerpt()))
        && (e.locationContains() == null || f.location().contains(e.locationContains()));
  }

  @Test
  void the_report_never_contains_planted_personal_data_unmasked() {
    String everything = report.toString() + report.findings().stream()
        .map(f -> f.source() + "|" + f.location() + "|" + f.excerpt() + "|" + f.where())
        .reduce("", String::concat);
    for (String raw : PLANTED_RAW) {
      assertThat(everything).as("report leaks %s", raw).doesNotContain(raw);
    }
    assertThat(report.findings()).allSatisfy(f -> {
      assertThat(f.excerpt()).doesNotContainPattern("[A-Za-z][12]\\d{8}");
      assertThat(f.excerpt()).doesNotContainPattern("09\\d{2}\\D?\\d{3}\\D?\\d{3}");
    });
  }

  @Test
  void unreadable_and_mismatched_attachments_block_approval() {
    assertThat(report.blocksApproval()).isTrue();
    assertThat(report.count(UNREADABLE)).isEqualTo(3);
    assertThat(report.count(TYPE_MISMATCH)).isEqualTo(1);
  }

  @Test
  void the_report_counts_findings_per_kind() {
    assertThat(report.countsByKind().values().stream().mapToInt(Integer::intValue).sum())
        .isEqualTo(report.findings().size());
    assertThat(report.countsByKind().get(NATIONAL_ID)).isEqualTo(
        (int) EXPECTED.stream().filter(e -> e.kind() == NATIONAL_ID).count());
    assertThat(report.countsByLabel()).containsKey("身分證統一編號");
  }
}
