package io.github.cognitoevents.pattern;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.cognitoevents.testsupport.SharedData;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Every pattern of the recorded TestEventPattern corpus gets AWS's verdict on validity. */
class ConformanceCorpusTest {
  private static final ObjectMapper MAPPER = new ObjectMapper();

  static Stream<Arguments> corpus() {
    try {
      List<String> lines =
          Files.readAllLines(SharedData.conformanceCorpus(), StandardCharsets.UTF_8);
      return lines.stream()
          .filter(line -> !line.isBlank())
          .map(ConformanceCorpusTest::read)
          .map(
              node ->
                  Arguments.of(
                      node.get("name").asText(),
                      node.get("pattern").asText(),
                      node.get("expected").asText(),
                      node.path("code").asText(""),
                      node.path("message").asText("")));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static JsonNode read(String line) {
    try {
      return MAPPER.readTree(line);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("corpus")
  void givesTheRecordedVerdictOnThePattern(
      String name, String pattern, String expected, String code, String message) {
    if ("invalid".equals(expected) && "InvalidEventPatternException".equals(code)) {
      InvalidEventPatternException e =
          catchThrowableOfType(
              InvalidEventPatternException.class,
              () -> EventPattern.parse(pattern, PatternLimits.testEventPattern()));
      assertThat(e).as("pattern must be rejected").isNotNull();
      assertThat(e.getMessage().split("\n", -1)[0]).isEqualTo(message);
    } else {
      EventPattern parsed = EventPattern.parse(pattern, PatternLimits.testEventPattern());
      assertThat(EventPattern.parse(parsed.toJson())).isEqualTo(parsed);
      assertThat(EventPattern.parse(parsed.toPrettyJson())).isEqualTo(parsed);
      assertThat(EventPattern.parse(parsed.toJson()).toJson()).isEqualTo(parsed.toJson());
    }
  }

  @Test
  void coversTheWholeCorpus() {
    List<Arguments> all = corpus().toList();
    assertThat(all).hasSize(176);
    assertThat(all.stream().filter(a -> "InvalidEventPatternException".equals(a.get()[3])).count())
        .isEqualTo(42);
  }
}
