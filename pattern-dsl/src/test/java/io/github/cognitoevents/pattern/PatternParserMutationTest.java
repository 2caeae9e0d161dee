package io.github.cognitoevents.pattern;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import software.amazon.event.ruler.JsonRuleCompiler;

/**
 * Seeded, property-style companion of {@link PatternParserFuzzTest} that runs in every build: it
 * mutates the committed seeds (byte flips, insertions of JSON punctuation, truncations, splices)
 * and checks the same property on each result.
 */
class PatternParserMutationTest {
  private static final String[] SEEDS = {
    "seed-rule",
    "operators",
    "anything-but",
    "numeric",
    "or-nested",
    "cidr",
    "wildcard",
    "broken-json",
    "duplicate-keys",
    "deep"
  };
  private static final byte[] PUNCTUATION = "{}[]\":,*\\ 0-e.".getBytes(StandardCharsets.US_ASCII);

  private static List<byte[]> seeds() throws IOException {
    List<byte[]> seeds = new ArrayList<>();
    for (String name : SEEDS) {
      try (InputStream in =
          PatternParserMutationTest.class.getResourceAsStream(
              "PatternParserFuzzTestInputs/parse/" + name)) {
        assertThat(in).as("seed %s", name).isNotNull();
        seeds.add(in.readAllBytes());
      }
    }
    return seeds;
  }

  @Test
  void everySeedSatisfiesTheFuzzProperty() throws IOException {
    for (byte[] seed : seeds()) {
      PatternParserFuzzTest.check(new String(seed, StandardCharsets.UTF_8));
    }
  }

  private static List<String> mutations(long seed, int count) throws IOException {
    List<byte[]> seeds = seeds();
    SplittableRandom random = new SplittableRandom(seed);
    List<String> out = new ArrayList<>(count);
    for (int i = 0; i < count; i++) {
      byte[] bytes = seeds.get(random.nextInt(seeds.size())).clone();
      int edits = 1 + random.nextInt(4);
      for (int e = 0; e < edits && bytes.length > 0; e++) {
        bytes = mutate(bytes, random, seeds);
      }
      out.add(new String(bytes, StandardCharsets.UTF_8));
    }
    return out;
  }

  @Test
  void tenThousandMutationsOnlyEverThrowInvalidEventPatternException() throws IOException {
    for (String json : mutations(20261123L, 10_000)) {
      PatternParserFuzzTest.check(json);
    }
  }

  /**
   * Differential check against event-ruler's {@code JsonRuleCompiler.check}, the validator AWS
   * runs: same verdict and same first message line, except where EventBridge (or this library's
   * documented choice) decides otherwise: the wildcard complexity limit, the {@code $or}
   * combination limit, the {@code exactly} operator and empty anything-but sets (see
   * PatternGeneratorTest in pattern-test for the reasons).
   */
  @Test
  void agreesWithEventRulerOnFiveThousandMutations() throws IOException {
    List<String> disagreements = new ArrayList<>();
    int rejected = 0;
    for (String json : mutations(7L, 5_000)) {
      String ruler = JsonRuleCompiler.check(json);
      String ours;
      try {
        EventPattern.parse(json, PatternLimits.testEventPattern().withMaxLength(Integer.MAX_VALUE));
        ours = null;
      } catch (InvalidEventPatternException e) {
        ours = e.reason();
        rejected++;
      }
      if (ruler == null && ours != null && !awsDecidesOtherwise(ours)) {
        disagreements.add("we reject (" + ours + "): " + json);
      } else if (ruler != null && !ruler.split("\n", -1)[0].equals(ours)) {
        disagreements.add("event-ruler says " + ruler.split("\n", -1)[0] + ", we say " + ours);
      }
    }
    assertThat(disagreements).isEmpty();
    assertThat(rejected).isGreaterThan(1_000);
  }

  private static boolean awsDecidesOtherwise(String reason) {
    return reason.startsWith("Rule is too complex")
        || reason.startsWith("The use of $or results in")
        || reason.equals("Unrecognized match type exactly")
        || reason.equals("Empty arrays are not allowed");
  }

  private static byte[] mutate(byte[] bytes, SplittableRandom random, List<byte[]> seeds) {
    int at = random.nextInt(bytes.length);
    switch (random.nextInt(5)) {
      case 0:
        bytes[at] = (byte) random.nextInt(256);
        return bytes;
      case 1:
        bytes[at] = PUNCTUATION[random.nextInt(PUNCTUATION.length)];
        return bytes;
      case 2:
        {
          byte[] out = new byte[bytes.length + 1];
          System.arraycopy(bytes, 0, out, 0, at);
          out[at] = PUNCTUATION[random.nextInt(PUNCTUATION.length)];
          System.arraycopy(bytes, at, out, at + 1, bytes.length - at);
          return out;
        }
      case 3:
        {
          byte[] out = new byte[bytes.length - 1];
          System.arraycopy(bytes, 0, out, 0, at);
          System.arraycopy(bytes, at + 1, out, at, bytes.length - at - 1);
          return out;
        }
      default:
        {
          byte[] other = seeds.get(random.nextInt(seeds.size()));
          int from = random.nextInt(other.length);
          int length = Math.min(other.length - from, 1 + random.nextInt(20));
          byte[] out = new byte[bytes.length + length];
          System.arraycopy(bytes, 0, out, 0, at);
          System.arraycopy(other, from, out, at, length);
          System.arraycopy(bytes, at, out, at + length, bytes.length - at);
          return out;
        }
    }
  }
}
