package io.github.cognitoevents.patterntest.live;

import io.github.cognitoevents.patterntest.InvalidEventException;
import io.github.cognitoevents.patterntest.TestEventPattern;
import io.github.cognitoevents.patterntest.Verdict;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import software.amazon.awssdk.awscore.exception.AwsErrorDetails;
import software.amazon.awssdk.awscore.exception.AwsServiceException;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.services.eventbridge.EventBridgeClient;
import software.amazon.awssdk.services.eventbridge.model.TestEventPatternRequest;
import software.amazon.awssdk.services.eventbridge.model.TestEventPatternResponse;

/**
 * Asks the real EventBridge {@code TestEventPattern} API for a verdict and compares it with the
 * local {@link TestEventPattern#test(String, String)}.
 *
 * <p>The live answer is mapped to the same {@link Verdict} as the local one: {@code Result: true}
 * is {@link Verdict.Kind#MATCH}, {@code Result: false} is {@link Verdict.Kind#NO_MATCH}, an {@code
 * InvalidEventPatternException} (the pattern was rejected) or a {@code ValidationException} (the
 * event was rejected) is {@link Verdict.Kind#INVALID} with that error code and the first line of
 * AWS's message. Any other failure (for example {@code InternalException}, throttling, missing
 * permissions, no network) gives no verdict and throws {@link LiveCheckException}.
 *
 * <pre>{@code
 * try (LiveCheck check = LiveCheck.create()) {
 *   Verdict live = check.test(eventJson, patternJson);          // what AWS answers
 *   LiveComparison c = check.compare(eventJson, patternJson);   // AWS and local side by side
 *   assert c.agrees() : c;
 * }
 * }</pre>
 *
 * <p>The event and the pattern are sent exactly as given, never re-serialized. Instances are
 * thread-safe when the client is (SDK clients are).
 */
public final class LiveCheck implements AutoCloseable {

  private final EventBridgeClient client;
  private final boolean ownsClient;

  private LiveCheck(EventBridgeClient client, boolean ownsClient) {
    this.client = client;
    this.ownsClient = ownsClient;
  }

  /**
   * A live check with a client built from the SDK's defaults (credentials and region from the
   * environment, profile or instance metadata). {@link #close()} closes that client.
   *
   * @return a new live check
   */
  public static LiveCheck create() {
    return new LiveCheck(EventBridgeClient.create(), true);
  }

  /**
   * A live check that uses your client (region, credentials, endpoint, retries are yours). {@link
   * #close()} leaves the client open.
   *
   * @param client the EventBridge client to call
   * @return a new live check
   * @throws NullPointerException if {@code client} is null
   */
  @SuppressWarnings("exports") // the SDK is an optional dependency: callers of this method have it
  public static LiveCheck using(EventBridgeClient client) {
    return new LiveCheck(Objects.requireNonNull(client, "client"), false);
  }

  /**
   * The real {@code TestEventPattern} API's verdict for an event and a pattern.
   *
   * @param eventJson the {@code Event} parameter, sent unchanged
   * @param patternJson the {@code EventPattern} parameter, sent unchanged
   * @return {@code MATCH}, {@code NO_MATCH}, or {@code INVALID} with AWS's error code and the first
   *     line of its message
   * @throws LiveCheckException if the call gave no verdict (service error, throttling, no
   *     credentials, network)
   * @throws NullPointerException if an argument is null
   */
  public Verdict test(String eventJson, String patternJson) {
    Objects.requireNonNull(eventJson, "eventJson");
    Objects.requireNonNull(patternJson, "patternJson");
    TestEventPatternRequest request =
        TestEventPatternRequest.builder().event(eventJson).eventPattern(patternJson).build();
    TestEventPatternResponse response;
    try {
      response = client.testEventPattern(request);
    } catch (AwsServiceException e) {
      return invalidOrThrow(e);
    } catch (SdkException e) {
      throw new LiveCheckException(
          "TestEventPattern gave no verdict: "
              + e.getClass().getSimpleName()
              + ": "
              + firstLine(e.getMessage()),
          null,
          0,
          e);
    }
    Boolean result = response.result();
    if (result == null) {
      throw new LiveCheckException(
          "TestEventPattern gave no verdict: the response has no Result (request id "
              + response.responseMetadata().requestId()
              + ")",
          null,
          response.sdkHttpResponse().statusCode(),
          null);
    }
    return result ? Verdict.match() : Verdict.noMatch();
  }

  /**
   * The local and the live verdict for an event and a pattern.
   *
   * @param eventJson the event JSON, passed unchanged to both
   * @param patternJson the pattern JSON, passed unchanged to both
   * @return both verdicts, named {@code event/pattern}
   * @throws LiveCheckException if the live call gave no verdict
   */
  public LiveComparison compare(String eventJson, String patternJson) {
    return compare(LiveCase.of("event/pattern", eventJson, patternJson));
  }

  /**
   * The local and the live verdict for one of your cases.
   *
   * @param liveCase the case (its expected verdict, if any, is carried into the comparison)
   * @return the expected, local and live verdicts
   * @throws LiveCheckException if the live call gave no verdict
   */
  public LiveComparison compare(LiveCase liveCase) {
    Objects.requireNonNull(liveCase, "liveCase");
    Verdict local = TestEventPattern.test(liveCase.event(), liveCase.pattern());
    Verdict live = test(liveCase.event(), liveCase.pattern());
    return new LiveComparison(liveCase.name(), liveCase.expected(), local, live);
  }

  /**
   * Compares every case, in order (one API call per case).
   *
   * @param cases your cases, e.g. from {@link LiveCase#readJsonLines(java.nio.file.Path)}
   * @return one comparison per case
   * @throws LiveCheckException if a live call gave no verdict
   */
  public List<LiveComparison> compareAll(Iterable<LiveCase> cases) {
    Objects.requireNonNull(cases, "cases");
    List<LiveComparison> out = new ArrayList<>();
    for (LiveCase c : cases) {
      out.add(compare(c));
    }
    return List.copyOf(out);
  }

  /**
   * The AWS region this live check asks, as its client is configured.
   *
   * @return the region id, e.g. {@code eu-west-1}, or {@code unknown} if the client has none
   */
  public String region() {
    var region = client.serviceClientConfiguration().region();
    return region == null ? "unknown" : region.id();
  }

  /** Closes the client if this live check created it ({@link #create()}). */
  @Override
  public void close() {
    if (ownsClient) {
      client.close();
    }
  }

  private static Verdict invalidOrThrow(AwsServiceException e) {
    AwsErrorDetails details = e.awsErrorDetails();
    String code = details == null ? null : details.errorCode();
    if (TestEventPattern.INVALID_PATTERN.equals(code)
        || InvalidEventException.ERROR_CODE.equals(code)) {
      return Verdict.invalid(code, firstLine(details.errorMessage()));
    }
    throw new LiveCheckException(
        "TestEventPattern gave no verdict: "
            + (code == null ? "unknown error" : code)
            + " (HTTP "
            + e.statusCode()
            + ", request id "
            + e.requestId()
            + ")",
        code,
        e.statusCode(),
        e);
  }

  static String firstLine(String message) {
    if (message == null) {
      return "";
    }
    int newline = message.indexOf('\n');
    String line = newline < 0 ? message : message.substring(0, newline);
    return line.endsWith("\r") ? line.substring(0, line.length() - 1) : line;
  }
}
