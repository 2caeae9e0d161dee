package io.github.cognitoevents.model.cloudtrail;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.cognitoevents.model.EventParseException;
import io.github.cognitoevents.model.eventbridge.EventBridgeEvent;
import io.github.cognitoevents.model.internal.codec.Documents;
import io.github.cognitoevents.model.internal.codec.Frozen;
import io.github.cognitoevents.model.internal.codec.Kinds;
import io.github.cognitoevents.model.internal.codec.RecordCodec;
import io.github.cognitoevents.model.internal.codec.Sensitivity;
import java.io.InputStream;
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
 * reproduces the document it was read from. JSON values ({@link #unknownFields()}, {@link
 * #eventContext()}, ...) are read-only trees: their mutators throw {@link
 * UnsupportedOperationException}, and {@code deepCopy()} gives an editable copy.
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
 * @param errorMessage {@code errorMessage}; masked in {@code toString()} like personal data (an
 *     error message can quote what the caller sent)
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
    resources = Frozen.of(resources);
    serviceEventDetails = Frozen.of(serviceEventDetails);
    edgeDeviceDetails = Frozen.of(edgeDeviceDetails);
    insightDetails = Frozen.of(insightDetails);
    eventContext = Frozen.of(eventContext);
    unknownFields = Frozen.unknown(unknownFields);
  }

  static final RecordCodec<CloudTrailRecord> CODEC =
      RecordCodec.builder(CloudTrailRecord.class)
          .field("eventVersion", Kinds.STRING, CloudTrailRecord::eventVersion)
          .field(
              "userIdentity",
              Kinds.record(() -> UserIdentity.CODEC),
              CloudTrailRecord::userIdentity)
          .field(
              "eventTime",
              Kinds.INSTANT_TEXT,
              r -> Kinds.instantText(r.eventTime(), r.eventTimeText()))
          .field("eventSource", Kinds.STRING, CloudTrailRecord::eventSource)
          .field("eventName", Kinds.STRING, CloudTrailRecord::eventName)
          .field("awsRegion", Kinds.STRING, CloudTrailRecord::awsRegion)
          .field("sourceIPAddress", Kinds.STRING, CloudTrailRecord::sourceIpAddress)
          .field("userAgent", Kinds.STRING, CloudTrailRecord::userAgent)
          .field("errorCode", Kinds.STRING, CloudTrailRecord::errorCode)
          .field("errorMessage", Kinds.STRING, Sensitivity.PERSONAL, CloudTrailRecord::errorMessage)
          .chosen(
              "requestParameters",
              (v, complete) -> Operations.requestKind(v, complete),
              Kinds.dynamic(RequestParameters::toJson),
              CloudTrailRecord::requestParameters)
          .chosen(
              "responseElements",
              (v, complete) -> Operations.responseKind(v, complete),
              Kinds.dynamic(ResponseElements::toJson),
              CloudTrailRecord::responseElements)
          .field(
              "additionalEventData",
              Kinds.record(() -> AdditionalEventData.CODEC),
              CloudTrailRecord::additionalEventData)
          .field("requestID", Kinds.STRING, CloudTrailRecord::requestId)
          .field("eventID", Kinds.STRING, CloudTrailRecord::eventId)
          .field("readOnly", Kinds.BOOLEAN, CloudTrailRecord::readOnly)
          .field(
              "resources",
              Kinds.list(Kinds.record(() -> CloudTrailResource.CODEC)),
              CloudTrailRecord::resources)
          .field("eventType", Kinds.STRING, CloudTrailRecord::eventType)
          .field("apiVersion", Kinds.STRING, CloudTrailRecord::apiVersion)
          .field("managementEvent", Kinds.BOOLEAN, CloudTrailRecord::managementEvent)
          .field("recipientAccountId", Kinds.STRING, CloudTrailRecord::recipientAccountId)
          .field("serviceEventDetails", Kinds.JSON, CloudTrailRecord::serviceEventDetails)
          .field("sharedEventID", Kinds.STRING, CloudTrailRecord::sharedEventId)
          .field("vpcEndpointId", Kinds.STRING, CloudTrailRecord::vpcEndpointId)
          .field("vpcEndpointAccountId", Kinds.STRING, CloudTrailRecord::vpcEndpointAccountId)
          .field("eventCategory", Kinds.STRING, CloudTrailRecord::eventCategory)
          .field("addendum", Kinds.record(() -> Addendum.CODEC), CloudTrailRecord::addendum)
          .field(
              "sessionCredentialFromConsole",
              Kinds.STRING,
              CloudTrailRecord::sessionCredentialFromConsole)
          .field("edgeDeviceDetails", Kinds.JSON, CloudTrailRecord::edgeDeviceDetails)
          .field("tlsDetails", Kinds.record(() -> TlsDetails.CODEC), CloudTrailRecord::tlsDetails)
          .field("insightDetails", Kinds.JSON, CloudTrailRecord::insightDetails)
          .field("eventContext", Kinds.JSON, CloudTrailRecord::eventContext)
          .unknownFields(CloudTrailRecord::unknownFields)
          .build(
              v ->
                  new CloudTrailRecord(
                      v.get(0),
                      v.get(1),
                      Kinds.instant(v.get(2)),
                      v.get(2),
                      v.get(3),
                      v.get(4),
                      v.get(5),
                      v.get(6),
                      v.get(7),
                      v.get(8),
                      v.get(9),
                      v.get(10),
                      v.get(11),
                      v.get(12),
                      v.get(13),
                      v.get(14),
                      v.get(15),
                      v.get(16),
                      v.get(17),
                      v.get(18),
                      v.get(19),
                      v.get(20),
                      v.get(21),
                      v.get(22),
                      v.get(23),
                      v.get(24),
                      v.get(25),
                      v.get(26),
                      v.get(27),
                      v.get(28),
                      v.get(29),
                      v.get(30),
                      v.get(31),
                      v.unknown()));

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
   * Reads a CloudTrail record from a Jackson tree (not modified), with the same checks as text.
   *
   * @param json the record (the EventBridge {@code detail}, or one item of a log file's {@code
   *     Records})
   * @return the record
   * @throws EventParseException if {@code json} is {@code null}, not an object, or a member has the
   *     wrong kind (see {@link io.github.cognitoevents.model.CognitoEvents} for the rules every
   *     entry point shares)
   */
  public static CloudTrailRecord fromJson(JsonNode json) {
    return Documents.read(json, CODEC::read);
  }

  /**
   * Reads a CloudTrail record from JSON text (a leading byte-order mark is ignored).
   *
   * @param json the JSON text
   * @return the record
   * @throws EventParseException if the text is not JSON or not a record
   */
  public static CloudTrailRecord fromJson(String json) {
    return Documents.read(json, CODEC::read);
  }

  /**
   * Reads a CloudTrail record from JSON bytes (UTF-8, -16 or -32).
   *
   * @param json the bytes
   * @return the record
   * @throws EventParseException if the bytes are not JSON or not a record
   */
  public static CloudTrailRecord fromJson(byte[] json) {
    return Documents.read(json, CODEC::read);
  }

  /**
   * Reads a CloudTrail record from a stream, read to its end but not closed.
   *
   * @param json the stream
   * @return the record
   * @throws EventParseException if the content is not JSON, not a record or cannot be read
   */
  public static CloudTrailRecord fromJson(InputStream json) {
    return Documents.read(json, CODEC::read);
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
   * @throws EventParseException if the envelope or the record is malformed, or the envelope has no
   *     {@code detail} object
   */
  public static EventBridgeEvent<CloudTrailRecord> fromEventBridgeJson(JsonNode json) {
    return EventBridgeEvent.fromJson(json, CloudTrailRecord.class);
  }

  /**
   * Reads an EventBridge event whose detail is a CloudTrail record from JSON text.
   *
   * @param json the JSON text
   * @return the event
   * @throws EventParseException as {@link #fromEventBridgeJson(JsonNode)}, or if the text is not
   *     JSON
   */
  public static EventBridgeEvent<CloudTrailRecord> fromEventBridgeJson(String json) {
    return EventBridgeEvent.fromJson(json, CloudTrailRecord.class);
  }

  /**
   * Reads an EventBridge event whose detail is a CloudTrail record from JSON bytes.
   *
   * @param json the bytes
   * @return the event
   * @throws EventParseException as {@link #fromEventBridgeJson(JsonNode)}, or if the bytes are not
   *     JSON
   */
  public static EventBridgeEvent<CloudTrailRecord> fromEventBridgeJson(byte[] json) {
    return EventBridgeEvent.fromJson(json, CloudTrailRecord.class);
  }

  /**
   * Reads an EventBridge event whose detail is a CloudTrail record from a stream (read to its end,
   * not closed), as a Lambda {@code RequestStreamHandler} receives it.
   *
   * @param json the stream
   * @return the event
   * @throws EventParseException as {@link #fromEventBridgeJson(JsonNode)}, or if the content is not
   *     JSON or cannot be read
   */
  public static EventBridgeEvent<CloudTrailRecord> fromEventBridgeJson(InputStream json) {
    return EventBridgeEvent.fromJson(json, CloudTrailRecord.class);
  }

  /**
   * This record as JSON, in the form it was read (unknown fields included).
   *
   * @return a new JSON object
   */
  public ObjectNode toJson() {
    return CODEC.toJson(this);
  }

  /**
   * The record without secrets and, unless {@link io.github.cognitoevents.model.PersonalData} says
   * otherwise, without personal data; unknown members by name only.
   */
  @Override
  public String toString() {
    return CODEC.toString(this);
  }

  /**
   * The Cognito operation of this record, from {@code eventSource} and {@code eventName}: a user
   * pools ({@code cognito-idp}) or identity pools ({@code cognito-identity}) API call.
   *
   * @return the operation; {@link CognitoOperation#UNKNOWN} for managed-login events, other
   *     services and names this version does not know
   */
  public CognitoOperation operation() {
    return CognitoOperation.of(eventSource, eventName);
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
    if (requestParameters != null) {
      JsonNode json = view(requestParameters);
      poolId = textOrNull(json.get("userPoolId"));
      clientId = textOrNull(json.get("clientId"));
    }
    if (responseElements != null && (poolId == null || clientId == null)) {
      JsonNode client = view(responseElements).get("userPoolClient");
      if (client != null) {
        poolId = poolId != null ? poolId : textOrNull(client.get("userPoolId"));
        clientId = clientId != null ? clientId : textOrNull(client.get("clientId"));
      }
    }
    if (poolId == null || clientId == null) {
      return Optional.empty();
    }
    return Optional.of(new UserPoolClientRef(poolId, clientId));
  }

  /** The JSON of the parameters or elements: an untyped value's own read-only tree, no copy. */
  private static JsonNode view(Object value) {
    if (value instanceof UntypedRequest untyped) {
      return untyped.json();
    }
    if (value instanceof UntypedResponse untyped) {
      return untyped.json();
    }
    return value instanceof RequestParameters request
        ? request.toJson()
        : ((ResponseElements) value).toJson();
  }

  private static String textOrNull(JsonNode node) {
    return node != null && node.isTextual() && !Redactable.isMarker(node.textValue())
        ? node.textValue()
        : null;
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
      String id = textOrNull(view(requestParameters).get("userPoolId"));
      if (id != null) {
        return Optional.of(id);
      }
    }
    if (responseElements instanceof CreateUserPoolResponse created
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
