package beskid.cli.launcher;

import static org.assertj.core.api.Assertions.assertThatCode;

import org.junit.jupiter.api.Test;

/** The launcher's XML warm-up stays quiet whatever the JVM's XML set-up. */
class XmlPrewarmTest {
    private static final String FACTORY = "javax.xml.parsers.SAXParserFactory";

    @Test
    void testABrokenParserFactoryIsNotTheLaunchersToReport() {
        String before = System.getProperty(FACTORY);
        System.setProperty(FACTORY, "no.such.Factory");
        try {
            assertThatCode(new XmlPrewarm()::run).doesNotThrowAnyException();
        } finally {
            if (before == null) {
                System.clearProperty(FACTORY);
            } else {
                System.setProperty(FACTORY, before);
            }
        }
    }
}
