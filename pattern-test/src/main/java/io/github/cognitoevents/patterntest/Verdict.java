package io.github.cognitoevents.patterntest;

import java.util.Objects;

/**
 * What EventBridge's {@code TestEventPattern} answers for an event and a pattern: {@code Result:
 * true}, {@code Result: false}, or an error with its code and message.
 *
 * <pre>{@code
 * Verdict v = TestEventPattern.test(eventJson, patternJson);
 * if (v.kind() == Verdict.Kind.INVALID) {
 *   System.err.println(v.errorCode() + ": " + v.message());
 * }
 * }</pre>
 *
 * @param kind match, no match, or invalid input
 * @param errorCode {@code InvalidEventPatternException} or {@code ValidationException} for {@link
 *     Kind#INVALID}, otherwise {@code null}
 * @param message AWS's error message for {@link Kind#INVALID}, otherwise {@code null}
 */
public record Verdict(Kind kind, String errorCode, String message) {

  /** The three possible answers. */
  public enum Kind {
    /** {@code Result: true}. */
    MATCH,
    /** {@code Result: false}. */
    NO_MATCH,
    /** An error: the pattern or the event was rejected. */
    INVALID
  }

  private static final Verdict MATCH = new Verdict(Kind.MATCH, null, null);
  private static final Verdict NO_MATCH = new Verdict(Kind.NO_MATCH, null, null);

  /** Checks the combination: an error code and message exactly for {@link Kind#INVALID}. */
  public Verdict {
    Objects.requireNonNull(kind, "kind");
    if (kind == Kind.INVALID) {
      Objects.requireNonNull(errorCode, "errorCode");
      Objects.requireNonNull(message, "message");
    } else if (errorCode != null || message != null) {
      throw new IllegalArgumentException(
          "errorCode and message must be null for " + kind + ", got errorCode=" + errorCode);
    }
  }

  /**
   * The verdict {@code Result: true}.
   *
   * @return the match verdict
   */
  public static Verdict match() {
    return MATCH;
  }

  /**
   * The verdict {@code Result: false}.
   *
   * @return the no-match verdict
   */
  public static Verdict noMatch() {
    return NO_MATCH;
  }

  /**
   * An error verdict.
   *
   * @param errorCode the AWS error code
   * @param message the AWS error message
   * @return the invalid verdict
   */
  public static Verdict invalid(String errorCode, String message) {
    return new Verdict(Kind.INVALID, errorCode, message);
  }

  /**
   * Whether this is {@code Result: true}.
   *
   * @return true for a match
   */
  public boolean isMatch() {
    return kind == Kind.MATCH;
  }

  /**
   * Whether this is an error.
   *
   * @return true for an invalid pattern or event
   */
  public boolean isInvalid() {
    return kind == Kind.INVALID;
  }

  /**
   * The first line of the error message (AWS appends parser locations on later lines).
   *
   * @return the first message line, or {@code null} when this is not an error
   */
  public String firstMessageLine() {
    if (message == null) {
      return null;
    }
    int newline = message.indexOf('\n');
    return newline < 0 ? message : message.substring(0, newline);
  }

  /** A short form: {@code MATCH}, {@code NO_MATCH} or {@code INVALID <code>: <first line>}. */
  @Override
  public String toString() {
    return kind == Kind.INVALID ? "INVALID " + errorCode + ": " + firstMessageLine() : kind.name();
  }
}
