package io.github.cognitoevents.model.cloudtrail;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.cognitoevents.model.EventParseException;
import io.github.cognitoevents.model.eventbridge.EventBridgeEvent;
import io.github.cognitoevents.model.internal.Copies;
import io.github.cognitoevents.model.internal.FieldReader;
import io.github.cognitoevents.model.internal.JsonObjectWriter;
import io.github.cognitoevents.model.internal.JsonSupport;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A CloudTrail record, as delivered in the {@code detail} of an EventBridge event ({@code AWS API
 * Call via CloudTrail}, {@code AWS Service Event via CloudTrail}, ...) or found in a trail's log
 * file. Every member of the CloudTrail record schema (up to event version 1.11) is a component;
 * members this library does not know are kept in {@link #unknownFields()}, so {@link #toJson()}
 * reproduces the document it was read from.
 *
 * <p>{@code requestParameters} and {@code responseElements} are typed for 19 {@code cognito-idp}
 * operations (see {@link RequestParameters}) and kept as JSON trees for all others, including
 * {@code cognito-identity} calls and managed-login events. Failed calls have {@link #isFailed()}
 * true and, usually, no {@code responseElements}.
 *
 * <pre>{@code
 * CloudTrailRecord record = CloudTrailRecord.fromJson(detailJson);
 * if (record.operation() == CognitoOperation.DELETE_USER_POOL_CLIENT && !record.isFailed()) {
 *   record.userPoolClient().ifPresent(c -> alert(c.userPoolId(), c.clientId()));
 * }
 * }</pre>
 *
 * @param eventVersion {@code eventVersion}, such as {@code "1.08"}
 * @param userIdentity {@code userIdentity}
 * @param eventTime {@code eventTime} as an instant
 * @param eventTimeText {@code eventTime} as sent; written back when it denotes {@code eventTime}
 * @param eventSource {@code eventSource}, such as {@code cognito-idp.amazonaws.com}
 * @param eventName {@code eventName}: the operation or managed-login event name
 * @param awsRegion {@code awsRegion}
 * @param sourceIpAddress {@code sourceIPAddress}
 * @param userAgent {@code userAgent}
 * @param errorCode {@code errorCode}; managed-login events send {@code ""} for success
 * @param errorMessage {@code errorMessage}
 * @param requestParameters {@code requestParameters}, typed when the operation is; {@code null}
 *     when absent or JSON {@code null}
 * @param responseElements {@code responseElements}, typed when the operation is; {@code null} when
 *     absent or JSON {@code null}
 * @param additionalEventData {@code additionalEventData}
 * @param requestId {@code requestID}
 * @param eventId {@code eventID}
 * @param readOnly {@code readOnly}
 * @param resources {@code resources}
 * @param eventType {@code eventType}, such as {@code AwsApiCall}
 * @param apiVersion {@code apiVersion}
 * @param managementEvent {@code managementEvent}
 * @param recipientAccountId {@code recipientAccountId}
 * @param serviceEventDetails {@code serviceEventDetails}
 * @param sharedEventId {@code sharedEventID}
 * @param vpcEndpointId {@code vpcEndpointId}
 * @param vpcEndpointAccountId {@code vpcEndpointAccountId}
 * @param eventCategory {@code eventCategory}, such as {@code Management}
 * @param addendum {@code addendum}
 * @param sessionCredentialFromConsole {@code sessionCredentialFromConsole}, the string {@code
 *     "true"} when present
 * @param edgeDeviceDetails {@code edgeDeviceDetails}
 * @param tlsDetails {@code tlsDetails}
 * @param insightDetails {@code insightDetails}
 * @param eventContext {@code eventContext}
 * @param unknownFields members not modelled above, explicit JSON nulls and values kept in their
 *     original JSON form; written back unchanged by {@link #toJson()}
 */
public record CloudTrailRecord(
    String eventVersion,
    UserIdentity userIdentity,
    Instant eventTime,
    String eventTimeText,
    String eventSource,
    String eventName,
    String awsRegion,
    String sourceIpAddress,
    String userAgent,
    String errorCode,
    String errorMessage,
    RequestParameters requestParameters,
    ResponseElements responseElements,
    AdditionalEventData additionalEventData,
    String requestId,
    String eventId,
    Boolean readOnly,
    List<CloudTrailResource> resources,
    String eventType,
    String apiVersion,
    Boolean managementEvent,
    String recipientAccountId,
    JsonNode serviceEventDetails,
    String sharedEventId,
    String vpcEndpointId,
    String vpcEndpointAccountId,
    String eventCategory,
    Addendum addendum,
    String sessionCredentialFromConsole,
    JsonNode edgeDeviceDetails,
    TlsDetails tlsDetails,
    JsonNode insightDetails,
    JsonNode eventContext,
    Map<String, JsonNode> unknownFields) {

  /** The {@code eventSource} of Cognito user pools. */
  public static final String USER_POOLS_SOURCE = Operations.USER_POOLS_SOURCE;

  /** The {@code eventSource} of Cognito identity pools. */
  public static final String IDENTITY_POOLS_SOURCE = "cognito-identity.amazonaws.com";

  /**
   * Creates the record, copying collections so that it is immutable. When {@code eventTimeText} is
   * {@code null} it is derived from {@code eventTime}.
   */
  public CloudTrailRecord {
    if (eventTimeText == null && eventTime != null) {
      eventTimeText = eventTime.toString();
    }
    resources = Copies.nonNullList(resources);
    serviceEventDetails = Copies.tree(serviceEventDetails);
    edgeDeviceDetails = Copies.tree(edgeDeviceDetails);
    insightDetails = Copies.tree(insightDetails);
    eventContext = Copies.tree(eventContext);
    unknownFields = Copies.trees(unknownFields);
  }

  /**
   * Whether a JSON value looks like a CloudTrail record: an object with string members {@code
   * eventSource} and {@code eventName} and an {@code eventVersion} or {@code eventTime}.
   *
   * @param json any JSON value
   * @return whether {@link #fromJson(JsonNode)} is the right reader for it
   */
  public static boolean looksLikeRecord(JsonNode json) {
    return json != null
        && json.isObject()
        && json.path("eventSource").isTextual()
        && json.path("eventName").isTextual()
        && (json.has("eventVersion") || json.has("eventTime"));
  }

  /**
   * Reads a CloudTrail record.
   *
   * @param json the record (the EventBridge {@code detail}, or one item of a log file's {@code
   *     Records})
   * @return the record
   * @throws EventParseException if {@code json} is not an object or a member has the wrong kind
   */
  public static CloudTrailRecord fromJson(JsonNode json) {
    return read(JsonSupport.requireFinite(json), "");
  }

  /**
   * Reads a CloudTrail record from JSON text.
   *
   * @param json the JSON text
   * @return the record
   * @throws EventParseException if the text is not JSON or not a record
   */
  public static CloudTrailRecord fromJson(String json) {
    return fromJson(JsonSupport.parse(json));
  }

  /**
   * Reads an EventBridge event whose detail is a CloudTrail record, as a Lambda target of an {@code
   * AWS API Call via CloudTrail} rule receives it.
   *
   * <pre>{@code
   * EventBridgeEvent<CloudTrailRecord> event = CloudTrailRecord.fromEventBridgeJson(input);
   * }</pre>
   *
   * @param json the event
   * @return the event
   * @throws EventParseException if the envelope or the record is malformed
   */
  public static EventBridgeEvent<CloudTrailRecord> fromEventBridgeJson(JsonNode json) {
    return EventBridgeEvent.fromJson(json, CloudTrailRecord::fromJson);
  }

  /**
   * Reads an EventBridge event whose detail is a CloudTrail record from JSON text.
   *
   * @param json the JSON text
   * @return the event
   * @throws EventParseException if the text is not JSON, or the envelope or record is malformed
   */
  public static EventBridgeEvent<CloudTrailRecord> fromEventBridgeJson(String json) {
    return fromEventBridgeJson(JsonSupport.parse(json));
  }

  static CloudTrailRecord read(JsonNode json, String pointer) {
    FieldReader r = FieldReader.of(json, pointer);
    String eventSource = r.string("eventSource");
    String eventName = r.string("eventName");
    CognitoOperation operation = CognitoOperation.fromEventName(eventName);
    String eventTimeText = r.string("eventTime");
    Instant eventTime = JsonSupport.instant(eventTimeText, r.pointer("eventTime"), "eventTime");
    return new CloudTrailRecord(
        r.string("eventVersion"),
        r.object("userIdentity", UserIdentity::read),
        eventTime,
        eventTimeText,
        eventSource,
        eventName,
        r.string("awsRegion"),
        r.string("sourceIPAddress"),
        r.string("userAgent"),
        r.string("errorCode"),
        r.string("errorMessage"),
        r.object("requestParameters", (n, p) -> Operations.request(eventSource, operation, n, p)),
        r.object("responseElements", (n, p) -> Operations.response(eventSource, operation, n, p)),
        r.object("additionalEventData", AdditionalEventData::read),
        r.string("requestID"),
        r.string("eventID"),
        r.bool("readOnly"),
        r.list("resources", CloudTrailResource::read),
        r.string("eventType"),
        r.string("apiVersion"),
        r.bool("managementEvent"),
        r.string("recipientAccountId"),
        r.tree("serviceEventDetails"),
        r.string("sharedEventID"),
        r.string("vpcEndpointId"),
        r.string("vpcEndpointAccountId"),
        r.string("eventCategory"),
        r.object("addendum", Addendum::read),
        r.text("sessionCredentialFromConsole"),
        r.tree("edgeDeviceDetails"),
        r.object("tlsDetails", TlsDetails::read),
        r.tree("insightDetails"),
        r.tree("eventContext"),
        r.unknown());
  }

  /**
   * This record as JSON, in the form it was read (unknown fields included).
   *
   * @return a new JSON object
   */
  public ObjectNode toJson() {
    String timeText = eventTimeText;
    if (eventTime != null && (timeText == null || !denotes(timeText, eventTime))) {
      timeText = eventTime.toString();
    }
    return JsonObjectWriter.create()
        .string("eventVersion", eventVersion)
        .object("userIdentity", userIdentity, UserIdentity::toJson)
        .string("eventTime", timeText)
        .string("eventSource", eventSource)
        .string("eventName", eventName)
        .string("awsRegion", awsRegion)
        .string("sourceIPAddress", sourceIpAddress)
        .string("userAgent", userAgent)
        .string("errorCode", errorCode)
        .string("errorMessage", errorMessage)
        .object("requestParameters", requestParameters, RequestParameters::toJson)
        .object("responseElements", responseElements, ResponseElements::toJson)
        .object("additionalEventData", additionalEventData, AdditionalEventData::toJson)
        .string("requestID", requestId)
        .string("eventID", eventId)
        .bool("readOnly", readOnly)
        .objectList("resources", resources, CloudTrailResource::toJson)
        .string("eventType", eventType)
        .string("apiVersion", apiVersion)
        .bool("managementEvent", managementEvent)
        .string("recipientAccountId", recipientAccountId)
        .tree("serviceEventDetails", serviceEventDetails)
        .string("sharedEventID", sharedEventId)
        .string("vpcEndpointId", vpcEndpointId)
        .string("vpcEndpointAccountId", vpcEndpointAccountId)
        .string("eventCategory", eventCategory)
        .object("addendum", addendum, Addendum::toJson)
        .string("sessionCredentialFromConsole", sessionCredentialFromConsole)
        .tree("edgeDeviceDetails", edgeDeviceDetails)
        .object("tlsDetails", tlsDetails, TlsDetails::toJson)
        .tree("insightDetails", insightDetails)
        .tree("eventContext", eventContext)
        .finish(unknownFields);
  }

  private static boolean denotes(String text, Instant instant) {
    try {
      return instant.equals(JsonSupport.instant(text, "", "eventTime"));
    } catch (EventParseException e) {
      return false;
    }
  }

  /**
   * The members kept verbatim (see the class description).
   *
   * @return an immutable map of copies
   */
  public Map<String, JsonNode> unknownFields() {
    return Copies.trees(unknownFields);
  }

  /**
   * {@code serviceEventDetails}, kept as a tree.
   *
   * @return a copy of the value, or {@code null} when absent
   */
  public JsonNode serviceEventDetails() {
    return Copies.tree(serviceEventDetails);
  }

  /**
   * {@code edgeDeviceDetails}, kept as a tree.
   *
   * @return a copy of the value, or {@code null} when absent
   */
  public JsonNode edgeDeviceDetails() {
    return Copies.tree(edgeDeviceDetails);
  }

  /**
   * {@code insightDetails}, kept as a tree.
   *
   * @return a copy of the value, or {@code null} when absent
   */
  public JsonNode insightDetails() {
    return Copies.tree(insightDetails);
  }

  /**
   * {@code eventContext}, kept as a tree.
   *
   * @return a copy of the value, or {@code null} when absent
   */
  public JsonNode eventContext() {
    return Copies.tree(eventContext);
  }

  /**
   * The {@code cognito-idp} operation named by {@code eventName}.
   *
   * @return the operation; {@link CognitoOperation#UNKNOWN} for managed-login events, {@code
   *     cognito-identity} calls and names this library does not know
   */
  public CognitoOperation operation() {
    return USER_POOLS_SOURCE.equals(eventSource)
        ? CognitoOperation.fromEventName(eventName)
        : CognitoOperation.UNKNOWN;
  }

  /**
   * {@code eventType} as an enum.
   *
   * @return the constant, {@link EventType#UNKNOWN} for a value this library does not know, or
   *     {@code null} when absent
   */
  public EventType eventTypeEnum() {
    return eventType == null ? null : EventType.fromValue(eventType);
  }

  /**
   * {@code eventCategory} as an enum.
   *
   * @return the constant, {@link EventCategory#UNKNOWN} for a value this library does not know, or
   *     {@code null} when absent
   */
  public EventCategory eventCategoryEnum() {
    return eventCategory == null ? null : EventCategory.fromValue(eventCategory);
  }

  /**
   * Whether the call failed: {@code errorCode} is present and not empty (managed-login events send
   * {@code ""} on success).
   *
   * @return whether the call failed
   */
  public boolean isFailed() {
    return errorCode != null && !errorCode.isBlank();
  }

  /**
   * Whether this is a Cognito user pools record ({@code eventSource} {@value #USER_POOLS_SOURCE}).
   *
   * @return whether the source is {@code cognito-idp}
   */
  public boolean isUserPoolsEvent() {
    return USER_POOLS_SOURCE.equals(eventSource);
  }

  /**
   * Whether this is a Cognito identity pools record ({@code eventSource} {@value
   * #IDENTITY_POOLS_SOURCE}).
   *
   * @return whether the source is {@code cognito-identity}
   */
  public boolean isIdentityPoolsEvent() {
    return IDENTITY_POOLS_SOURCE.equals(eventSource);
  }

  /**
   * Whether this is a managed-login (hosted UI) event such as {@code Login_GET} or {@code
   * Token_POST}: a {@code cognito-idp} record of type {@code AwsServiceEvent}.
   *
   * @return whether it is a managed-login event
   */
  public boolean isManagedLoginEvent() {
    return isUserPoolsEvent() && eventTypeEnum() == EventType.AWS_SERVICE_EVENT;
  }

  /**
   * The managed-login event named by {@code eventName}, for managed-login records.
   *
   * @return the event, {@link ManagedLoginEvent#UNKNOWN} for an unknown name; {@code null} when
   *     this is not a managed-login record (see {@link #isManagedLoginEvent()})
   */
  public ManagedLoginEvent managedLoginEvent() {
    return isManagedLoginEvent() ? ManagedLoginEvent.fromValue(eventName) : null;
  }

  /**
   * The typed request parameters, if they are of the given type.
   *
   * <pre>{@code
   * record.request(UpdateUserPoolClientRequest.class).map(UpdateUserPoolClientRequest::clientName)
   * }</pre>
   *
   * @param type the expected type
   * @param <T> the type
   * @return the parameters, or empty when absent or of another type
   */
  public <T extends RequestParameters> Optional<T> request(Class<T> type) {
    return type.isInstance(requestParameters)
        ? Optional.of(type.cast(requestParameters))
        : Optional.empty();
  }

  /**
   * The typed response elements, if they are of the given type.
   *
   * @param type the expected type
   * @param <T> the type
   * @return the elements, or empty when absent (failed call, no output) or of another type
   */
  public <T extends ResponseElements> Optional<T> response(Class<T> type) {
    return type.isInstance(responseElements)
        ? Optional.of(type.cast(responseElements))
        : Optional.empty();
  }

  /**
   * The user pool and app client of a call about an app client, whether it created, updated or
   * deleted the client and whether it succeeded or failed: read from {@code requestParameters}
   * ({@code userPoolId}, {@code clientId}), completed from {@code responseElements.userPoolClient}
   * (a successful {@code CreateUserPoolClient} learns its client id only there). Works for every
   * {@code cognito-idp} operation whose parameters name both, typed or not.
   *
   * <pre>{@code
   * record.userPoolClient().ifPresent(c -> notify(c.userPoolId(), c.clientId()));
   * }</pre>
   *
   * @return the pool and client, or empty when the record does not name both
   */
  public Optional<UserPoolClientRef> userPoolClient() {
    String poolId = null;
    String clientId = null;
    if (requestParameters instanceof UpdateUserPoolClientRequest update) {
      poolId = update.userPoolId();
      clientId = update.clientId();
    } else if (requestParameters instanceof DeleteUserPoolClientRequest delete) {
      poolId = delete.userPoolId();
      clientId = delete.clientId();
    } else if (requestParameters instanceof CreateUserPoolClientRequest create) {
      poolId = create.userPoolId();
    } else if (requestParameters instanceof UntypedRequest untyped && isUserPoolsEvent()) {
      poolId = untyped.string("userPoolId").orElse(null);
      clientId = untyped.string("clientId").orElse(null);
    } else if (requestParameters != null) {
      JsonNode json = requestParameters.toJson();
      poolId = textOrNull(json.get("userPoolId"));
      clientId = textOrNull(json.get("clientId"));
    }
    if (responseElements instanceof UserPoolClientResponse response
        && response.userPoolClient() != null) {
      UserPoolClient client = response.userPoolClient();
      poolId = poolId != null ? poolId : client.userPoolId();
      clientId = clientId != null ? clientId : client.clientId();
    }
    if (poolId == null || clientId == null) {
      return Optional.empty();
    }
    return Optional.of(new UserPoolClientRef(poolId, clientId));
  }

  private static String textOrNull(JsonNode node) {
    return node != null && node.isTextual() ? node.textValue() : null;
  }

  /**
   * The user pool this record is about: {@code requestParameters.userPoolId}, the id of the pool a
   * {@code CreateUserPool} call created, or for managed-login events {@code
   * additionalEventData.userPoolId}.
   *
   * @return the user pool id, or empty when the record names none
   */
  public Optional<String> userPoolId() {
    if (requestParameters != null) {
      String id = textOrNull(requestParameters.toJson().get("userPoolId"));
      if (id != null) {
        return Optional.of(id);
      }
    }
    if (responseElements instanceof UserPoolResponse created
        && created.userPool() != null
        && created.userPool().id() != null) {
      return Optional.of(created.userPool().id());
    }
    if (additionalEventData != null && additionalEventData.userPoolId() != null) {
      return Optional.of(additionalEventData.userPoolId());
    }
    return Optional.empty();
  }

  /**
   * The {@code sub} of the user the call was about ({@code additionalEventData.sub}); Cognito logs
   * the {@code sub} instead of the user name.
   *
   * @return the sub, or empty
   */
  public Optional<String> userSub() {
    return Optional.ofNullable(additionalEventData).map(AdditionalEventData::sub);
  }

  /**
   * A one-line description for logs: source, event name and outcome, without any parameter values.
   *
   * @return for example {@code cognito-idp.amazonaws.com DeleteUserPoolClient (failed:
   *     ResourceNotFoundException)}
   */
  public String summary() {
    return Objects.toString(eventSource, "?")
        + " "
        + Objects.toString(eventName, "?")
        + (isFailed() ? " (failed: " + errorCode + ")" : "");
  }
}
