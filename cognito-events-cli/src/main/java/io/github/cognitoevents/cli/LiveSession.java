package io.github.cognitoevents.cli;

import io.github.cognitoevents.patterntest.live.LiveCheck;

/**
 * An open connection to the real {@code TestEventPattern} API: the live check, where it goes, and
 * what to close. This class names no AWS SDK type, so it loads without the SDK; {@link #open} says
 * so exactly when the SDK is missing.
 */
final class LiveSession implements AutoCloseable {

  /** Why a live command cannot run without the SDK. */
  static final String NO_SDK =
      "the AWS SDK for Java 2.x (software.amazon.awssdk:eventbridge) is not on the class path; the"
          + " runnable jar cognito-events-cli-VERSION-all.jar includes it, or add it to your class"
          + " path";

  final LiveCheck check;
  final String region;
  final String endpoint;
  final String sdk;
  private final AutoCloseable resources;

  LiveSession(
      LiveCheck check, String region, String endpoint, String sdk, AutoCloseable resources) {
    this.check = check;
    this.region = region;
    this.endpoint = endpoint;
    this.sdk = sdk;
    this.resources = resources;
  }

  /**
   * Resolves credentials and region as the AWS CLI does and opens a client.
   *
   * @throws Unavailable with the exact reason: no SDK, no credentials, no region, a bad option
   */
  static LiveSession open(LiveOptions options) throws Unavailable {
    try {
      return SdkLiveAccess.open(options);
    } catch (NoClassDefFoundError e) {
      throw new Unavailable(NO_SDK);
    }
  }

  @Override
  public void close() {
    try {
      resources.close();
    } catch (Exception e) {
      // closing an HTTP client after the work is done: nothing the user could act on
    }
  }

  /** The live API cannot be used; the message says exactly why and what to do. */
  static final class Unavailable extends Exception {
    private static final long serialVersionUID = 1L;

    Unavailable(String message) {
      super(message);
    }
  }
}
