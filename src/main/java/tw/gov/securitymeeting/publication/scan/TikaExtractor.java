package tw.gov.securitymeeting.publication.scan;

import java.io.IOException;
import java.util.List;

import org.apache.tika.exception.TikaException;
import org.apache.tika.io.TikaInputStream;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.metadata.TikaCoreProperties;
import org.apache.tika.parser.AutoDetectParser;
import org.apache.tika.parser.ParseContext;
import org.apache.tika.parser.Parser;
import org.apache.tika.parser.microsoft.OfficeParserConfig;
import org.apache.tika.parser.ocr.TesseractOCRConfig;
import org.apache.tika.parser.pdf.PDFParserConfig;
import org.apache.tika.sax.BodyContentHandler;
import org.xml.sax.SAXException;

/**
 * Extracts text (cut into sections) and metadata with Apache Tika. Deleted tracked changes, moved-from text,
 * headers/footers and annotations are included so that personal data hiding there is found too; OCR is off.
 */
final class TikaExtractor {

  /** Upper bound of extracted characters per attachment. */
  static final long MAX_CHARS = 20_000_000L;

  /** Text sections and the container document's metadata. */
  record Extraction(List<SectionCollector.Section> sections, Metadata metadata) {
  }

  private final AutoDetectParser parser = new AutoDetectParser();

  Extraction extract(byte[] bytes, AcceptedType type)
      throws IOException, SAXException, TikaException {
    SectionCollector collector = new SectionCollector(modeFor(type), MAX_CHARS);
    Metadata metadata = new Metadata();
    // parse as the type decided by the type check (Tika's own detection cannot place e.g. Big5 text)
    metadata.set(TikaCoreProperties.CONTENT_TYPE_USER_OVERRIDE, type.mediaType());
    try (TikaInputStream in = TikaInputStream.get(bytes)) {
      parser.parse(in, new BodyContentHandler(collector), metadata, context());
    }
    return new Extraction(collector.sections(), metadata);
  }

  static SectionCollector.Mode modeFor(AcceptedType type) {
    return switch (type) {
      case PDF -> SectionCollector.Mode.PAGES;
      case XLSX -> SectionCollector.Mode.SHEET_DIVS;
      case ODS -> SectionCollector.Mode.SHEET_TABLES;
      default -> SectionCollector.Mode.FLAT;
    };
  }

  private ParseContext context() {
    ParseContext context = new ParseContext();
    OfficeParserConfig office = new OfficeParserConfig();
    office.setIncludeDeletedContent(true);
    office.setIncludeMoveFromContent(true);
    office.setIncludeHeadersAndFooters(true);
    office.setIncludeShapeBasedContent(true);
    office.setExtractMacros(false);
    context.set(OfficeParserConfig.class, office);
    PDFParserConfig pdf = new PDFParserConfig();
    pdf.setExtractAnnotationText(true);
    pdf.setOcrStrategy(PDFParserConfig.OCR_STRATEGY.NO_OCR);
    context.set(PDFParserConfig.class, pdf);
    TesseractOCRConfig ocr = new TesseractOCRConfig();
    ocr.setSkipOcr(true);
    context.set(TesseractOCRConfig.class, ocr);
    // parse embedded documents (e.g. a spreadsheet inside a DOCX) with the same parser
    context.set(Parser.class, parser);
    return context;
  }
}
