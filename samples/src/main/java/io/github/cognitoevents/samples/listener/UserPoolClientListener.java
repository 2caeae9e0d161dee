package io.github.cognitoevents.samples.listener;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.cognitoevents.lambda.ApiCall;
import io.github.cognitoevents.lambda.CognitoApiCallHandler;
import io.github.cognitoevents.model.cloudtrail.CloudTrailRecord;
import io.github.cognitoevents.model.cloudtrail.CognitoOperation;
import io.github.cognitoevents.model.cloudtrail.DeleteUserPoolClientRequest;
import io.github.cognitoevents.model.cloudtrail.UpdateUserPoolClientRequest;
import io.github.cognitoevents.model.cloudtrail.UserPoolClientRef;
import io.github.cognitoevents.model.eventbridge.EventBridgeEvent;
import io.github.cognitoevents.pattern.cognito.CognitoApiCalls;
import io.github.cognitoevents.pattern.cognito.CognitoRule;
import java.io.IOException;
import java.io.OutputStream;
import java.util.Objects;
import java.util.function.Consumer;

/**
 * The API-call listener: a Lambda function subscribed, through an EventBridge rule, to {@code
 * UpdateUserPoolClient} and {@code DeleteUserPoolClient} calls recorded by CloudTrail. Built on
 * {@link CognitoApiCallHandler}: one typed listener per operation and outcome, each turning the
 * call into a {@link ClientChange} that goes to a sink (by default, the function's log); the
 * function replies with a small JSON summary.
 *
 * <p>Handler string: {@code io.github.cognitoevents.samples.listener.UserPoolClientListener}. The
 * rule it needs is {@link #RULE}; {@link ListenerTemplate} writes the deployable template.
 *
 * <pre>{@code
 * List<ClientChange> seen = new ArrayList<>();
 * new UserPoolClientListener(seen::add).handleRequest(in, out, context);
 * }</pre>
 */
public final class UserPoolClientListener extends CognitoApiCallHandler<ClientChange> {

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
    // Calls the rule should not deliver are reported as IGNORED (onOther), not failed.
    this.sink = Objects.requireNonNull(sink, "sink");
    onSuccess(
        CognitoOperation.UPDATE_USER_POOL_CLIENT,
        UpdateUserPoolClientRequest.class,
        (call, request) ->
            publish(
                new ClientChange.Updated(
                    request.userPoolId(),
                    request.clientId().orElse(null),
                    request.clientName(),
                    request.callbackURLs(),
                    request.allowedOAuthScopes(),
                    request.allowedOAuthFlows(),
                    call.callerArn().orElse(null),
                    call.record().eventTime())));
    onSuccess(
        CognitoOperation.DELETE_USER_POOL_CLIENT,
        DeleteUserPoolClientRequest.class,
        // CloudTrail records no responseElements for a delete: all we need is in the request.
        (call, request) ->
            publish(
                new ClientChange.Deleted(
                    request.userPoolId(),
                    request.clientId().orElse(null),
                    call.callerArn().orElse(null),
                    call.record().eventTime())));
  }

  /** A failed update or delete: nothing changed, but it is worth knowing who tried. */
  @Override
  protected ClientChange onFailedCall(ApiCall call) {
    UserPoolClientRef ref =
        call.record().userPoolClient().orElse(new UserPoolClientRef(null, null));
    return publish(
        new ClientChange.Failed(
            call.operation(),
            ref.userPoolId(),
            ref.clientId(),
            call.errorCode().orElseThrow(),
            call.callerArn().orElse(null),
            call.record().eventTime()));
  }

  /** Any other call (the rule should not deliver it). */
  @Override
  protected ClientChange onOther(ApiCall call) {
    return publish(new ClientChange.Ignored(call.record().eventName()));
  }

  private ClientChange publish(ClientChange change) {
    sink.accept(change);
    return change;
  }

  /**
   * Writes the summary, such as {@code
   * {"change":"DELETED","userPoolId":"us-east-1_EXAMPLE","clientId":"..."}}.
   */
  @Override
  protected void writeResult(ClientChange change, OutputStream output) throws IOException {
    output.write(JSON.writeValueAsBytes(summary(change)));
  }

  /**
   * Classifies one event and hands it to the sink.
   *
   * @param event the typed event
   * @return the change
   */
  public ClientChange handle(EventBridgeEvent<CloudTrailRecord> event) {
    return handle(event, null);
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
      u.allowedOAuthScopes().forEach(out.putArray("allowedOAuthScopes")::add);
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
