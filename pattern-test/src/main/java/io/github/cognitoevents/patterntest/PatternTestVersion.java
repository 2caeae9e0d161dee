package io.github.cognitoevents.patterntest;

/** Placeholder: the version of pattern-test. */
public final class PatternTestVersion {
  /** The library version. */
  public static final String VERSION = "0.1.0-SNAPSHOT";

  private PatternTestVersion() {}
}
