package io.github.cognitoevents.patterntest.internal;

import java.util.Locale;

/**
 * EventBridge's {@code equals-ignore-case}: for each UTF-16 unit {@code c} of the pattern, the
 * event must hold, at that position, either {@code String.valueOf(c).toLowerCase(Locale.ROOT)} or
 * {@code ...toUpperCase(Locale.ROOT)}. This is event-ruler's rule (EqualsIgnoreCaseParser), not
 * Unicode case folding: {@code STRASSE} does not equal {@code straße}, and a pattern holding a
 * supplementary character (an emoji) encodes each half as {@code ?}, so it never matches the emoji
 * itself. The service runs the same code; that last point is unverified against AWS.
 *
 * <p>Matching runs a small NFA over the event text (at most two alternatives per pattern unit), so
 * it is linear in the text length times the pattern length, with no backtracking.
 */
final class IgnoreCase {

  /** Per pattern unit, the lower-case and upper-case alternatives (normalized as UTF-8 would). */
  private final String[] lower;

  private final String[] upper;

  IgnoreCase(String pattern) {
    int n = pattern.length();
    lower = new String[n];
    upper = new String[n];
    for (int i = 0; i < n; i++) {
      String one = String.valueOf(pattern.charAt(i));
      lower[i] = Utf16.normalize(one.toLowerCase(Locale.ROOT));
      upper[i] = Utf16.normalize(one.toUpperCase(Locale.ROOT));
    }
  }

  /** Whether the whole (normalized) text matches. */
  boolean matchesWhole(String text) {
    return run(text, false);
  }

  /** Whether the (normalized) text starts with a match. */
  boolean matchesPrefix(String text) {
    return run(text, true);
  }

  /** Whether the (normalized) text ends with a match. */
  boolean matchesSuffix(String text) {
    int units = lower.length;
    // positions (counted from the end of text) reachable after consuming pattern units backwards
    int[] current = {text.length()};
    int count = 1;
    for (int k = units - 1; k >= 0 && count > 0; k--) {
      int[] next = new int[count * 2];
      int nextCount = 0;
      for (int j = 0; j < count; j++) {
        int end = current[j];
        nextCount = addBackward(text, end, lower[k], next, nextCount);
        if (!upper[k].equals(lower[k])) {
          nextCount = addBackward(text, end, upper[k], next, nextCount);
        }
      }
      current = next;
      count = nextCount;
    }
    return count > 0;
  }

  private static int addBackward(String text, int end, String alt, int[] out, int count) {
    int start = end - alt.length();
    if (start >= 0 && text.startsWith(alt, start)) {
      return add(out, count, start);
    }
    return count;
  }

  private boolean run(String text, boolean prefix) {
    int units = lower.length;
    int[] current = {0};
    int count = 1;
    for (int k = 0; k < units && count > 0; k++) {
      int[] next = new int[count * 2];
      int nextCount = 0;
      for (int j = 0; j < count; j++) {
        int pos = current[j];
        if (text.startsWith(lower[k], pos)) {
          nextCount = add(next, nextCount, pos + lower[k].length());
        }
        if (!upper[k].equals(lower[k]) && text.startsWith(upper[k], pos)) {
          nextCount = add(next, nextCount, pos + upper[k].length());
        }
      }
      current = next;
      count = nextCount;
    }
    if (prefix) {
      return count > 0;
    }
    for (int j = 0; j < count; j++) {
      if (current[j] == text.length()) {
        return true;
      }
    }
    return false;
  }

  private static int add(int[] out, int count, int value) {
    for (int i = 0; i < count; i++) {
      if (out[i] == value) {
        return count;
      }
    }
    out[count] = value;
    return count + 1;
  }
}
