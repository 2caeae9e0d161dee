package io.github.cognitoevents.testkit.matcher;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.cognitoevents.patterntest.PatternMatcher;
import io.github.cognitoevents.testkit.generate.EventGenerator;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/** One compiled matcher shared by several threads gives each thread the sequential verdicts. */
class ConcurrencyTest {

  @Test
  void aSharedMatcherGivesTheSameVerdictsOnEveryThread() throws Exception {
    PatternMatcher matcher =
        PatternMatcher.compile(
            "{\"detail\":{\"requestParameters\":{\"userAttributes\":{\"name\":[\"email\"],"
                + "\"value\":[{\"anything-but\":\"HIDDEN_DUE_TO_SECURITY_REASONS\"}]}},"
                + "\"$or\":[{\"readOnly\":[true]},{\"sourceIPAddress\":[{\"cidr\":\"10.0.0.0/8\"}]}]}}");
    List<byte[]> events = new ArrayList<>();
    for (String e : EventGenerator.seeded(11).withQuirks(true).nextJson(400)) {
      events.add(e.getBytes(StandardCharsets.UTF_8));
    }
    boolean[] expected = new boolean[events.size()];
    int hits = 0;
    for (int i = 0; i < expected.length; i++) {
      expected[i] = matcher.matches(events.get(i));
      hits += expected[i] ? 1 : 0;
    }
    assertThat(hits).isBetween(20, 380);
    ExecutorService pool = Executors.newFixedThreadPool(4);
    try {
      List<Future<Integer>> results = new ArrayList<>();
      for (int t = 0; t < 4; t++) {
        int offset = t;
        results.add(
            pool.submit(
                () -> {
                  int wrong = 0;
                  for (int round = 0; round < 20; round++) {
                    for (int i = 0; i < events.size(); i++) {
                      int k = (i + offset * 97) % events.size();
                      if (matcher.matches(events.get(k)) != expected[k]) {
                        wrong++;
                      }
                    }
                  }
                  return wrong;
                }));
      }
      for (Future<Integer> r : results) {
        assertThat(r.get()).isZero();
      }
    } finally {
      pool.shutdownNow();
    }
  }
}
