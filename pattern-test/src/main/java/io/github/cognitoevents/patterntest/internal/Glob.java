package io.github.cognitoevents.patterntest.internal;

import java.util.ArrayList;
import java.util.List;

/**
 * A compiled {@code wildcard} pattern: {@code *} matches zero or more characters, {@code \*} is a
 * literal star and {@code \\} a literal backslash (escapes are applied after JSON decoding).
 *
 * <p>Matching is greedy leftmost search of the literal segments between stars: the first segment
 * must be a prefix, the last a suffix, and each middle segment is found at its leftmost position
 * after the previous one. That is exact for star-only globs and needs no backtracking, so an
 * adversarial pattern cannot make it exponential (the cost is bounded by text length times pattern
 * length).
 */
final class Glob {

  private final String[] segments;

  private final boolean hasStar;

  Glob(String pattern) {
    List<String> parts = new ArrayList<>();
    StringBuilder current = new StringBuilder();
    boolean star = false;
    for (int i = 0; i < pattern.length(); i++) {
      char c = pattern.charAt(i);
      if (c == '\\' && i + 1 < pattern.length()) {
        current.append(pattern.charAt(++i));
      } else if (c == '*') {
        parts.add(Utf16.normalize(current.toString()));
        current.setLength(0);
        star = true;
      } else {
        // a lone trailing backslash is rejected by the validator; keep it literal if it gets here
        current.append(c);
      }
    }
    parts.add(Utf16.normalize(current.toString()));
    this.segments = parts.toArray(new String[0]);
    this.hasStar = star;
  }

  /** Whether the (normalized) text matches the whole pattern. */
  boolean matches(String text) {
    if (!hasStar) {
      return text.equals(segments[0]);
    }
    String first = segments[0];
    String last = segments[segments.length - 1];
    int end = text.length() - last.length();
    if (end < first.length() || !text.startsWith(first) || !text.startsWith(last, end)) {
      return false;
    }
    int pos = first.length();
    for (int i = 1; i < segments.length - 1; i++) {
      String seg = segments[i];
      if (seg.isEmpty()) {
        continue;
      }
      int found = text.indexOf(seg, pos);
      if (found < 0 || found + seg.length() > end) {
        return false;
      }
      pos = found + seg.length();
    }
    return true;
  }
}
