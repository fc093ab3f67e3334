package tw.gov.securitymeeting.publication.scan;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.StringJoiner;
import java.util.stream.Collectors;

import javax.xml.stream.XMLStreamException;

import org.apache.poi.openxml4j.exceptions.OpenXML4JException;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.metadata.Office;
import org.apache.tika.metadata.OfficeOpenXMLCore;
import org.apache.tika.metadata.PDF;
import org.apache.tika.metadata.Property;
import org.apache.tika.metadata.TikaCoreProperties;

/**
 * Document metadata and hidden content. Tika's metadata gives the author / last-modified-by names, PDF
 * annotation types and XLSX hidden sheet names; the rest (comments, tracked changes, hidden rows/columns,
 * hidden text) comes from {@link OoxmlInspector} (Apache POI) and {@link OdfInspector}.
 */
final class DocumentInspector {

  private static final List<Property> CREATORS = List.of(TikaCoreProperties.CREATOR, Office.AUTHOR,
      Office.INITIAL_AUTHOR, PDF.DOC_INFO_CREATOR);
  private static final List<Property> MODIFIERS = List.of(TikaCoreProperties.MODIFIER, Office.LAST_AUTHOR,
      OfficeOpenXMLCore.LAST_MODIFIED_BY);
  /** PDF annotation subtypes that carry reviewer remarks (links, form widgets and popups do not). */
  private static final Set<String> PDF_MARKUP = Set.of("Text", "FreeText", "Line", "Square", "Circle", "Polygon",
      "PolyLine", "Highlight", "Underline", "Squiggly", "StrikeOut", "Stamp", "Caret", "Ink", "FileAttachment",
      "Sound", "Redact");

  /** Structural findings and, for ODS, the sheet names in order. */
  record Inspection(List<Finding> findings, List<String> sheetNames) {
    static Inspection none() {
      return new Inspection(List.of(), List.of());
    }
  }

  /** Findings taken from Tika's metadata of the container document. */
  List<Finding> fromMetadata(Metadata metadata, AcceptedType type, String source) {
    List<Finding> findings = new ArrayList<>();
    String authors = authors(metadata);
    if (!authors.isEmpty()) {
      findings.add(new Finding(FindingKind.DOCUMENT_AUTHOR, source, "文件屬性", authors));
    }
    if (type == AcceptedType.PDF) {
      String markup = Arrays.stream(metadata.getValues(PDF.ANNOTATION_SUBTYPES))
          .filter(PDF_MARKUP::contains).distinct().collect(Collectors.joining("、"));
      if (!markup.isEmpty()) {
        findings.add(new Finding(FindingKind.COMMENT, source, "", "PDF 註解（" + markup + "）"));
      }
    }
    if (type == AcceptedType.XLSX) {
      for (String name : metadata.getValues(Office.HIDDEN_SHEET_NAMES)) {
        findings.add(new Finding(FindingKind.HIDDEN_SHEET, source, "工作表「" + name + "」", "隱藏工作表"));
      }
      for (String name : metadata.getValues(Office.VERY_HIDDEN_SHEET_NAMES)) {
        findings.add(new Finding(FindingKind.HIDDEN_SHEET, source, "工作表「" + name + "」",
            "深度隱藏工作表（very hidden）"));
      }
    }
    return findings;
  }

  /** True when Tika reports that an embedded document could not be opened because it is encrypted. */
  boolean hasEncryptedEmbeddedDocument(Metadata metadata) {
    return Arrays.stream(metadata.getValues(TikaCoreProperties.EMBEDDED_EXCEPTION))
        .anyMatch(e -> e.contains("EncryptedDocumentException"));
  }

  /** Comments, tracked changes and hidden content read from the file itself. */
  Inspection inspect(byte[] bytes, AcceptedType type, String source)
      throws IOException, XMLStreamException, OpenXML4JException {
    return switch (type) {
      case DOCX -> new Inspection(OoxmlInspector.inspectDocx(bytes, source), List.of());
      case XLSX -> new Inspection(OoxmlInspector.inspectXlsx(bytes, source), List.of());
      case ODT, ODS -> {
        OdfInspector.Result r = OdfInspector.inspect(bytes, source, type == AcceptedType.ODS);
        yield new Inspection(r.findings(), r.sheetNames());
      }
      case PDF, TEXT -> Inspection.none();
    };
  }

  private static String authors(Metadata metadata) {
    Set<String> creators = names(metadata, CREATORS);
    Set<String> modifiers = names(metadata, MODIFIERS);
    StringJoiner j = new StringJoiner("；");
    if (!creators.isEmpty()) {
      j.add("作者：" + masked(creators));
    }
    if (!modifiers.isEmpty()) {
      j.add("最後修改者：" + masked(modifiers));
    }
    return j.toString();
  }

  private static String masked(Set<String> names) {
    return names.stream().map(Masking::maskName).collect(Collectors.joining("、"));
  }

  private static Set<String> names(Metadata metadata, List<Property> properties) {
    Set<String> names = new LinkedHashSet<>();
    for (Property p : properties) {
      for (String value : metadata.getValues(p)) {
        if (value == null) {
          continue;
        }
        // Tika joins ODF's initial creator and creator into one comma-separated value
        for (String name : value.split("[,，;；]")) {
          if (!name.isBlank()) {
            names.add(name.strip());
          }
        }
      }
    }
    return names;
  }
}
