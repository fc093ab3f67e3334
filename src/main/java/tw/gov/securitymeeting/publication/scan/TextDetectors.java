package tw.gov.securitymeeting.publication.scan;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Regular-expression detectors for personal data in plain text. Every line is NFKC-normalised first, so
 * full-width digits, letters and punctuation (Ａ１２３, ０９１２－, ：) are handled like their ASCII forms.
 *
 * <h2>Rules</h2>
 * <ul>
 * <li><b>身分證統一編號 / 居留證號</b>: a letter followed by 1/2 (ID), 8/9 (new 居留證) or a letter A–D (old
 * 居留證) and 8 digits, not glued to other letters or digits, with a valid checksum
 * ({@link TaiwanIdValidator}). Masked forms ({@code A123****89}) never match.</li>
 * <li><b>行動電話</b>: {@code 09xx-xxx-xxx} with optional {@code -}, {@code .} or space separators, or
 * {@code +886 9xx xxx xxx}.</li>
 * <li><b>市話</b>: an area code (02, 03, 037, 04, 049, 05, 06, 07, 08, 082, 0826, 0836, 089) in parentheses or
 * followed by {@code -} or a space, then a local number of the length that area uses (e.g. 02 + 8 digits,
 * 037 + 6), itself optionally split once. Unseparated strings of digits ({@code 0223456789}) are not reported:
 * they cannot be told from other numbers.</li>
 * <li><b>電子郵件</b>: {@code local@domain.tld}.</li>
 * <li><b>出生日期</b>: a full date (「75年3月2日」, 「民國75年3月2日」, 「1986年3月2日」, 「1986/03/02」,
 * 「1986-3-2」, 「75.03.02」) counts as a birth date when
 * <ol>
 * <li>a birth keyword (出生日期, 出生年月日, 出生, 生日, 生於, date of birth, birthday, DOB, born) ends at most
 * 10 characters before it on the same line (「出生」 not followed by 率/數/人/地/證), or it is followed by
 * 「出生」; or</li>
 * <li>it is followed by a lone 「生」 (「75年3月2日生」, not 「生效」/「生活」) <em>and</em> a person's name is right
 * before it (a common surname + 1–3 Chinese characters, optionally followed by a comma, parenthesis,
 * 「於」 or 「民國」) or 「姓名」 appears earlier on the line; or</li>
 * <li>it is the whole content of a table cell whose column header (an earlier row of the same table) is a
 * birth keyword; such cells also accept short forms like {@code 3/2/86}.</li>
 * </ol>
 * Dates without such a cue (meeting dates, effective dates) are not reported, even next to a name.</li>
 * </ul>
 */
public final class TextDetectors {

  /** One detection: its kind, the 1-based line it was found on, and a masked excerpt. */
  public record Detection(FindingKind kind, int line, String maskedExcerpt) {
  }

  /** A match within one normalised line. */
  record Match(FindingKind kind, int start, int end, String masked) {
  }

  private static final Pattern ID = Pattern.compile(
      "(?<![A-Za-z0-9])[A-Za-z](?:[1289]\\d{8}|[A-Da-d]\\d{8})(?!\\d)");

  private static final Pattern MOBILE = Pattern.compile(
      "(?<![\\d+])(?:(\\+886)[-\\s]?(?:\\(0\\))?|0)(9\\d{2})[-\\s.]?(\\d{3})[-\\s.]?(\\d{3})(?!\\d)");

  private static final String AREA = "0(?:826|836|37|49|82|89|2|3|4|5|6|7|8)";
  private static final Pattern LANDLINE = Pattern.compile(
      "(?<![\\d+])(?:\\((" + AREA + ")\\)[-\\s]?|(" + AREA + ")[-\\s])([2-9]\\d{0,3})[-\\s]?(\\d{3,4})(?!\\d)");
  /** Local-number lengths per area code. */
  private static final Map<String, Set<Integer>> LOCAL_LENGTHS = Map.ofEntries(
      Map.entry("02", Set.of(8)), Map.entry("03", Set.of(7)), Map.entry("037", Set.of(6)),
      Map.entry("04", Set.of(7, 8)), Map.entry("049", Set.of(7)), Map.entry("05", Set.of(7)),
      Map.entry("06", Set.of(7)), Map.entry("07", Set.of(7)), Map.entry("08", Set.of(7)),
      Map.entry("082", Set.of(6)), Map.entry("0826", Set.of(5)), Map.entry("0836", Set.of(5)),
      Map.entry("089", Set.of(6)));

  private static final Pattern EMAIL = Pattern.compile(
      "(?<![A-Za-z0-9._%+-])[A-Za-z0-9._%+-]{1,64}@(?:[A-Za-z0-9-]{1,63}\\.){1,8}[A-Za-z]{2,24}(?![A-Za-z0-9-])");

  private static final Pattern DATE_CJK = Pattern.compile(
      "(?:(?:民國|西元)\\s*)?(?<!\\d)(\\d{2,4})\\s*年\\s*(\\d{1,2})\\s*月\\s*(\\d{1,2})\\s*日");
  private static final Pattern DATE_NUMERIC = Pattern.compile(
      "(?:(?:民國|西元)\\s*)?(?<![\\d/.-])(\\d{2,4})([/.-])(\\d{1,2})\\2(\\d{1,2})(?![\\d/.-]*\\d)");
  /** Loose date shapes accepted only as the whole content of a birth-date column cell. */
  private static final Pattern DATE_LOOSE = Pattern.compile("\\d{1,4}[/.-]\\d{1,2}[/.-]\\d{1,4}");

  private static final Pattern CUE_BEFORE = Pattern.compile(
      "出生年月日|出生日期|出生年月|出生於|生於|出生(?![率數人地證])|生日|date\\s+of\\s+birth|birth\\s*date"
          + "|birthday|\\bd\\.?o\\.?b\\b\\.?|\\bborn(?:\\s+on)?\\b",
      Pattern.CASE_INSENSITIVE);
  private static final int CUE_WINDOW = 10;
  private static final Pattern CUE_AFTER_STRONG = Pattern.compile("^\\s*出生(?![率數人地證])");
  private static final Pattern CUE_AFTER_WEAK = Pattern.compile("^\\s*生(?=$|[\\s,.;:)\\]、。」』])");
  private static final Pattern HEADER_CUE = Pattern.compile(
      "^(?:出生年月日|出生日期|出生年月|出生|生日|date\\s+of\\s+birth|birth\\s*date|birthday|dob)"
          + "(?:\\s*[(][^)]*[)])?[:]?$",
      Pattern.CASE_INSENSITIVE);

  private static final String SURNAMES = "歐陽|司馬|諸葛|上官|張簡|范姜|[陳林黃張李王吳劉蔡楊許鄭謝洪郭邱曾廖賴徐周葉"
      + "蘇莊呂江何蕭羅高潘簡朱鍾游彭詹胡施沈余盧梁趙顏柯翁魏孫戴范方宋鄧杜傅侯曹薛丁卓阮馬董温溫唐藍蔣石古紀姚連馮"
      + "歐程湯田康姜白汪鄒尤巫鐘黎涂凃龔嚴韓袁金童陸夏柳邵錢伍倪譚駱熊任甘秦顧毛章史官萬俞雷粘饒]";
  private static final Pattern NAME_BEFORE = Pattern.compile(
      "(?:" + SURNAMES + ")[\\u4e00-\\u9fff]{1,3}[\\s,(、:]*(?:於\\s*)?$");

  private TextDetectors() {
  }

  /** Scans a multi-line text. */
  public static List<Detection> scan(String text) {
    return scanLines(text == null ? List.of() : text.lines().toList());
  }

  /**
   * Scans lines in order. Lines holding tab characters are treated as table rows (cells separated by tabs):
   * a row whose cell is a birth-date header makes dates in that column of the following rows birth dates,
   * until a non-empty line without tabs ends the table.
   */
  public static List<Detection> scanLines(List<String> lines) {
    List<Detection> result = new ArrayList<>();
    Integer birthColumn = null;
    for (int i = 0; i < lines.size(); i++) {
      String line = normalize(lines.get(i));
      List<Match> matches = matchLine(line);
      if (line.indexOf('\t') >= 0) {
        String[] cells = line.split("\t", -1);
        Integer header = headerColumn(cells);
        if (header != null) {
          birthColumn = header;
        } else if (birthColumn != null && birthColumn < cells.length) {
          Match m = birthCell(cells, birthColumn);
          if (m != null && matches.stream().noneMatch(x -> overlaps(x, m))) {
            matches.add(m);
          }
        }
      } else if (!line.isBlank()) {
        birthColumn = null;
      }
      matches.sort(Comparator.comparingInt(Match::start));
      for (Match m : matches) {
        result.add(new Detection(m.kind(), i + 1, m.masked()));
      }
    }
    return result;
  }

  /** The text with every detected item replaced by its masked form (after NFKC normalisation). */
  static String maskAll(String text) {
    if (text == null || text.isEmpty()) {
      return text == null ? "" : text;
    }
    String line = normalize(text);
    List<Match> matches = matchLine(line);
    matches.sort(Comparator.comparingInt(Match::start).thenComparing(m -> -(m.end() - m.start())));
    StringBuilder sb = new StringBuilder();
    int pos = 0;
    for (Match m : matches) {
      if (m.start() < pos) {
        continue;
      }
      sb.append(line, pos, m.start()).append(m.masked());
      pos = m.end();
    }
    return sb.append(line.substring(pos)).toString();
  }

  static String normalize(String line) {
    return Normalizer.normalize(line, Normalizer.Form.NFKC);
  }

  /** All matches in one already-normalised line. */
  static List<Match> matchLine(String line) {
    List<Match> matches = new ArrayList<>();
    if (line.isEmpty()) {
      return matches;
    }
    findIds(line, matches);
    findMobiles(line, matches);
    findLandlines(line, matches);
    findEmails(line, matches);
    findBirthDates(line, matches);
    return matches;
  }

  private static void findIds(String line, List<Match> out) {
    Matcher m = ID.matcher(line);
    while (m.find()) {
      String id = m.group();
      TaiwanIdValidator.classify(id)
          .ifPresent(kind -> out.add(new Match(kind, m.start(), m.end(), Masking.maskId(id))));
    }
  }

  private static void findMobiles(String line, List<Match> out) {
    Matcher m = MOBILE.matcher(line);
    while (m.find()) {
      String digits = m.group(2) + m.group(3) + m.group(4);
      out.add(new Match(FindingKind.MOBILE_PHONE, m.start(), m.end(),
          Masking.maskMobile(digits, m.group(1) != null)));
    }
  }

  private static void findLandlines(String line, List<Match> out) {
    Matcher m = LANDLINE.matcher(line);
    while (m.find()) {
      String area = m.group(1) != null ? m.group(1) : m.group(2);
      String local = m.group(3) + m.group(4);
      Set<Integer> lengths = LOCAL_LENGTHS.get(area);
      if (lengths != null && lengths.contains(local.length())) {
        out.add(new Match(FindingKind.LANDLINE_PHONE, m.start(), m.end(), Masking.maskLandline(area, local)));
      }
    }
  }

  private static void findEmails(String line, List<Match> out) {
    if (line.indexOf('@') < 0) {
      return;
    }
    Matcher m = EMAIL.matcher(line);
    while (m.find()) {
      out.add(new Match(FindingKind.EMAIL, m.start(), m.end(), Masking.maskEmail(m.group())));
    }
  }

  // ------------------------------------------------------------------ birth dates

  private record DateSpan(int start, int end, String text) {
  }

  private static List<DateSpan> dates(String line) {
    List<DateSpan> spans = new ArrayList<>();
    Matcher cjk = DATE_CJK.matcher(line);
    while (cjk.find()) {
      if (plausible(cjk.group(1), cjk.group(2), cjk.group(3))) {
        spans.add(new DateSpan(cjk.start(), cjk.end(), cjk.group()));
      }
    }
    Matcher num = DATE_NUMERIC.matcher(line);
    while (num.find()) {
      if (plausible(num.group(1), num.group(3), num.group(4))) {
        spans.add(new DateSpan(num.start(), num.end(), num.group()));
      }
    }
    return spans;
  }

  private static boolean plausible(String year, String month, String day) {
    int y = Integer.parseInt(year);
    int mo = Integer.parseInt(month);
    int d = Integer.parseInt(day);
    boolean yearOk = year.length() == 4 ? y >= 1900 && y <= 2100 : y >= 1 && y <= 150;
    return yearOk && mo >= 1 && mo <= 12 && d >= 1 && d <= 31;
  }

  private static void findBirthDates(String line, List<Match> out) {
    if (!line.contains("年") && line.indexOf('/') < 0 && line.indexOf('-') < 0 && line.indexOf('.') < 0) {
      return;
    }
    for (DateSpan date : dates(line)) {
      String masked = Masking.maskDate(date.text().strip());
      String cue = cueBefore(line, date.start());
      String after = line.substring(date.end());
      if (cue != null) {
        out.add(new Match(FindingKind.BIRTH_DATE, date.start(), date.end(), cue + "：" + masked));
      } else if (CUE_AFTER_STRONG.matcher(after).find()) {
        out.add(new Match(FindingKind.BIRTH_DATE, date.start(), date.end(), masked + "出生"));
      } else if (CUE_AFTER_WEAK.matcher(after).find() && nameBefore(line.substring(0, date.start()))) {
        out.add(new Match(FindingKind.BIRTH_DATE, date.start(), date.end(), masked + "生"));
      }
    }
  }

  /** The birth keyword ending at most {@value #CUE_WINDOW} characters before {@code dateStart}, if any. */
  private static String cueBefore(String line, int dateStart) {
    int from = Math.max(0, dateStart - CUE_WINDOW - 12);
    Matcher m = CUE_BEFORE.matcher(line).region(from, dateStart);
    String cue = null;
    while (m.find()) {
      if (dateStart - m.end() <= CUE_WINDOW) {
        cue = m.group();
      }
    }
    return cue;
  }

  private static boolean nameBefore(String before) {
    return before.contains("姓名") || NAME_BEFORE.matcher(before).find();
  }

  private static Integer headerColumn(String[] cells) {
    for (int c = 0; c < cells.length; c++) {
      if (HEADER_CUE.matcher(cells[c].strip()).matches()) {
        return c;
      }
    }
    return null;
  }

  /** A birth-date match for the whole content of cell {@code column}, or null. */
  private static Match birthCell(String[] cells, int column) {
    String cell = cells[column].strip();
    if (cell.isEmpty()) {
      return null;
    }
    boolean isDate = DATE_LOOSE.matcher(cell).matches();
    if (!isDate) {
      List<DateSpan> spans = dates(cell);
      isDate = spans.size() == 1 && spans.get(0).text().strip().equals(cell);
    }
    if (!isDate) {
      return null;
    }
    int start = 0;
    for (int c = 0; c < column; c++) {
      start += cells[c].length() + 1;
    }
    start += cells[column].indexOf(cell);
    return new Match(FindingKind.BIRTH_DATE, start, start + cell.length(), "出生日期欄：" + Masking.maskDate(cell));
  }

  private static boolean overlaps(Match a, Match b) {
    return a.start() < b.end() && b.start() < a.end();
  }
}
