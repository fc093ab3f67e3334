package tw.gov.securitymeeting.publication.scan;

import java.io.IOException;
import java.nio.charset.Charset;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

import org.apache.tika.detect.DefaultDetector;
import org.apache.tika.detect.DefaultEncodingDetector;
import org.apache.tika.detect.Detector;
import org.apache.tika.detect.EncodingDetector;
import org.apache.tika.io.TikaInputStream;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.mime.MediaType;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/**
 * Detects the real type of a file from its bytes with Tika's detector (the file name is deliberately not
 * given to the detector) and compares it with the type the file name's extension claims.
 */
@Component
public class FileTypeSniffer {

  /** What Tika reports for password-protected OOXML (DOCX/XLSX) files. */
  static final String OOXML_PROTECTED = "application/x-tika-ooxml-protected";

  /** How much of an undetected file is decoded to decide whether it is text in a legacy encoding. */
  private static final int TEXT_PROBE_BYTES = 64 * 1024;

  private final Detector detector = new DefaultDetector();
  private final EncodingDetector encodingDetector = new DefaultEncodingDetector();
  private final ScanLimits limits;
  private final ArchiveGuard guard;

  @Autowired
  FileTypeSniffer(ScanLimits limits) {
    this.limits = limits;
    this.guard = new ArchiveGuard(limits);
  }

  /** For use without Spring: the default limits. */
  public FileTypeSniffer() {
    this(ScanLimits.defaults());
  }

  /**
   * The media type detected from the bytes alone (e.g. {@code application/pdf}); never null. Tika's byte
   * detector only recognises ASCII/UTF-8 text, so bytes it cannot place are also tried as text in the
   * encoding Tika's encoding detector finds (Big5 text files are common): when they decode without control
   * characters they count as {@code text/plain}.
   */
  public String detect(byte[] bytes) {
    if (bytes == null || bytes.length == 0) {
      return MediaType.OCTET_STREAM.toString();
    }
    try (TikaInputStream in = TikaInputStream.get(bytes)) {
      MediaType type = detector.detect(in, new Metadata()).getBaseType();
      if (MediaType.OCTET_STREAM.equals(type) && looksLikeText(bytes)) {
        return MediaType.TEXT_PLAIN.toString();
      }
      return type.toString();
    } catch (IOException | RuntimeException e) {
      return MediaType.OCTET_STREAM.toString();
    }
  }

  private boolean looksLikeText(byte[] bytes) throws IOException {
    Charset charset;
    try (TikaInputStream in = TikaInputStream.get(bytes)) {
      charset = encodingDetector.detect(in, new Metadata());
    }
    if (charset == null) {
      return false;
    }
    String text = new String(bytes, 0, Math.min(bytes.length, TEXT_PROBE_BYTES), charset);
    int replacements = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if ((c < 0x20 && c != '\t' && c != '\n' && c != '\r' && c != '\f') || c == 0x7f) {
        return false;
      }
      if (c == '\uFFFD') {
        replacements++;
      }
    }
    return replacements <= Math.max(1, text.length() / 100);
  }

  /** The accepted extensions, e.g. {@code [pdf, odt, ods, docx, xlsx, txt]}. */
  public List<String> acceptedExtensions() {
    return Arrays.stream(AcceptedType.values()).map(AcceptedType::extension).toList();
  }

  /**
   * For the upload endpoint: a zh-TW reason to reject the file, or empty when its extension is on the
   * allow-list and its bytes really are of that type. Encrypted DOCX/XLSX files pass this check (their type
   * is right); the scanner reports them as unreadable.
   */
  public Optional<String> typeMismatch(String filename, byte[] bytes) {
    return check(filename, bytes).reason();
  }

  /** Outcome of the type check, with the detected type. */
  record Check(Optional<AcceptedType> claimed, String detected, Optional<AcceptedType> actual,
      Optional<String> reason) {
  }

  Check check(String filename, byte[] bytes) {
    Optional<AcceptedType> claimed = AcceptedType.forFilename(filename);
    // Tika's detector reads parts of an archive ([Content_Types].xml, mimetype): a file over the scan's
    // limits is not given to it; the upload is taken by its name and the scan reports it as unreadable
    if (claimed.isPresent() && bytes != null && bytes.length > 0
        && guard.check(bytes, System.currentTimeMillis() + limits.timeBudget.toMillis()).isPresent()) {
      return new Check(claimed, MediaType.OCTET_STREAM.toString(), Optional.empty(), Optional.empty());
    }
    String detected = detect(bytes);
    Optional<AcceptedType> actual = AcceptedType.forMediaType(detected);
    String ext = AcceptedType.extensionOf(filename);
    String reason = null;
    if (bytes == null || bytes.length == 0) {
      reason = "檔案內容為空";
    } else if (claimed.isEmpty()) {
      reason = (ext.isEmpty() ? "檔名沒有副檔名" : "不接受的副檔名 ." + ext)
          + "（僅接受 " + allowedList() + "），實際類型為 " + describe(detected, actual);
    } else if (actual.isPresent() && actual.get() == claimed.get()) {
      reason = null;
    } else if (OOXML_PROTECTED.equals(detected)
        && (claimed.get() == AcceptedType.DOCX || claimed.get() == AcceptedType.XLSX)) {
      reason = null;
    } else {
      reason = "副檔名為 ." + ext + "，但實際類型為 " + describe(detected, actual);
    }
    return new Check(claimed, detected, actual, Optional.ofNullable(reason));
  }

  private static String describe(String detected, Optional<AcceptedType> actual) {
    return actual.map(t -> t.label() + "（" + detected + "）").orElse(detected);
  }

  private static String allowedList() {
    return Arrays.stream(AcceptedType.values()).map(t -> "." + t.extension()).collect(Collectors.joining("、"));
  }
}
