package tw.gov.securitymeeting.system;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/**
 * Passwords that are guessed first: the list in {@code system/common-passwords.txt}, also after
 * dropping digits and symbols at either end ({@code Password2026!}), after undoing look-alike
 * characters ({@code P@ssw0rd}), a chunk repeated ({@code qwertyqwerty}), one character repeated
 * and runs such as {@code 12345678901234} or {@code abcdefghijklm}.
 */
final class CommonPasswords {

  private static final String LIST = "/system/common-passwords.txt";

  private final Set<String> list;

  private CommonPasswords(Set<String> list) {
    this.list = list;
  }

  static CommonPasswords shipped() {
    Set<String> list = new HashSet<>();
    try (InputStream in = CommonPasswords.class.getResourceAsStream(LIST)) {
      if (in == null) {
        throw new IllegalStateException("找不到常見密碼清單 " + LIST);
      }
      BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      for (String line = reader.readLine(); line != null; line = reader.readLine()) {
        String entry = line.strip();
        if (!entry.isEmpty() && !entry.startsWith("#")) {
          list.add(entry.toLowerCase(Locale.ROOT));
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return new CommonPasswords(Set.copyOf(list));
  }

  int size() {
    return list.size();
  }

  boolean contains(String password) {
    String lower = password.toLowerCase(Locale.ROOT);
    String core = lower.replaceAll("^[^\\p{L}]+|[^\\p{L}]+$", "");
    for (String candidate : new String[] {lower, core, lookAlike(lower), lookAlike(core)}) {
      if (!candidate.isEmpty() && (listed(candidate) || listed(repeatedChunk(candidate)))) {
        return true;
      }
    }
    return fewCharacters(lower) || run(lower);
  }

  private boolean listed(String candidate) {
    return candidate != null && list.contains(candidate);
  }

  /** {@code p@ssw0rd} → {@code password}. */
  private static String lookAlike(String text) {
    return text.replace('0', 'o').replace('1', 'i').replace('3', 'e').replace('4', 'a').replace('5', 's')
        .replace('7', 't').replace('@', 'a').replace('$', 's').replace('!', 'i');
  }

  /** The chunk of a text made of one chunk repeated ({@code adminadmin} → {@code admin}), else null. */
  private static String repeatedChunk(String text) {
    for (int size = 1; size <= text.length() / 2; size++) {
      if (text.length() % size == 0 && text.equals(text.substring(0, size).repeat(text.length() / size))) {
        return text.substring(0, size);
      }
    }
    return null;
  }

  private static boolean fewCharacters(String text) {
    return text.chars().distinct().count() <= 2;
  }

  /** Every character one up or one down from the previous ({@code 1234567890}, {@code zyxwvu}). */
  private static boolean run(String text) {
    if (text.length() < 2) {
      return true;
    }
    int step = 0;
    for (int i = 1; i < text.length(); i++) {
      int difference = text.charAt(i) - text.charAt(i - 1);
      if (Character.isDigit(text.charAt(i)) && Math.abs(difference) == 9) {
        difference = -Integer.signum(difference); // 9 → 0 and 0 → 9 continue the run
      }
      if (Math.abs(difference) != 1 || (step != 0 && difference != step)) {
        return false;
      }
      step = difference;
    }
    return true;
  }
}
