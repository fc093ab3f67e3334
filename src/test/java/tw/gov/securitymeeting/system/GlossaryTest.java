package tw.gov.securitymeeting.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * No form, template or locale file uses a term that docs/glossary.md marks as no longer used (its table
 * 「不再使用的用語」).
 */
class GlossaryTest {

  static final Path GLOSSARY = Path.of("docs", "glossary.md");
  static final String EVERYWHERE = "全部";

  record Replaced(Pattern term, String instead, PathMatcher scope, List<String> allowed) {}

  @Test
  void shouldFindNoReplacedTermInFormsTemplatesOrLocales() throws IOException {
    List<Replaced> replaced = replacedTerms();
    assertThat(replaced).as("the glossary's table 「不再使用的用語」").hasSizeGreaterThan(5);

    List<String> found = new ArrayList<>();
    for (Path file : checkedFiles()) {
      String text = Files.readString(file, StandardCharsets.UTF_8);
      for (Replaced r : replaced) {
        if (!r.scope().matches(file)) {
          continue;
        }
        String checked = text;
        for (String allowed : r.allowed()) {
          checked = checked.replace(allowed, "");
        }
        Matcher m = r.term().matcher(checked);
        while (m.find()) {
          found.add(file + "：「" + m.group() + "」請改用「" + r.instead() + "」");
        }
      }
    }
    assertThat(found).as("用語表（docs/glossary.md）已不再使用的用語").isEmpty();
  }

  @Test
  void shouldReadRegularExpressionsAndScopesFromTheGlossary() throws IOException {
    List<Replaced> replaced = replacedTerms();
    Replaced round = replaced.stream().filter(r -> r.instead().equals("第N次列管")).findFirst().orElseThrow();
    assertThat(round.term().matcher("第 2 輪").find()).isTrue();
    assertThat(round.term().matcher("第2次列管").find()).isFalse();
    Replaced digest = replaced.stream().filter(r -> r.instead().equals("列管中")).findFirst().orElseThrow();
    assertThat(digest.scope().matches(Path.of("src/main/resources/templates/mail/digest.html"))).isTrue();
    assertThat(digest.scope().matches(Path.of("src/main/resources/templates/mail/reminder.html"))).isFalse();
    assertThat(digest.allowed()).containsExactly("待辦清單");
  }

  /** The rows of the table under 「## 不再使用的用語」. */
  static List<Replaced> replacedTerms() throws IOException {
    List<Replaced> terms = new ArrayList<>();
    boolean inSection = false;
    for (String line : Files.readAllLines(GLOSSARY, StandardCharsets.UTF_8)) {
      if (line.startsWith("## ")) {
        inSection = line.trim().equals("## 不再使用的用語");
        continue;
      }
      if (!inSection || !line.startsWith("|") || line.startsWith("|---") || line.startsWith("| 不再使用 ")) {
        continue;
      }
      String[] cells = line.substring(1, line.lastIndexOf('|')).split("\\|", -1);
      String term = cells[0].trim();
      Pattern pattern = term.length() > 2 && term.startsWith("/") && term.endsWith("/")
          ? Pattern.compile(term.substring(1, term.length() - 1))
          : Pattern.compile(Pattern.quote(term));
      String scope = cells[2].trim();
      PathMatcher matcher = EVERYWHERE.equals(scope) ? p -> true : FileSystems.getDefault().getPathMatcher("glob:" + scope);
      List<String> allowed = cells.length > 3 && !cells[3].isBlank() ? List.of(cells[3].trim().split("、")) : List.of();
      terms.add(new Replaced(pattern, cells[1].trim(), matcher, allowed));
    }
    return terms;
  }

  /** Every form, template and Traditional Chinese locale file, as paths relative to the repository. */
  static List<Path> checkedFiles() throws IOException {
    List<Path> files = new ArrayList<>();
    try (Stream<Path> forms = Files.list(Path.of("forms"))) {
      forms.filter(p -> p.toString().endsWith(".form")).sorted().forEach(files::add);
    }
    try (Stream<Path> templates = Files.walk(Path.of("src", "main", "resources", "templates"))) {
      templates.filter(Files::isRegularFile).sorted().forEach(files::add);
    }
    try (Stream<Path> webapps = Files.walk(Path.of("src", "main", "resources", "META-INF", "resources", "webjars", "camunda", "app"))) {
      webapps.filter(p -> p.getFileName().toString().equals("zh-TW.json")).sorted().forEach(files::add);
    }
    assertThat(files).as("forms, templates and locale files").hasSizeGreaterThan(20);
    return files;
  }
}
