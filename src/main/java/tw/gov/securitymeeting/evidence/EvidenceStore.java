package tw.gov.securitymeeting.evidence;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.multipart.MultipartFile;
import tw.gov.securitymeeting.system.ApiException;

/**
 * Evidence files under {@code app.evidence.storage-directory} (a shared volume in a cluster), one
 * folder per incident. Written once, made read-only, never changed; the database keeps the path,
 * size and SHA-256 computed while the file was written.
 */
@Component
class EvidenceStore {

  record StoredFile(String path, long size, String sha256) {}

  private final EvidenceProperties properties;

  EvidenceStore(EvidenceProperties properties) {
    this.properties = properties;
  }

  StoredFile store(long incidentId, MultipartFile file) {
    long max = properties.maxFileSize().toBytes();
    if (file.getSize() > max) {
      throw tooLarge(max);
    }
    Path root = root();
    String relative = incidentId + "/" + UUID.randomUUID();
    Path target = root.resolve(relative);
    try {
      Files.createDirectories(target.getParent());
      Path partial = Files.createTempFile(target.getParent(), "upload-", ".part");
      MessageDigest digest = CustodyChain.digest();
      long size;
      try (InputStream in = new DigestInputStream(file.getInputStream(), digest)) {
        size = Files.copy(in, partial, StandardCopyOption.REPLACE_EXISTING);
      } catch (IOException | RuntimeException e) {
        Files.deleteIfExists(partial);
        throw e;
      }
      if (size > max) {
        Files.deleteIfExists(partial);
        throw tooLarge(max);
      }
      Files.move(partial, target, StandardCopyOption.ATOMIC_MOVE);
      target.toFile().setWritable(false, false);
      return new StoredFile(relative, size, HexFormat.of().formatHex(digest.digest()));
    } catch (IOException e) {
      throw new UncheckedIOException("無法儲存證據檔案", e);
    }
  }

  /** The SHA-256 of a stored file as it is on disk now, or null when it is gone. */
  String sha256(String relative) {
    Path path = resolve(relative);
    if (!Files.isRegularFile(path)) {
      return null;
    }
    MessageDigest digest = CustodyChain.digest();
    try (InputStream in = new DigestInputStream(Files.newInputStream(path), digest)) {
      in.transferTo(java.io.OutputStream.nullOutputStream());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return HexFormat.of().formatHex(digest.digest());
  }

  /** Removes a file whose database record was not written (the transaction failed). */
  void discard(String relative) {
    Path path = resolve(relative);
    try {
      path.toFile().setWritable(true, true);
      Files.deleteIfExists(path);
    } catch (IOException e) {
      // left behind; harmless: no record points to it
    }
  }

  Path resolve(String relative) {
    Path root = root();
    Path path = root.resolve(relative).normalize();
    if (!path.startsWith(root)) {
      throw new IllegalArgumentException("證據檔案路徑不在保存目錄內：" + relative);
    }
    return path;
  }

  private Path root() {
    return properties.storageDirectory().toAbsolutePath().normalize();
  }

  private ApiException tooLarge(long max) {
    return new ApiException(HttpStatus.PAYLOAD_TOO_LARGE, "檔案過大",
        "證據檔案最大 " + (max >= 1024 * 1024 ? max / (1024 * 1024) + " MB" : max / 1024 + " KB") + "；較大的映像檔請在其他設備製作後登錄其 SHA-256。");
  }
}
