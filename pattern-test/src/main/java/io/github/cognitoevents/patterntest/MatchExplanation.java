package io.github.cognitoevents.patterntest;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Why a pattern did or did not match an event: for each alternative of the pattern (one per {@code
 * $or} combination; a pattern without {@code $or} has one), each field path it tests, the
 * conditions written there, the values the event held at that path, and whether one of them
 * satisfied a condition.
 *
 * <pre>{@code
 * MatchExplanation why = PatternMatcher.compile(pattern).explain(event);
 * if (!why.matched()) {
 *   System.out.println(why); // short report, one line per field
 * }
 * }</pre>
 *
 * <p>{@link Check#held()} is judged per field. The pattern as a whole also needs array consistency
 * (values taken from the same element of an array); when every field holds but the alternative
 * still fails, {@link Branch#arrayConsistencyFailed()} says so.
 */
public final class MatchExplanation {

  /**
   * One field of the pattern, checked against the event.
   *
   * @param path the dotted event path, e.g. {@code detail.eventName}
   * @param pattern the match list as JSON, e.g. {@code [{"prefix":"Admin"}]}
   * @param eventValues the event's values at the path as JSON text, in document order (empty when
   *     the event has no value there)
   * @param held whether a value satisfied one of the conditions ({@code exists: false}: whether the
   *     path was absent)
   */
  public record Check(String path, String pattern, List<String> eventValues, boolean held) {

    /** Copies the values list. */
    public Check {
      Objects.requireNonNull(path, "path");
      Objects.requireNonNull(pattern, "pattern");
      eventValues = List.copyOf(eventValues);
    }
  }

  /**
   * One alternative of the pattern (one {@code $or} combination).
   *
   * @param matched whether this alternative matched the event
   * @param checks its fields in the order event-ruler evaluates them (sorted by path)
   */
  public record Branch(boolean matched, List<Check> checks) {

    /** Copies the checks list. */
    public Branch {
      checks = List.copyOf(checks);
    }

    /**
     * Whether every field held on its own, yet the alternative failed because the values came from
     * different elements of the same array.
     *
     * @return true when only array consistency failed
     */
    public boolean arrayConsistencyFailed() {
      return !matched && checks.stream().allMatch(Check::held);
    }
  }

  private static final int MAX_VALUES_SHOWN = 5;
  private static final int MAX_VALUE_CHARS = 80;

  private final boolean matched;
  private final List<Branch> branches;

  /**
   * Creates an explanation (normally built by {@link PatternMatcher#explain(String)}).
   *
   * @param matched the verdict
   * @param branches the alternatives that were evaluated
   */
  public MatchExplanation(boolean matched, List<Branch> branches) {
    this.matched = matched;
    this.branches = List.copyOf(branches);
  }

  /**
   * Whether the pattern matched the event.
   *
   * @return the verdict
   */
  public boolean matched() {
    return matched;
  }

  /**
   * The alternatives of the pattern, one per {@code $or} combination.
   *
   * @return the branches, never empty for a compiled pattern
   */
  public List<Branch> branches() {
    return branches;
  }

  /**
   * All checks of all branches, in order.
   *
   * @return the flattened checks
   */
  public List<Check> checks() {
    List<Check> all = new ArrayList<>();
    for (Branch b : branches) {
      all.addAll(b.checks());
    }
    return List.copyOf(all);
  }

  /**
   * The checks that did not hold, over all branches.
   *
   * @return the failed checks
   */
  public List<Check> failedChecks() {
    return checks().stream().filter(c -> !c.held()).toList();
  }

  /**
   * A short human report: the verdict, then one line per field with {@code ok} or {@code FAIL}, the
   * path, the pattern and the event's values.
   */
  @Override
  public String toString() {
    StringBuilder b = new StringBuilder(matched ? "MATCH" : "NO MATCH");
    boolean many = branches.size() > 1;
    for (int i = 0; i < branches.size(); i++) {
      Branch branch = branches.get(i);
      String indent = "  ";
      if (many) {
        b.append("\n  $or alternative ")
            .append(i + 1)
            .append(" of ")
            .append(branches.size())
            .append(branch.matched() ? ": matched" : ": no match");
        indent = "    ";
      }
      for (Check c : branch.checks()) {
        b.append('\n')
            .append(indent)
            .append(c.held() ? "ok   " : "FAIL ")
            .append(c.path())
            .append(' ')
            .append(c.pattern())
            .append(" <- ")
            .append(values(c.eventValues()));
      }
      if (branch.arrayConsistencyFailed()) {
        b.append('\n')
            .append(indent)
            .append("(each field holds, but not within one element of the same array)");
      }
    }
    return b.toString();
  }

  private static String values(List<String> values) {
    if (values.isEmpty()) {
      return "(absent)";
    }
    StringBuilder b = new StringBuilder();
    int shown = Math.min(values.size(), MAX_VALUES_SHOWN);
    for (int i = 0; i < shown; i++) {
      if (i > 0) {
        b.append(", ");
      }
      String v = values.get(i);
      b.append(v.length() > MAX_VALUE_CHARS ? v.substring(0, MAX_VALUE_CHARS) + "..." : v);
    }
    if (values.size() > shown) {
      b.append(" (").append(values.size() - shown).append(" more)");
    }
    return b.toString();
  }
}
