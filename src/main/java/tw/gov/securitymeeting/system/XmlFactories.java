package tw.gov.securitymeeting.system;

import java.util.Map;

/**
 * The XML factories named once, as the classes the class path gives anyway. Unnamed, Xerces looks for a parser
 * configuration in every jar of the application each time it creates a parser (none of the 220 jars of the packaged
 * application has one, so it ends with its default), and StAX does the same for its factories; odfdom creates several
 * parsers per document. Measured with Java Flight Recorder on the packaged application: 70 % of the time of an ODS
 * export. A value set by the operator ({@code -D…}) is kept.
 */
public final class XmlFactories {

  static final Map<String, String> NAMES = Map.of(
      "org.apache.xerces.xni.parser.XMLParserConfiguration", "org.apache.xerces.parsers.XIncludeAwareParserConfiguration",
      "javax.xml.parsers.SAXParserFactory", "org.apache.xerces.jaxp.SAXParserFactoryImpl",
      "javax.xml.parsers.DocumentBuilderFactory", "org.apache.xerces.jaxp.DocumentBuilderFactoryImpl",
      "javax.xml.stream.XMLEventFactory", "org.apache.xerces.stax.XMLEventFactoryImpl",
      "javax.xml.stream.XMLInputFactory", "com.sun.xml.internal.stream.XMLInputFactoryImpl",
      "javax.xml.stream.XMLOutputFactory", "com.sun.xml.internal.stream.XMLOutputFactoryImpl");

  private XmlFactories() {}

  /** Names every factory that is not named yet. */
  public static void name() {
    NAMES.forEach((factory, implementation) -> {
      if (System.getProperty(factory) == null) {
        System.setProperty(factory, implementation);
      }
    });
  }
}
