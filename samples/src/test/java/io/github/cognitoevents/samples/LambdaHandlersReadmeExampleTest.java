package io.github.cognitoevents.samples;

import static org.assertj.core.api.Assertions.assertThat;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import io.github.cognitoevents.lambda.CognitoApiCallHandler;
import io.github.cognitoevents.model.cloudtrail.CloudTrailRecord;
import io.github.cognitoevents.model.cloudtrail.CognitoOperation;
import io.github.cognitoevents.model.cloudtrail.DeleteUserPoolClientRequest;
import io.github.cognitoevents.model.cloudtrail.UpdateUserPoolClientRequest;
import io.github.cognitoevents.model.trigger.PreSignUpEvent;
import io.github.cognitoevents.model.trigger.TriggerEvents;
import org.junit.jupiter.api.Test;

/** The README's Lambda handlers example, compiled and run. */
class LambdaHandlersReadmeExampleTest {

  @Test
  void lambdaHandlers() {
    String deleteJson = SampleEvents.json("delete-user-pool-client.json");
    // example: lambda-handlers
    class AutoConfirm implements RequestHandler<PreSignUpEvent, PreSignUpEvent> {
      @Override
      public PreSignUpEvent handleRequest(PreSignUpEvent event, Context context) {
        return event.withResponse(PreSignUpEvent.Response.empty().withAutoConfirmUser(true));
      }
    }

    class ClientAudit extends CognitoApiCallHandler<String> {
      ClientAudit() {
        onSuccess(
            CognitoOperation.UPDATE_USER_POOL_CLIENT,
            UpdateUserPoolClientRequest.class,
            (call, request) ->
                "updated " + request.clientId().orElse("?") + " " + request.callbackURLs());
        onSuccess(
            CognitoOperation.DELETE_USER_POOL_CLIENT,
            DeleteUserPoolClientRequest.class,
            (call, request) ->
                "deleted " + request.clientId().orElse("?")); // a delete has no responseElements
        onFailure(
            CognitoOperation.DELETE_USER_POOL_CLIENT,
            DeleteUserPoolClientRequest.class,
            (call, request) -> "not deleted: " + call.errorCode().orElseThrow());
      }
    }

    String audit = new ClientAudit().handle(CloudTrailRecord.fromEventBridgeJson(deleteJson), null);
    // audit: "deleted 7abcdefexample0123456789xy"
    // end example
    assertThat(audit).isEqualTo("deleted 7abcdefexample0123456789xy");
    PreSignUpEvent reply =
        new AutoConfirm()
            .handleRequest(
                TriggerEvents.parse(SampleEvents.json("pre-sign-up.json"), PreSignUpEvent.class),
                null);
    assertThat(reply.response().autoConfirmUser()).isTrue();
    assertThat(
            new ClientAudit()
                .handle(
                    CloudTrailRecord.fromEventBridgeJson(
                        SampleEvents.json("update-user-pool-client-failed.json")),
                    null))
        .as("a failed update: no onFailure listener, so onFailedCall, null by default")
        .isNull();
  }
}
