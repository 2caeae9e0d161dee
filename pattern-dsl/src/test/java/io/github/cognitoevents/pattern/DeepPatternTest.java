package io.github.cognitoevents.pattern;

import static io.github.cognitoevents.pattern.Patterns.field;
import static io.github.cognitoevents.pattern.Patterns.or;
import static io.github.cognitoevents.pattern.Patterns.value;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

/**
 * Deep patterns compare, hash, render and check their limits without recursion: the deepest pattern
 * EventBridge's 2,048 characters allow, the deepest JSON the parser accepts (Jackson's 1,000
 * levels), and DSL-built patterns of any depth. Each runs on a thread with a small stack (256 KB),
 * where a recursive walk of a few hundred levels would overflow.
 */
class DeepPatternTest {

  private static final long SMALL_STACK = 256 * 1024;

  /** {@code {"a":{"a":...["x"]...}}} nested {@code depth} objects deep. */
  private static String nestedJson(int depth) {
    return "{\"a\":".repeat(depth) + "[\"x\"]" + "}".repeat(depth);
  }

  private static ObjectPattern nestedModel(int depth) {
    ObjectPattern object = new ObjectPattern(List.of(field("a", "x")));
    for (int i = 1; i < depth; i++) {
      object = new ObjectPattern(List.of(new Field("a", object)));
    }
    return object;
  }

  @Test
  void theDeepestRulePatternCompareHashesAndRenders() throws Throwable {
    int depth = (PatternLimits.RULE_MAX_LENGTH - 5) / 6; // 340 levels in 2,045 characters
    String json = nestedJson(depth);
    assertThat(json.length()).isLessThanOrEqualTo(PatternLimits.RULE_MAX_LENGTH);
    onSmallStack(
        () -> {
          EventPattern a = EventPattern.parse(json);
          EventPattern b = EventPattern.parse(json);
          assertThat(a).isEqualTo(b).hasSameHashCodeAs(b);
          assertThat(a.toJson()).isEqualTo(json);
          assertThat(
                  EventPattern.parse(
                      a.toPrettyJson(), PatternLimits.rules().withMaxLength(1 << 20)))
              .isEqualTo(a);
          assertThat(a.orCombinations()).isEqualTo(1);
          assertThat(a.wildcardComplexity()).isZero();
          assertThat(a).isNotEqualTo(EventPattern.parse(json.replace("[\"x\"]", "[\"y\"]")));
        });
  }

  @Test
  void theDeepestJsonTheParserAcceptsWorksAndOneLevelMoreIsRejected() throws Throwable {
    // 999 objects around an array: 1,000 levels of JSON nesting, Jackson's default maximum
    PatternLimits unlimited = new PatternLimits(Integer.MAX_VALUE, 1000, 10);
    onSmallStack(
        () -> {
          EventPattern deepest = EventPattern.parse(nestedJson(999), unlimited);
          assertThat(deepest).isEqualTo(EventPattern.of(nestedModel(999), unlimited));
          assertThat(deepest.hashCode()).isEqualTo(nestedModel(999).hashCode());
          assertThat(deepest.toJson()).isEqualTo(nestedJson(999));
          // pretty JSON indents each level: its size grows with the square of the depth
          assertThat(EventPattern.parse(deepest.toPrettyJson(), unlimited)).isEqualTo(deepest);
        });
    assertThatThrownBy(() -> EventPattern.parse(nestedJson(1000), unlimited))
        .isInstanceOf(InvalidEventPatternException.class)
        .hasMessageContaining("nesting depth (1001) exceeds the maximum allowed (1000");
  }

  @Test
  void dslPatternsOfAnyDepthAreRejectedByTheLengthLimitWithoutOverflowing() throws Throwable {
    ObjectPattern deep = nestedModel(100_000);
    onSmallStack(
        () ->
            assertThatThrownBy(() -> EventPattern.of(deep))
                .isInstanceOf(InvalidEventPatternException.class)
                .hasMessageContaining("Member must have length less than or equal to 2048"));
  }

  @Test
  void dslPatternsOfAnyDepthWorkUnderRaisedLimits() throws Throwable {
    PatternLimits unlimited = new PatternLimits(Integer.MAX_VALUE, 1000, 10);
    onSmallStack(
        () -> {
          EventPattern a = EventPattern.of(nestedModel(100_000), unlimited);
          EventPattern b = EventPattern.of(nestedModel(100_000), unlimited);
          assertThat(a).isEqualTo(b).hasSameHashCodeAs(b);
          assertThat(a.toJson())
              .startsWith("{\"a\":{\"a\":")
              .contains("{\"a\":[\"x\"]}}}")
              .endsWith("}}}");
          assertThat(a.toJson()).hasSize(6 * 100_000 + 5);
          assertThat(a.orCombinations()).isEqualTo(1);
          assertThat(a.root().toString()).isEqualTo(a.toJson());
          assertThat(a.root().members().get(0).hashCode())
              .isEqualTo(b.root().members().get(0).hashCode());
          int[] fields = {0};
          a.walk(
              new PatternVisitor() {
                @Override
                public void enterObject(ObjectPattern object) {}

                @Override
                public void exitObject(ObjectPattern object) {}

                @Override
                public void enterField(Field field) {
                  fields[0]++;
                }

                @Override
                public void exitField(Field field) {}

                @Override
                public void enterOr(Or or) {}

                @Override
                public void exitOr(Or or) {}

                @Override
                public void visitMatchList(MatchList list) {}
              });
          assertThat(fields[0]).isEqualTo(100_000);
        });
  }

  @Test
  void deepOrBranchesAreCheckedForReservedNamesWithoutRecursion() throws Throwable {
    ObjectPattern deepWithReservedName =
        new ObjectPattern(List.of(new Field("a", nestedModel(50_000)), field("prefix", "x")));
    onSmallStack(
        () -> {
          assertThatThrownBy(
                  () ->
                      or(
                          new ObjectPattern(List.of(new Field("n", deepWithReservedName))),
                          new ObjectPattern(List.of(field("b", value("y"))))))
              .isInstanceOf(InvalidEventPatternException.class)
              .hasMessageContaining("prefix is Ruler reserved fieldName");
          Or fine =
              or(
                  new ObjectPattern(List.of(new Field("n", nestedModel(50_000)))),
                  new ObjectPattern(List.of(field("b", value("y")))));
          EventPattern p =
              EventPattern.of(
                  new ObjectPattern(List.of(fine)), new PatternLimits(Integer.MAX_VALUE, 1000, 10));
          assertThat(p.orCombinations()).isEqualTo(2);
          assertThat(p.wildcardComplexity()).isZero();
        });
  }

  /** Runs the check on a thread with a 256 KB stack and rethrows what it threw. */
  private static void onSmallStack(ThrowingRunnable check) throws Throwable {
    AtomicReference<Throwable> failure = new AtomicReference<>();
    Thread thread =
        new Thread(
            null,
            () -> {
              try {
                check.run();
              } catch (Throwable t) {
                failure.set(t);
              }
            },
            "small-stack",
            SMALL_STACK);
    thread.start();
    thread.join();
    if (failure.get() != null) {
      throw failure.get();
    }
  }

  @FunctionalInterface
  private interface ThrowingRunnable {
    void run() throws Throwable;
  }
}
