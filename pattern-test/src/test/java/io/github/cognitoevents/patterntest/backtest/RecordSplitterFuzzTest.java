package io.github.cognitoevents.patterntest.backtest;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * Fuzzes the log splitter: for any bytes it ends, reporting problems through its handler and never
 * throwing; and on a valid UTF-8 document Jackson reads without error it hands on what Jackson's
 * parser reads ({@link RecordSplitterTest#oracle}), through a 16-byte starting buffer.
 *
 * <p>A normal build runs the committed seeds in {@code RecordSplitterFuzzTestInputs/}; {@code
 * JAZZER_FUZZ=1 mvn -pl pattern-test -am test -Dtest=RecordSplitterFuzzTest} fuzzes.
 */
class RecordSplitterFuzzTest {

  @FuzzTest(maxDuration = "60s")
  void splitsAsJacksonDoesAndNeverFails(FuzzedDataProvider data) throws IOException {
    byte[] bytes = data.consumeRemainingAsBytes();
    int[] elements = {0};
    new RecordSplitter(new ByteArrayInputStream(bytes), 16, 1 << 20)
        .read(
            new RecordSplitter.Handler() {
              @Override
              public void record(
                  Delivery.Fields fields, byte[] json, int offset, int length, long line) {
                assertThat(offset).isNotNegative();
                assertThat(offset + length).isLessThanOrEqualTo(json.length);
                assertThat(json[offset]).isEqualTo((byte) '{');
                assertThat(line).isPositive();
                elements[0]++;
              }

              @Override
              public void lookupEntry(byte[] json, int offset, int length, long line) {
                assertThat(json[offset + length - 1]).isEqualTo((byte) '}');
                elements[0]++;
              }

              @Override
              public void malformed(long line, String reason) {
                assertThat(line).isPositive();
              }
            });
    if (!plainUtf8Object(bytes)) {
      return;
    }
    List<String> expected;
    try {
      expected = RecordSplitterTest.oracle(bytes);
    } catch (IOException | RuntimeException e) {
      return; // not a document Jackson reads: the first part is the whole property
    }
    assertThat(RecordSplitterTest.split(bytes, 16, 1 << 20, bytes.length)).isEqualTo(expected);
  }

  /**
   * Valid UTF-8 (Jackson reads some invalid bytes in names leniently), starting with a brace (after
   * spaces), with no zero byte where Jackson looks for UTF-16/32.
   */
  private static boolean plainUtf8Object(byte[] b) {
    try {
      StandardCharsets.UTF_8
          .newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(b));
    } catch (CharacterCodingException e) {
      return false;
    }
    for (int i = 0; i < Math.min(4, b.length); i++) {
      if (b[i] == 0) {
        return false;
      }
    }
    for (byte c : b) {
      if (c == '{') {
        return true;
      }
      if (c != ' ' && c != '\n' && c != '\r' && c != '\t') {
        return false;
      }
    }
    return false;
  }
}
