package tw.gov.securitymeeting.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.concurrent.Callable;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.SAXParserFactory;
import javax.xml.stream.XMLEventFactory;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLOutputFactory;
import org.junit.jupiter.api.Test;

/** The names given are the classes the class path resolves the factories to without them: nothing changes but the search. */
class XmlFactoriesTest {

  @Test
  void shouldNameTheFactoriesTheClassPathGivesAnyway() throws Exception {
    Map<String, Callable<Object>> factories = Map.of(
        "javax.xml.parsers.SAXParserFactory", SAXParserFactory::newInstance,
        "javax.xml.parsers.DocumentBuilderFactory", DocumentBuilderFactory::newInstance,
        "javax.xml.stream.XMLEventFactory", XMLEventFactory::newInstance,
        "javax.xml.stream.XMLInputFactory", XMLInputFactory::newInstance,
        "javax.xml.stream.XMLOutputFactory", XMLOutputFactory::newInstance);
    for (Map.Entry<String, Callable<Object>> factory : factories.entrySet()) {
      String named = System.clearProperty(factory.getKey());
      try {
        assertThat(factory.getValue().call().getClass().getName()).as(factory.getKey()).isEqualTo(XmlFactories.NAMES.get(factory.getKey()));
      } finally {
        if (named != null) {
          System.setProperty(factory.getKey(), named);
        }
      }
    }
    // Xerces' parser configuration: no jar names one, so Xerces ends with this default.
    assertThat(Thread.currentThread().getContextClassLoader()
        .getResources("META-INF/services/org.apache.xerces.xni.parser.XMLParserConfiguration").hasMoreElements()).isFalse();
    assertThat(Class.forName(XmlFactories.NAMES.get("org.apache.xerces.xni.parser.XMLParserConfiguration"))).isNotNull();
  }

  @Test
  void shouldKeepAFactoryTheOperatorNamed() {
    String key = "javax.xml.stream.XMLOutputFactory";
    String before = System.getProperty(key);
    System.setProperty(key, "operator.Choice");
    try {
      XmlFactories.name();
      assertThat(System.getProperty(key)).isEqualTo("operator.Choice");
    } finally {
      if (before == null) {
        System.clearProperty(key);
      } else {
        System.setProperty(key, before);
      }
    }
  }
}
