package io.github.cognitoevents.patterntest.internal;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;

/**
 * Fuzzes the event scanner against Jackson's byte parser: for any bytes, both accept or both reject
 * (a non-object counts as rejected), and on accepted input they read the same values.
 *
 * <p>A normal build runs the committed seeds in {@code ScannerFuzzTestInputs/}; {@code
 * JAZZER_FUZZ=1 mvn -pl pattern-test -am test -Dtest=ScannerFuzzTest} fuzzes.
 */
class ScannerFuzzTest {

  @FuzzTest(maxDuration = "60s")
  void acceptsExactlyWhatJacksonAccepts(FuzzedDataProvider data) {
    byte[] bytes = data.consumeRemainingAsBytes();
    assertThat(JacksonOracle.compare(bytes)).isNull();
  }
}
