package tw.gov.securitymeeting.publication.scan;

import java.util.Objects;

/**
 * An attachment to be scanned. The content array is not copied; callers must not change it while a
 * scan runs.
 *
 * @param filename the name as uploaded (its extension is checked against the real type)
 * @param content  the file's bytes
 */
public record Attachment(String filename, byte[] content) {

  public Attachment {
    filename = filename == null || filename.isBlank() ? "（未命名附件）" : filename.strip();
    content = Objects.requireNonNullElse(content, new byte[0]);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Attachment other && filename.equals(other.filename)
        && java.util.Arrays.equals(content, other.content);
  }

  @Override
  public int hashCode() {
    return 31 * filename.hashCode() + java.util.Arrays.hashCode(content);
  }

  /** Names the file and its size only: the content may hold personal data. */
  @Override
  public String toString() {
    return "Attachment[" + Masking.maskPersonalData(filename) + ", " + content.length + " bytes]";
  }
}
