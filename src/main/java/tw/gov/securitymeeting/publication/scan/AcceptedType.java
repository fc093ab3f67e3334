package tw.gov.securitymeeting.publication.scan;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** The attachment types accepted for publication: the allow-list of the upload check and the scanner. */
public enum AcceptedType {

  PDF("pdf", "application/pdf", "PDF"),
  ODT("odt", "application/vnd.oasis.opendocument.text", "ODF 文字文件（ODT）"),
  ODS("ods", "application/vnd.oasis.opendocument.spreadsheet", "ODF 試算表（ODS）"),
  DOCX("docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document", "Word 文件（DOCX）"),
  XLSX("xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "Excel 試算表（XLSX）"),
  TEXT("txt", "text/plain", "純文字（TXT）");

  private final String extension;
  private final String mediaType;
  private final String label;

  AcceptedType(String extension, String mediaType, String label) {
    this.extension = extension;
    this.mediaType = mediaType;
    this.label = label;
  }

  /** The file-name extension, lower case, without the dot. */
  public String extension() {
    return extension;
  }

  /** The IANA media type Tika reports for this type (without parameters). */
  public String mediaType() {
    return mediaType;
  }

  /** A zh-TW label for messages. */
  public String label() {
    return label;
  }

  /** The accepted type a file name's extension claims, if the extension is accepted at all. */
  public static Optional<AcceptedType> forFilename(String filename) {
    String ext = extensionOf(filename);
    return Arrays.stream(values()).filter(t -> t.extension.equals(ext)).findFirst();
  }

  /** The accepted type of a detected media type (parameters such as charset ignored). */
  public static Optional<AcceptedType> forMediaType(String mediaType) {
    if (mediaType == null) {
      return Optional.empty();
    }
    String base = mediaType.split(";", 2)[0].strip().toLowerCase(Locale.ROOT);
    return Arrays.stream(values()).filter(t -> t.mediaType.equals(base)).findFirst();
  }

  /** The extension of a file name, lower case without the dot; empty when there is none. */
  public static String extensionOf(String filename) {
    if (filename == null) {
      return "";
    }
    String name = filename.strip();
    int slash = Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\'));
    name = name.substring(slash + 1);
    int dot = name.lastIndexOf('.');
    return dot < 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
  }
}
