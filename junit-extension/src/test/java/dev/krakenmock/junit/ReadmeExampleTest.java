package dev.krakenmock.junit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** The README shows the example test as it is, so the documented example always runs. */
class ReadmeExampleTest {

  private static final String EXAMPLE_START = "@KrakenMock\nclass ExampleAccountTest";

  @Test
  void readmeShowsTheExampleTestAsItIs() throws IOException {
    String readme = Files.readString(Path.of("..", "README.md"), StandardCharsets.UTF_8);
    String source = Files.readString(
        Path.of("src/test/java/dev/krakenmock/junit/ExampleAccountTest.java"),
        StandardCharsets.UTF_8);

    int start = readme.indexOf("```java\n" + EXAMPLE_START);
    assertTrue(start >= 0, "the README's section 'JUnit 5 extension' shows ExampleAccountTest");
    int bodyStart = start + "```java\n".length();
    String shown = readme.substring(bodyStart, readme.indexOf("```", bodyStart));
    assertEquals(source.substring(source.indexOf(EXAMPLE_START)), shown);
  }
}
