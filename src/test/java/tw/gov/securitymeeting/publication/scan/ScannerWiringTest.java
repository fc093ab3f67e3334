package tw.gov.securitymeeting.publication.scan;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.junit.jupiter.SpringJUnitConfig;

@SpringJUnitConfig(classes = {PersonalDataScanner.class, FileTypeSniffer.class, ScanLimits.class})
@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class ScannerWiringTest {

  @Autowired
  PersonalDataScanner scanner;

  @Autowired
  FileTypeSniffer sniffer;

  @Test
  void the_scanner_and_the_type_check_are_spring_components() {
    assertThat(scanner.scan("手機 0912-345-678", List.of()).findings())
        .extracting(Finding::excerpt).containsExactly("0912-***-678");
    assertThat(sniffer.typeMismatch("a.pdf", TestDocuments.utf8("not a pdf"))).isPresent();
  }
}
