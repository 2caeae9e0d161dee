package io.github.cognitoevents.lambda;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.cognitoevents.model.EventParseException;
import io.github.cognitoevents.model.cloudtrail.CloudTrailRecord;
import io.github.cognitoevents.model.cloudtrail.CognitoOperation;
import io.github.cognitoevents.model.cloudtrail.DeleteUserPoolClientRequest;
import io.github.cognitoevents.model.cloudtrail.RequestParameters;
import io.github.cognitoevents.model.cloudtrail.UntypedRequest;
import io.github.cognitoevents.model.cloudtrail.UpdateUserPoolClientRequest;
import io.github.cognitoevents.model.cloudtrail.UpdateUserPoolClientResponse;
import io.github.cognitoevents.model.cloudtrail.UpdateUserPoolRequest;
import io.github.cognitoevents.model.eventbridge.EventBridgeEvent;
import io.github.cognitoevents.testkit.generate.EventGenerator;
import io.github.cognitoevents.testsupport.SharedData;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.EnumSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class CognitoApiCallHandlerTest {

  private static final String ENVELOPE =
      "{\"version\":\"0\",\"id\":\"0b3d5e1c-2f4a-4b7e-9c8d-1a2b3c4d5e6f\","
          + "\"detail-type\":\"AWS API Call via CloudTrail\",\"source\":\"aws.cognito-idp\","
          + "\"account\":\"123456789012\",\"time\":\"2026-11-23T04:12:09Z\",\"region\":\"us-east-1\","
          + "\"resources\":[],\"detail\":%s}";

  private static final String IDENTITY =
      "\"userIdentity\":{\"type\":\"AssumedRole\",\"arn\":\"arn:aws:sts::123456789012:assumed-role/Admin/alice\"},";

  private static String record(String eventName, String rest) {
    return "{\"eventVersion\":\"1.08\","
        + IDENTITY
        + "\"eventTime\":\"2026-11-23T04:12:09Z\",\"eventSource\":\"cognito-idp.amazonaws.com\","
        + "\"eventName\":\""
        + eventName
        + "\",\"awsRegion\":\"us-east-1\",\"sourceIPAddress\":\"192.0.2.10\","
        + rest
        + ",\"eventType\":\"AwsApiCall\",\"eventCategory\":\"Management\"}";
  }

  private static final String UPDATE =
      String.format(
          ENVELOPE,
          record(
              "UpdateUserPoolClient",
              "\"requestParameters\":{\"userPoolId\":\"us-east-1_EXAMPLE\",\"clientId\":\"1example23456789\","
                  + "\"clientName\":\"web\",\"callbackURLs\":[\"http://evil.example/cb\"]},"
                  + "\"responseElements\":{\"userPoolClient\":{\"userPoolId\":\"us-east-1_EXAMPLE\","
                  + "\"clientId\":\"1example23456789\",\"clientName\":\"web\"}}"));

  private static final String UPDATE_FAILED =
      String.format(
          ENVELOPE,
          record(
              "UpdateUserPoolClient",
              "\"errorCode\":\"ResourceNotFoundException\",\"errorMessage\":\"not found\","
                  + "\"requestParameters\":{\"userPoolId\":\"us-east-1_EXAMPLE\",\"clientId\":\"4nope\"},"
                  + "\"responseElements\":null"));

  private static final String DELETE =
      String.format(
          ENVELOPE,
          record(
              "DeleteUserPoolClient",
              "\"requestParameters\":{\"userPoolId\":\"us-east-1_EXAMPLE\",\"clientId\":\"7gone\"},"
                  + "\"responseElements\":null"));

  private static final String LIST_USERS =
      String.format(
          ENVELOPE,
          record(
              "ListUsers",
              "\"requestParameters\":{\"userPoolId\":\"us-east-1_EXAMPLE\",\"limit\":60},"
                  + "\"responseElements\":null"));

  /** A listener of client changes, answering a line per call. */
  static class ClientListener extends CognitoApiCallHandler<String> {
    ClientListener() {
      onSuccess(
          CognitoOperation.UPDATE_USER_POOL_CLIENT,
          UpdateUserPoolClientRequest.class,
          (call, request) ->
              "updated "
                  + request.clientId().orElse("?")
                  + " "
                  + request.callbackURLs()
                  + " by "
                  + call.callerArn().orElse("?")
                  + " response "
                  + call.response(UpdateUserPoolClientResponse.class).isPresent());
      onSuccess(
          CognitoOperation.DELETE_USER_POOL_CLIENT,
          DeleteUserPoolClientRequest.class,
          (call, request) ->
              "deleted "
                  + request.clientId().orElse("?")
                  + " response "
                  + call.response(UpdateUserPoolClientResponse.class).isPresent());
      onFailure(
          CognitoOperation.DELETE_USER_POOL_CLIENT,
          DeleteUserPoolClientRequest.class,
          (call, request) -> "delete failed " + call.errorCode().orElseThrow());
    }

    @Override
    protected String onFailedCall(ApiCall call) {
      return "failed " + call.operation() + " " + call.errorCode().orElseThrow();
    }
  }

  private static EventBridgeEvent<CloudTrailRecord> event(String json) {
    return CloudTrailRecord.fromEventBridgeJson(json);
  }

  @Test
  void dispatchesSuccessfulCallsToTheTypedListenerOfTheirOperation() {
    ClientListener listener = new ClientListener();
    assertThat(listener.handle(event(UPDATE), null))
        .isEqualTo(
            "updated 1example23456789 [http://evil.example/cb] by"
                + " arn:aws:sts::123456789012:assumed-role/Admin/alice response true");
  }

  @Test
  void handsADeleteWithoutResponseElementsToItsListener() {
    assertThat(new ClientListener().handle(event(DELETE), null))
        .isEqualTo("deleted 7gone response false");
  }

  @Test
  void neverHandsAFailedCallToTheSuccessListener() {
    ClientListener listener = new ClientListener();
    assertThat(listener.handle(event(UPDATE_FAILED), null))
        .isEqualTo("failed UPDATE_USER_POOL_CLIENT ResourceNotFoundException");
    String deleteFailed =
        DELETE.replace(
            "\"requestParameters\"",
            "\"errorCode\":\"ConcurrentModificationException\",\"requestParameters\"");
    assertThat(listener.handle(event(deleteFailed), null))
        .isEqualTo("delete failed ConcurrentModificationException");
    CognitoApiCallHandler<String> successOnly =
        new CognitoApiCallHandler<>() {
          {
            onSuccess(
                CognitoOperation.UPDATE_USER_POOL_CLIENT,
                UpdateUserPoolClientRequest.class,
                (call, request) -> "changed");
          }
        };
    assertThat(successOnly.handle(event(UPDATE_FAILED), null)).as("ignored by default").isNull();
  }

  @Test
  void failsLoudlyOnAnOperationWithoutListener() {
    ClientListener listener = new ClientListener();
    assertThatThrownBy(() -> listener.handle(event(LIST_USERS), null))
        .isInstanceOf(UnhandledApiCallException.class)
        .hasMessage(
            "API call cognito-idp.amazonaws.com ListUsers is not handled by "
                + ClientListener.class.getName()
                + ": register onSuccess(LIST_USERS, ...) or onFailure(LIST_USERS, ...), or override"
                + " onOther(ApiCall), or ignore such calls with super(Unregistered.IGNORE)")
        .hasNoCause();
    String createFailed = UPDATE_FAILED.replace("UpdateUserPoolClient", "CreateUserPoolClient");
    assertThatThrownBy(() -> listener.handle(event(createFailed), null))
        .isInstanceOf(UnhandledApiCallException.class)
        .hasMessageStartingWith("failed API call cognito-idp.amazonaws.com CreateUserPoolClient");
  }

  @Test
  void managedLoginEventsGoToOnOtherAndFailUnlessIgnored() throws IOException {
    byte[] login =
        Files.readAllBytes(
            SharedData.cloudTrailFixtures().resolve("awsdocs-hostedui-login-get.json"));
    String json =
        String.format(ENVELOPE, new String(login, StandardCharsets.UTF_8))
            .replace("AWS API Call via CloudTrail", "AWS Service Event via CloudTrail");
    assertThatThrownBy(() -> new ClientListener().handle(event(json), null))
        .isInstanceOf(UnhandledApiCallException.class)
        .hasMessageContaining("Login_GET")
        .hasMessageContaining("override onOther(ApiCall)")
        .hasMessageNotContaining("onSuccess");
    CognitoApiCallHandler<String> ignoring =
        new CognitoApiCallHandler<>(CognitoApiCallHandler.Unregistered.IGNORE) {};
    assertThat(ignoring.handle(event(json), null)).isNull();
  }

  /** Every operation registered generically: nothing in the handler names one. */
  static final class EveryOperation extends CognitoApiCallHandler<String> {
    EveryOperation() {
      for (CognitoOperation operation : CognitoOperation.values()) {
        if (operation != CognitoOperation.UNKNOWN) {
          onSuccess(
              operation,
              RequestParameters.class,
              (call, request) -> "ok " + call.operation() + " " + typeOf(request));
          onFailure(
              operation,
              UntypedRequest.class,
              (call, request) ->
                  "failed " + call.operation() + " " + request.string("userPoolId").isPresent());
        }
      }
    }

    private static String typeOf(RequestParameters request) {
      return request == null ? "none" : request.getClass().getSimpleName();
    }
  }

  @Test
  void extendsToEveryOperationWithoutNamingAny() {
    EveryOperation handler = new EveryOperation();
    EventGenerator events = EventGenerator.seeded(12);
    Set<CognitoOperation> typed = EnumSet.noneOf(CognitoOperation.class);
    for (CognitoOperation operation : CognitoOperation.values()) {
      if (operation == CognitoOperation.UNKNOWN) {
        continue;
      }
      EventBridgeEvent<CloudTrailRecord> ok = event(events.nextJson(operation, false));
      String reply = handler.handle(ok, null);
      assertThat(reply).startsWith("ok " + operation + " ");
      if (!reply.endsWith("UntypedRequest") && !reply.endsWith("none")) {
        typed.add(operation);
      }
      // A failed call goes to onFailure, whose UntypedRequest listener also takes typed records.
      assertThat(handler.handle(event(events.nextJson(operation, true)), null))
          .startsWith("failed " + operation + " ");
    }
    assertThat(typed)
        .contains(
            CognitoOperation.UPDATE_USER_POOL_CLIENT,
            CognitoOperation.DELETE_USER_POOL_CLIENT,
            CognitoOperation.ADMIN_CREATE_USER);
  }

  @Test
  void rejectsARegistrationWithTheWrongRequestTypeWhenTheCallComes() {
    CognitoApiCallHandler<String> wrong =
        new CognitoApiCallHandler<>() {
          {
            onSuccess(
                CognitoOperation.UPDATE_USER_POOL_CLIENT,
                UpdateUserPoolRequest.class,
                (call, request) -> "never");
          }
        };
    assertThatThrownBy(() -> wrong.handle(event(UPDATE), null))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage(
            "UpdateUserPoolClient: the record's requestParameters are UpdateUserPoolClientRequest,"
                + " not the UpdateUserPoolRequest the listener was registered with (register"
                + " RequestParameters.class to take whatever the model reads)");
  }

  @Test
  void refusesUnknownAndDuplicateRegistrations() {
    assertThatThrownBy(
            () ->
                new CognitoApiCallHandler<String>() {
                  {
                    onSuccess(CognitoOperation.UNKNOWN, RequestParameters.class, (c, r) -> "");
                  }
                })
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("onOther");
    assertThatThrownBy(
            () ->
                new CognitoApiCallHandler<String>() {
                  {
                    onFailure(CognitoOperation.LIST_USERS, RequestParameters.class, (c, r) -> "");
                    onFailure(CognitoOperation.LIST_USERS, UntypedRequest.class, (c, r) -> "");
                  }
                })
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("LIST_USERS already has an onFailure listener");
  }

  @Test
  void readsTheStreamAndWritesWhatWriteResultWrites() throws IOException {
    ClientListener silent = new ClientListener();
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    silent.handleRequest(
        new ByteArrayInputStream(DELETE.getBytes(StandardCharsets.UTF_8)), out, null);
    assertThat(out.size()).as("nothing written by default").isZero();

    ClientListener replying =
        new ClientListener() {
          @Override
          protected void writeResult(String result, OutputStream output) throws IOException {
            output.write(result.getBytes(StandardCharsets.UTF_8));
          }
        };
    replying.handleRequest(
        new ByteArrayInputStream(DELETE.getBytes(StandardCharsets.UTF_8)), out, null);
    assertThat(out.toString(StandardCharsets.UTF_8)).isEqualTo("deleted 7gone response false");
  }

  @Test
  void rejectsATriggerEventOrABareRecordWithAParseError() throws IOException {
    byte[] trigger =
        Files.readAllBytes(SharedData.triggerFixtures().resolve("pre-signup.aws-lambda-go.json"));
    assertThatThrownBy(
            () ->
                new ClientListener()
                    .handleRequest(
                        new ByteArrayInputStream(trigger), new ByteArrayOutputStream(), null))
        .isInstanceOf(EventParseException.class)
        .hasMessageContaining("expected an EventBridge event with a CloudTrail record")
        .hasMessageContaining("PreSignUpEvent");
    byte[] record =
        Files.readAllBytes(
            SharedData.cloudTrailFixtures().resolve("awsdocs-hostedui-login-get.json"));
    assertThatThrownBy(
            () ->
                new ClientListener()
                    .handleRequest(
                        new ByteArrayInputStream(record), new ByteArrayOutputStream(), null))
        .isInstanceOf(EventParseException.class)
        .hasMessageContaining("but the event is a CloudTrailRecord");
  }
}
