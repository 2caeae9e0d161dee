package io.github.cognitoevents.model;

/** The version of the cognito-events library. */
public final class CognitoEventsVersion {
  /** The library version, as published to Maven Central. */
  public static final String VERSION = "0.1.0-SNAPSHOT";

  private CognitoEventsVersion() {}
}
