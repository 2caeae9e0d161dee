package io.github.cognitoevents.lambda;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.amazonaws.services.lambda.runtime.api.client.EventHandlerLoader;
import com.amazonaws.services.lambda.runtime.api.client.HandlerInfo;
import com.amazonaws.services.lambda.runtime.api.client.LambdaRequestHandler;
import com.amazonaws.services.lambda.runtime.api.client.runtimeapi.dto.InvocationRequest;
import com.amazonaws.services.lambda.runtime.events.CognitoUserPoolPreSignUpEvent;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.cognitoevents.model.CognitoEvent;
import io.github.cognitoevents.model.EventParseException;
import io.github.cognitoevents.model.cloudtrail.CloudTrailRecord;
import io.github.cognitoevents.model.eventbridge.EventBridgeEvent;
import io.github.cognitoevents.model.trigger.PreSignUpEvent;
import io.github.cognitoevents.model.trigger.TriggerEvent;
import io.github.cognitoevents.model.trigger.TriggerEvents;
import io.github.cognitoevents.testsupport.SharedData;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Invokes {@code RequestHandler}s the way the Lambda Java runtime does: the handler string goes
 * through {@link HandlerInfo} and {@link EventHandlerLoader#loadEventHandler} of {@code
 * aws-lambda-java-runtime-interface-client} (the runtime's own code), which wraps a {@code
 * RequestHandler} into its POJO-to-stream adapter, asks {@code PojoSerializerLoader} for a {@code
 * CustomPojoSerializer} through {@code ServiceLoader} (finding this module's service file) and
 * serializes input and output with it. Nothing here calls {@link CognitoEventsPojoSerializer}
 * directly.
 */
public class LambdaRuntimePojoPathTest {

  private static final ObjectMapper MAPPER = new ObjectMapper();

  /** A sign-up handler as a user writes it: typed in, typed out. */
  public static final class AutoConfirm implements RequestHandler<PreSignUpEvent, PreSignUpEvent> {
    /** For the runtime. */
    public AutoConfirm() {}

    @Override
    public PreSignUpEvent handleRequest(PreSignUpEvent event, Context context) {
      assertThat(context.getAwsRequestId()).isEqualTo("request-1");
      return event.withResponse(PreSignUpEvent.Response.empty().withAutoConfirmUser(true));
    }
  }

  /** Echoes any trigger event, read as the record its triggerSource names. */
  public static final class EchoTrigger implements RequestHandler<TriggerEvent, TriggerEvent> {
    /** For the runtime. */
    public EchoTrigger() {}

    @Override
    public TriggerEvent handleRequest(TriggerEvent event, Context context) {
      return event;
    }
  }

  /** An EventBridge target answering a String (written by the runtime's own serializer). */
  public static final class ApiCallSummary
      implements RequestHandler<EventBridgeEvent<CloudTrailRecord>, String> {
    /** For the runtime. */
    public ApiCallSummary() {}

    @Override
    public String handleRequest(EventBridgeEvent<CloudTrailRecord> event, Context context) {
      return event.detailType() + ": " + event.detail().summary();
    }
  }

  /** Echoes an EventBridge event. */
  public static final class EchoApiCall
      implements RequestHandler<
          EventBridgeEvent<CloudTrailRecord>, EventBridgeEvent<CloudTrailRecord>> {
    /** For the runtime. */
    public EchoApiCall() {}

    @Override
    public EventBridgeEvent<CloudTrailRecord> handleRequest(
        EventBridgeEvent<CloudTrailRecord> event, Context context) {
      return event;
    }
  }

  /** Echoes a bare CloudTrail record. */
  public static final class EchoRecord
      implements RequestHandler<CloudTrailRecord, CloudTrailRecord> {
    /** For the runtime. */
    public EchoRecord() {}

    @Override
    public CloudTrailRecord handleRequest(CloudTrailRecord record, Context context) {
      return record;
    }
  }

  /** Echoes any Cognito event. */
  public static final class EchoCognitoEvent implements RequestHandler<CognitoEvent, CognitoEvent> {
    /** For the runtime. */
    public EchoCognitoEvent() {}

    @Override
    public CognitoEvent handleRequest(CognitoEvent event, Context context) {
      return event;
    }
  }

  /** A handler of types this library does not know: the runtime's own serializer handles them. */
  public static final class MapHandler
      implements RequestHandler<Map<String, Object>, Map<String, Object>> {
    /** For the runtime. */
    public MapHandler() {}

    @Override
    public Map<String, Object> handleRequest(Map<String, Object> input, Context context) {
      Map<String, Object> reply = new LinkedHashMap<>(input);
      reply.put("seen", true);
      return reply;
    }
  }

  /** An aws-lambda-java-events class: the runtime's Lambda-events serializer handles it. */
  public static final class JavaEventsHandler
      implements RequestHandler<CognitoUserPoolPreSignUpEvent, String> {
    /** For the runtime. */
    public JavaEventsHandler() {}

    @Override
    public String handleRequest(CognitoUserPoolPreSignUpEvent event, Context context) {
      return event.getTriggerSource() + " " + event.getRequest().getUserAttributes().size();
    }
  }

  private static byte[] invoke(Class<?> handler, byte[] payload) throws Exception {
    HandlerInfo info =
        HandlerInfo.fromString(handler.getName(), LambdaRuntimePojoPathTest.class.getClassLoader());
    LambdaRequestHandler loaded = EventHandlerLoader.loadEventHandler(info);
    InvocationRequest request = new InvocationRequest();
    request.setId("request-1");
    request.setInvokedFunctionArn("arn:aws:lambda:us-east-1:123456789012:function:f");
    request.setDeadlineTimeInMs(System.currentTimeMillis() + 60_000);
    request.setContent(payload);
    return loaded.call(request).toByteArray();
  }

  private static byte[] fixture(String name) throws IOException {
    return Files.readAllBytes(SharedData.triggerFixtures().resolve(name));
  }

  @Test
  void aPreSignUpRequestHandlerReadsCognitosJsonAndWritesTheReplyCognitoExpects() throws Exception {
    byte[] in = fixture("pre-signup.aws-lambda-go.json");
    JsonNode out = MAPPER.readTree(invoke(AutoConfirm.class, in));

    // Cognito's reply: the whole event back, its response holding only what the function set.
    ObjectNode expected = (ObjectNode) MAPPER.readTree(in);
    expected.set("response", MAPPER.readTree("{\"autoConfirmUser\":true}"));
    assertThat(out).isEqualTo(expected);
  }

  @Test
  void keepsNullAndAbsentApartAndUnknownMembersThroughTheRuntime() throws Exception {
    String in =
        "{\"version\":\"1\",\"region\":\"us-east-1\",\"userPoolId\":\"us-east-1_AbCdEf123\","
            + "\"userName\":\"jane\",\"callerContext\":{\"awsSdkVersion\":null,\"clientId\":\"c1\"},"
            + "\"triggerSource\":\"PreSignUp_SignUp\",\"request\":{\"userAttributes\":"
            + "{\"email\":\"jane@example.com\"},\"validationData\":null,\"futureField\":[1,2.50]},"
            + "\"response\":{\"autoConfirmUser\":false,\"autoVerifyEmail\":false,\"autoVerifyPhone\":false},"
            + "\"newTopLevel\":{\"x\":null}}";
    JsonNode out = MAPPER.readTree(invoke(AutoConfirm.class, in.getBytes(StandardCharsets.UTF_8)));
    ObjectNode expected = (ObjectNode) MAPPER.readTree(in);
    expected.set("response", MAPPER.readTree("{\"autoConfirmUser\":true}"));
    assertThat(out).isEqualTo(expected);
    assertThat(out.at("/request/validationData").isNull()).isTrue();
    assertThat(out.at("/request/clientMetadata").isMissingNode()).isTrue();
    assertThat(out.at("/request/futureField/1").decimalValue()).isEqualByComparingTo("2.50");
  }

  @Test
  void everyTriggerFixtureRoundTripsThroughTheRuntimeAsTriggerEventsWritesIt() throws Exception {
    List<Path> fixtures;
    try (Stream<Path> files = Files.list(SharedData.triggerFixtures())) {
      fixtures = files.filter(f -> f.toString().endsWith(".json")).sorted().toList();
    }
    assertThat(fixtures).hasSizeGreaterThan(60);
    for (Path fixture : fixtures) {
      byte[] bytes = Files.readAllBytes(fixture);
      JsonNode expected = MAPPER.readTree(TriggerEvents.writeBytes(TriggerEvents.parse(bytes)));
      assertThat(MAPPER.readTree(invoke(EchoTrigger.class, bytes)))
          .as(fixture.getFileName().toString())
          .isEqualTo(expected);
    }
  }

  @Test
  void anEventOfAnotherTriggerFailsTheInvocationWithTheParseErrorAsCause() {
    assertThatThrownBy(
            () -> invoke(AutoConfirm.class, fixture("post-confirmation.aws-lambda-go.json")))
        .hasMessage("An error occurred during JSON parsing")
        .cause()
        .isInstanceOf(EventParseException.class)
        .hasMessageContaining("/triggerSource")
        .hasMessageContaining("names a PostConfirmationEvent trigger, not a PreSignUpEvent");
  }

  private static String envelope(byte[] detail) {
    return "{\"version\":\"0\",\"id\":\"6a7e8feb-b491-4cf7-a9f1-bf3703467718\","
        + "\"detail-type\":\"AWS Service Event via CloudTrail\",\"source\":\"aws.cognito-idp\","
        + "\"account\":\"123456789012\",\"time\":\"2022-05-12T22:16:40Z\",\"region\":\"us-west-2\","
        + "\"resources\":[],\"detail\":"
        + new String(detail, StandardCharsets.UTF_8)
        + ",\"replay-name\":null}";
  }

  @Test
  void anEventBridgeTargetReadsTheTypedEnvelopeAndTheRuntimeWritesItsStringReply()
      throws Exception {
    byte[] record =
        Files.readAllBytes(
            SharedData.cloudTrailFixtures().resolve("awsdocs-token-post-refresh-token.json"));
    String in = envelope(record);
    assertThat(MAPPER.readTree(invoke(ApiCallSummary.class, in.getBytes(StandardCharsets.UTF_8))))
        .isEqualTo(
            MAPPER
                .getNodeFactory()
                .textNode(
                    "AWS Service Event via CloudTrail: cognito-idp.amazonaws.com Token_POST"));
    assertThat(MAPPER.readTree(invoke(EchoApiCall.class, in.getBytes(StandardCharsets.UTF_8))))
        .isEqualTo(MAPPER.readTree(in));
  }

  @Test
  void everyCloudTrailFixtureRoundTripsAsARecordAndAsACognitoEvent() throws Exception {
    List<Path> fixtures;
    try (Stream<Path> files = Files.walk(SharedData.cloudTrailFixtures())) {
      fixtures = files.filter(f -> f.toString().endsWith(".json")).sorted().toList();
    }
    assertThat(fixtures).hasSizeGreaterThan(10);
    for (Path fixture : fixtures) {
      byte[] bytes = Files.readAllBytes(fixture);
      JsonNode expected = MAPPER.readTree(bytes);
      assertThat(MAPPER.readTree(invoke(EchoRecord.class, bytes)))
          .as(fixture.getFileName().toString())
          .isEqualTo(expected);
      assertThat(MAPPER.readTree(invoke(EchoCognitoEvent.class, bytes)))
          .as(fixture.getFileName().toString())
          .isEqualTo(expected);
    }
  }

  @Test
  void aRecordHandlerGivenAnEnvelopeSaysWhichHandlerTypeFits() throws Exception {
    byte[] record =
        Files.readAllBytes(
            SharedData.cloudTrailFixtures().resolve("awsdocs-hostedui-login-get.json"));
    assertThatThrownBy(
            () -> invoke(EchoRecord.class, envelope(record).getBytes(StandardCharsets.UTF_8)))
        .cause()
        .isInstanceOf(EventParseException.class)
        .hasMessageContaining(
            "expected a CloudTrail record (RequestHandler<CloudTrailRecord, ...>)")
        .hasMessageContaining("CloudTrailRecord");
  }

  @Test
  void typesItDoesNotKnowGoToTheRuntimesOwnSerializers() throws Exception {
    assertThat(
            MAPPER.readTree(
                invoke(
                    MapHandler.class, "{\"a\":1,\"b\":[true]}".getBytes(StandardCharsets.UTF_8))))
        .isEqualTo(MAPPER.readTree("{\"a\":1,\"b\":[true],\"seen\":true}"));
    assertThat(
            MAPPER.readTree(
                invoke(JavaEventsHandler.class, fixture("pre-signup.java-events.json"))))
        .isEqualTo(MAPPER.getNodeFactory().textNode("PreSignUp_SignUp 1"));
  }
}
