package tw.gov.securitymeeting.publication.scan;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.ByteArrayInputStream;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipInputStream;

/**
 * Walks an attachment before any parser sees it and refuses it when it exceeds {@link ScanLimits}: every zip
 * entry is inflated into a small buffer that is thrown away (so memory stays flat whatever the file holds),
 * counting its inflated size, the file's total, the number of entries, the compression ratio and the nesting
 * of zip files inside zip files; every XML entry is read by a byte-level tokenizer that bounds attribute
 * values, text runs and element depth and refuses a DTD (no entity is ever declared, so none is expanded).
 * The answer is a zh-TW reason for the 「檔案無法讀取」 finding, e.g. 「解壓縮後超過 64 MB」.
 */
final class ArchiveGuard {

  private static final long RATIO_GRACE = 1024 * 1024;

  private final ScanLimits limits;

  ArchiveGuard(ScanLimits limits) {
    this.limits = limits;
  }

  /** A zh-TW reason when the file is over a limit or the deadline (epoch ms) has passed; empty otherwise. */
  Optional<String> check(byte[] bytes, long deadline) {
    try {
      if (isZip(bytes)) {
        walkZip(new ByteArrayInputStream(bytes), 1, new Totals(deadline));
      } else if (bytes.length > 0 && looksLikeXml(bytes[0])) {
        Xml xml = new Xml();
        for (byte b : bytes) {
          xml.accept(b);
        }
      }
      return Optional.empty();
    } catch (Refused e) {
      return Optional.of(e.getMessage());
    } catch (ZipException e) {
      return Optional.empty(); // not a readable zip: the parsers report it as corrupt
    } catch (IOException e) {
      return Optional.empty();
    }
  }

  private static boolean isZip(byte[] b) {
    return b.length >= 4 && b[0] == 'P' && b[1] == 'K' && b[2] == 3 && b[3] == 4;
  }

  private static boolean looksLikeXml(byte b) {
    return b == '<' || b == (byte) 0xEF;
  }

  private void walkZip(InputStream raw, int depth, Totals totals) throws IOException {
    if (depth > limits.maxNesting) {
      throw new Refused("內嵌的壓縮檔超過 " + limits.maxNesting + " 層");
    }
    Counting compressed = new Counting(raw);
    ZipInputStream zip = new ZipInputStream(compressed);
    byte[] buffer = new byte[64 * 1024];
    ZipEntry entry;
    while ((entry = zip.getNextEntry()) != null) {
      if (++totals.entries > limits.maxEntries) {
        throw new Refused("壓縮檔內的項目超過 " + limits.maxEntries + " 個");
      }
      long compressedStart = compressed.count;
      EntryStream in = new EntryStream(zip, totals, compressed, compressedStart);
      int first = in.peekFirst(buffer);
      if (first >= 4 && buffer[0] == 'P' && buffer[1] == 'K' && buffer[2] == 3 && buffer[3] == 4) {
        in.replay(buffer, first);
        walkZip(in, depth + 1, totals);
        drain(in, buffer);
      } else {
        Xml xml = first > 0 && looksLikeXml(buffer[0]) ? new Xml() : null;
        int n = first;
        while (n >= 0) {
          if (xml != null) {
            for (int i = 0; i < n; i++) {
              xml.accept(buffer[i]);
            }
          }
          n = in.read(buffer, 0, buffer.length);
        }
      }
    }
  }

  private static void drain(InputStream in, byte[] buffer) throws IOException {
    while (in.read(buffer, 0, buffer.length) >= 0) {
      // counted by the stream
    }
  }

  private static String mb(long bytes) {
    return bytes % (1024 * 1024) == 0 ? bytes / (1024 * 1024) + " MB" : bytes / 1024 + " KB";
  }

  /** A limit was hit; the message is the zh-TW reason. */
  private static final class Refused extends IOException {
    Refused(String reason) {
      super(reason);
    }
  }

  /** Counts across one file, nested archives included. */
  private static final class Totals {
    final long deadline;
    long inflated;
    int entries;

    Totals(long deadline) {
      this.deadline = deadline;
    }
  }

  /** Counts the bytes read from the underlying (compressed) stream. */
  private static final class Counting extends FilterInputStream {
    long count;

    Counting(InputStream in) {
      super(in);
    }

    @Override
    public int read() throws IOException {
      int b = super.read();
      if (b >= 0) {
        count++;
      }
      return b;
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
      int n = super.read(b, off, len);
      if (n > 0) {
        count += n;
      }
      return n;
    }
  }

  /** One entry's inflated bytes, counted against the limits as they are read. */
  private final class EntryStream extends InputStream {
    private final InputStream in;
    private final Totals totals;
    private final Counting compressed;
    private final long compressedStart;
    private long size;
    private byte[] pending;
    private int pendingPos;
    private int pendingLen;

    EntryStream(InputStream in, Totals totals, Counting compressed, long compressedStart) {
      this.in = in;
      this.totals = totals;
      this.compressed = compressed;
      this.compressedStart = compressedStart;
    }

    int peekFirst(byte[] buffer) throws IOException {
      return read(buffer, 0, buffer.length);
    }

    void replay(byte[] buffer, int len) {
      pending = buffer.clone();
      pendingPos = 0;
      pendingLen = len;
    }

    @Override
    public int read() throws IOException {
      byte[] one = new byte[1];
      int n = read(one, 0, 1);
      return n < 0 ? -1 : one[0] & 0xff;
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
      if (pending != null) {
        int n = Math.min(len, pendingLen - pendingPos);
        System.arraycopy(pending, pendingPos, b, off, n);
        pendingPos += n;
        if (pendingPos == pendingLen) {
          pending = null;
        }
        return n;
      }
      int n = in.read(b, off, len);
      if (n > 0) {
        count(n);
      }
      return n;
    }

    private void count(int n) throws IOException {
      size += n;
      totals.inflated += n;
      if (size > limits.maxEntrySize) {
        throw new Refused("解壓縮後超過 " + mb(limits.maxEntrySize));
      }
      if (totals.inflated > limits.maxTotalSize) {
        throw new Refused("整個檔案解壓縮後超過 " + mb(limits.maxTotalSize));
      }
      long packed = Math.max(1, compressed.count - compressedStart);
      if (size > RATIO_GRACE && size / packed > limits.maxCompressionRatio) {
        throw new Refused("壓縮比超過 " + limits.maxCompressionRatio + ":1（疑似壓縮炸彈）");
      }
      if (System.currentTimeMillis() > totals.deadline) {
        throw new Refused("檢查時間超過 " + limits.timeBudget.toSeconds() + " 秒");
      }
    }
  }

  /** A byte-level XML tokenizer that only measures: attribute values, text runs, element depth, DTDs. */
  private final class Xml {
    private static final int TEXT = 0;
    private static final int OPEN = 1;
    private static final int TAG = 2;
    private static final int QUOTE = 3;
    private static final int BANG = 4;
    private static final int COMMENT = 5;
    private static final int CDATA = 6;
    private static final int PI = 7;
    private static final int DECL = 8;

    private int state = TEXT;
    private byte quote;
    private boolean closing;
    private boolean selfClosing;
    private long run;
    private int depth;
    private byte last1;
    private byte last2;

    void accept(byte b) throws Refused {
      switch (state) {
        case TEXT -> {
          if (b == '<') {
            state = OPEN;
            run = 0;
          } else {
            text();
          }
        }
        case OPEN -> {
          closing = b == '/';
          selfClosing = false;
          if (b == '?') {
            state = PI;
          } else if (b == '!') {
            state = BANG;
          } else {
            state = TAG;
            if (!closing && ++depth > limits.maxXmlDepth) {
              throw new Refused("XML 元素巢狀超過 " + limits.maxXmlDepth + " 層");
            }
          }
        }
        case TAG -> {
          if (b == '"' || b == '\'') {
            quote = b;
            run = 0;
            state = QUOTE;
          } else if (b == '>') {
            if (closing || selfClosing) {
              depth--;
            }
            state = TEXT;
            run = 0;
          } else if (b == '/') {
            selfClosing = true;
          } else if (b != ' ' && b != '\t' && b != '\r' && b != '\n') {
            selfClosing = false;
          }
        }
        case QUOTE -> {
          if (b == quote) {
            state = TAG;
          } else if (++run > limits.maxXmlAttribute) {
            throw new Refused("XML 屬性值超過 " + mb(limits.maxXmlAttribute));
          }
        }
        case BANG -> {
          if (b == '-') {
            state = COMMENT;
          } else if (b == '[') {
            state = CDATA;
          } else if (b == 'D' || b == 'd') {
            throw new Refused("XML 含有 DTD 宣告（不接受實體定義）");
          } else {
            state = DECL;
          }
        }
        case COMMENT, CDATA, PI -> {
          byte end = state == PI ? (byte) '?' : state == COMMENT ? (byte) '-' : (byte) ']';
          boolean closes = b == '>' && last1 == end && (state == PI || last2 == end);
          if (closes) {
            state = TEXT;
            run = 0;
          } else {
            text();
          }
        }
        case DECL -> {
          if (b == '>') {
            state = TEXT;
          }
        }
        default -> throw new IllegalStateException();
      }
      last2 = last1;
      last1 = b;
    }

    private void text() throws Refused {
      if (++run > limits.maxXmlText) {
        throw new Refused("XML 文字內容超過 " + mb(limits.maxXmlText));
      }
    }
  }
}
