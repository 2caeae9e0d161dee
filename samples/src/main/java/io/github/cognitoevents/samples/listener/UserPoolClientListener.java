package io.github.cognitoevents.samples.listener;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestStreamHandler;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.cognitoevents.model.EventParseException;
import io.github.cognitoevents.model.cloudtrail.CloudTrailRecord;
import io.github.cognitoevents.model.cloudtrail.CognitoOperation;
import io.github.cognitoevents.model.eventbridge.EventBridgeEvent;
import io.github.cognitoevents.pattern.cognito.CognitoApiCalls;
import io.github.cognitoevents.pattern.cognito.CognitoRule;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.Objects;
import java.util.function.Consumer;

/**
 * The API-call listener: a Lambda function subscribed, through an EventBridge rule, to {@code
 * UpdateUserPoolClient} and {@code DeleteUserPoolClient} calls recorded by CloudTrail. It reads the
 * typed {@code EventBridgeEvent<CloudTrailRecord>}, classifies it as a {@link ClientChange} and
 * hands it to a sink (by default, the function's log); it replies with a small JSON summary.
 *
 * <p>Handler string: {@code io.github.cognitoevents.samples.listener.UserPoolClientListener}. The
 * rule it needs is {@link #RULE}; {@link ListenerTemplate} writes the deployable template.
 *
 * <pre>{@code
 * List<ClientChange> seen = new ArrayList<>();
 * new UserPoolClientListener(seen::add).handleRequest(in, out, context);
 * }</pre>
 */
public final class UserPoolClientListener implements RequestStreamHandler {

  /** The rule the listener is subscribed with: the seed rule, built from the model's operations. */
  public static final CognitoRule RULE =
      CognitoApiCalls.rule()
          .operations(
              CognitoOperation.UPDATE_USER_POOL_CLIENT, CognitoOperation.DELETE_USER_POOL_CLIENT);

  private static final ObjectMapper JSON = new ObjectMapper();

  private final Consumer<ClientChange> sink;

  /** The Lambda entry point: changes are written to standard output (the function's log). */
  public UserPoolClientListener() {
    this(change -> System.out.println(change.describe()));
  }

  /**
   * A listener that hands every change to {@code sink}.
   *
   * @param sink receives the classified changes
   */
  public UserPoolClientListener(Consumer<ClientChange> sink) {
    this.sink = Objects.requireNonNull(sink, "sink");
  }

  /**
   * Reads the EventBridge event, classifies it and writes a summary such as {@code
   * {"change":"DELETED","userPoolId":"us-east-1_EXAMPLE","clientId":"..."}}.
   *
   * @param input the EventBridge event JSON
   * @param output where the summary goes
   * @param context the Lambda context (unused)
   * @throws IOException if the input cannot be read or the output written
   * @throws io.github.cognitoevents.model.EventParseException if the input is not an EventBridge
   *     event with a CloudTrail record
   */
  @Override
  public void handleRequest(InputStream input, OutputStream output, Context context)
      throws IOException {
    JsonNode json = JSON.readTree(input);
    if (!EventBridgeEvent.looksLikeEnvelope(json) || !json.get("detail").isObject()) {
      throw new EventParseException(
          "/detail", "not an EventBridge event with a CloudTrail record in \"detail\"");
    }
    ClientChange change = handle(EventBridgeEvent.fromJson(json, CloudTrailRecord::fromJson));
    output.write(JSON.writeValueAsBytes(summary(change)));
    output.flush();
  }

  /**
   * Classifies one event and hands it to the sink.
   *
   * @param event the typed event
   * @return the change
   */
  public ClientChange handle(EventBridgeEvent<CloudTrailRecord> event) {
    ClientChange change = ClientChange.of(event);
    sink.accept(change);
    return change;
  }

  /**
   * The reply written for a change.
   *
   * @param change the change
   * @return a JSON object with {@code change} and, when known, {@code userPoolId}, {@code
   *     clientId}, {@code errorCode}
   */
  public static ObjectNode summary(ClientChange change) {
    ObjectNode out = JSON.createObjectNode();
    if (change instanceof ClientChange.Updated u) {
      out.put("change", "UPDATED")
          .put("userPoolId", u.userPoolId())
          .put("clientId", u.clientId())
          .put("insecureCallback", u.hasInsecureCallback());
    } else if (change instanceof ClientChange.Deleted d) {
      out.put("change", "DELETED").put("userPoolId", d.userPoolId()).put("clientId", d.clientId());
    } else if (change instanceof ClientChange.Failed f) {
      out.put("change", "FAILED")
          .put("operation", f.operation().apiName())
          .put("userPoolId", f.userPoolId())
          .put("clientId", f.clientId())
          .put("errorCode", f.errorCode());
    } else if (change instanceof ClientChange.Ignored i) {
      out.put("change", "IGNORED").put("eventName", i.eventName());
    }
    return out;
  }
}
