package tw.gov.securitymeeting.system;

/**
 * Characters no text a client sends may hold: C0 controls other than tab, line feed and carriage
 * return, DEL, and the bidi embeddings, overrides and isolates (U+202A–U+202E, U+2066–U+2069) that
 * make a text read differently from what it stores. U+200E/U+200F (left-to-right and right-to-left
 * marks) stay allowed: they cannot reorder a text, and text pasted from web pages carries them.
 */
public final class ControlCharacters {

  private ControlCharacters() {}

  /** Whether the character is refused in any text. */
  public static boolean isForbidden(char c) {
    return (c < 0x20 && c != '\t' && c != '\n' && c != '\r')
        || c == 0x7F
        || (c >= 0x202A && c <= 0x202E)
        || (c >= 0x2066 && c <= 0x2069);
  }

  /** Whether the text holds a refused character (null holds none). */
  public static boolean isPresent(CharSequence text) {
    if (text == null) {
      return false;
    }
    for (int i = 0; i < text.length(); i++) {
      if (isForbidden(text.charAt(i))) {
        return true;
      }
    }
    return false;
  }

  /** Whether the text holds a line break (single-line fields refuse them). */
  public static boolean hasLineBreak(CharSequence text) {
    if (text == null) {
      return false;
    }
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '\n' || c == '\r' || c == 0x2028 || c == 0x2029 || c == 0x85) {
        return true;
      }
    }
    return false;
  }

  /**
   * The text without refused characters and without anything XML 1.0 cannot hold (lone
   * surrogates, U+FFFE, U+FFFF): what a generated document may always contain.
   */
  public static String strip(String text) {
    if (text == null) {
      return null;
    }
    StringBuilder clean = new StringBuilder(text.length());
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
        clean.append(c).append(text.charAt(++i));
      } else if (!isForbidden(c) && !Character.isSurrogate(c) && c != 0xFFFE && c != 0xFFFF) {
        clean.append(c);
      }
    }
    return clean.toString();
  }
}
