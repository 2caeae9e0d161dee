package io.github.cognitoevents.testsupport;

/**
 * Events of a chosen size whose arrays make array-consistency matching work hard, each with the
 * pattern that exercises it, shared by the tests (verdicts, time bounds) and the benchmark (cost
 * per byte). Every event is a valid EventBridge event; its {@code detail} holds the arrays.
 */
public enum ArrayShapes {

  /**
   * The adversarial review's case: {@code x} alternates {@code {"c":1}} and {@code {"d":1}}
   * elements, the pattern needs {@code c} and {@code d} in one element. No match.
   */
  SIBLINGS("{\"detail\":{\"x\":{\"c\":[1],\"d\":[1]}}}", false) {
    @Override
    void element(StringBuilder out, int i) {
      out.append(i % 2 == 0 ? "{\"c\":1}" : "{\"d\":1}");
    }
  },

  /**
   * The same inside a nested array: {@code x} is an array of objects whose {@code y} arrays
   * alternate {@code c} and {@code d} elements (the 905 KB case). No match.
   */
  NESTED("{\"detail\":{\"x\":{\"y\":{\"c\":[1],\"d\":[1]}}}}", false) {
    @Override
    void element(StringBuilder out, int i) {
      out.append("{\"y\":[");
      for (int k = 0; k < 16; k++) {
        out.append(k == 0 ? "" : ",").append((i + k) % 2 == 0 ? "{\"c\":1}" : "{\"d\":1}");
      }
      out.append("]}");
    }
  },

  /**
   * Three fields of one element, the last of which only one element has, in the array's middle.
   * Matches.
   */
  LATE_FIELD("{\"detail\":{\"x\":{\"a\":[1],\"b\":[\"k\"],\"z\":[\"Z\"]}}}", true) {
    @Override
    void element(StringBuilder out, int i) {
      out.append("{\"a\":1,\"b\":\"k\",\"z\":\"").append(i == middle ? "Z" : "y").append("\"}");
    }
  },

  /**
   * {@code exists: false} in array elements: every element has {@code a} and also {@code b}. No
   * match.
   */
  ABSENT("{\"detail\":{\"x\":{\"a\":[1],\"b\":[{\"exists\":false}]}}}", false) {
    @Override
    void element(StringBuilder out, int i) {
      out.append("{\"a\":1,\"b\":").append(i).append('}');
    }
  },

  /**
   * Two fields in sibling arrays of each element ({@code x[i].p[]} and {@code x[i].q[]}) and a
   * third in the element itself that only the last element satisfies. Matches.
   */
  CROSS("{\"detail\":{\"x\":{\"p\":{\"v\":[1]},\"q\":{\"v\":[2]},\"last\":[true]}}}", true) {
    @Override
    void element(StringBuilder out, int i) {
      out.append("{\"p\":[{\"v\":1},{\"v\":0}],\"q\":[{\"v\":2},{\"v\":0}],\"last\":")
          .append(i == count - 1)
          .append('}');
    }
  };

  private static final String ENVELOPE =
      "\"version\":\"0\",\"id\":\"7bf73129-1428-4cd3-a780-95db273d1602\","
          + "\"detail-type\":\"AWS API Call via CloudTrail\",\"source\":\"aws.cognito-idp\","
          + "\"account\":\"111122223333\",\"time\":\"2026-11-23T12:00:00Z\","
          + "\"region\":\"us-east-1\",\"resources\":[]";

  private final String pattern;
  private final boolean matches;

  /** Set while an event is built: the element count and its middle. */
  int count;

  int middle;

  ArrayShapes(String pattern, boolean matches) {
    this.pattern = pattern;
    this.matches = matches;
  }

  /**
   * The pattern that exercises this shape.
   *
   * @return pattern JSON
   */
  public String pattern() {
    return pattern;
  }

  /**
   * Whether the pattern matches the events of this shape.
   *
   * @return the verdict
   */
  public boolean matches() {
    return matches;
  }

  abstract void element(StringBuilder out, int i);

  /**
   * An event of about {@code bytes} bytes (a little more, never less).
   *
   * @param bytes the size to reach
   * @return the event JSON
   */
  public synchronized String event(int bytes) {
    // first count the elements that reach the size, then write them knowing the count
    count = Integer.MAX_VALUE;
    middle = -1;
    int prefix = 1 + ENVELOPE.length() + ",\"detail\":{\"x\":[".length();
    StringBuilder probe = new StringBuilder();
    int n = 0;
    while (prefix + probe.length() + 3 < bytes || n < 2) {
      if (n > 0) {
        probe.append(',');
      }
      element(probe, n++);
    }
    count = n;
    middle = n / 2;
    StringBuilder out = new StringBuilder(bytes + 64);
    out.append('{').append(ENVELOPE).append(",\"detail\":{\"x\":[");
    for (int i = 0; i < n; i++) {
      if (i > 0) {
        out.append(',');
      }
      element(out, i);
    }
    return out.append("]}}").toString();
  }
}
