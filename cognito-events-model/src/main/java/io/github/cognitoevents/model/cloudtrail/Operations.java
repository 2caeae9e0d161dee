package io.github.cognitoevents.model.cloudtrail;

import io.github.cognitoevents.model.internal.codec.Kind;
import io.github.cognitoevents.model.internal.codec.Kinds;
import io.github.cognitoevents.model.internal.codec.RecordCodec;
import io.github.cognitoevents.model.internal.codec.Values;
import java.util.EnumMap;
import java.util.Map;
import java.util.function.Supplier;

/**
 * How {@link CloudTrailRecord} reads {@code requestParameters} and {@code responseElements}: with
 * the generated record of the operation named by {@code eventSource} and {@code eventName} when the
 * value is an object, else (another service, an unknown operation, a value that is not an object)
 * verbatim as {@link UntypedRequest} / {@link UntypedResponse}.
 */
final class Operations {

  static final String USER_POOLS_SOURCE = "cognito-idp.amazonaws.com";

  private static final int EVENT_SOURCE = 3;
  private static final int EVENT_NAME = 4;

  private static final Kind<RequestParameters> UNTYPED_REQUEST =
      Kinds.viaTree((json, pointer) -> new UntypedRequest(json), RequestParameters::toJson);
  private static final Kind<ResponseElements> UNTYPED_RESPONSE =
      Kinds.viaTree((json, pointer) -> new UntypedResponse(json), ResponseElements::toJson);
  private static final Map<CognitoOperation, Kind<RequestParameters>> REQUEST_KINDS =
      new EnumMap<>(CognitoOperation.class);
  private static final Map<CognitoOperation, Kind<ResponseElements>> RESPONSE_KINDS =
      new EnumMap<>(CognitoOperation.class);

  static {
    // the codecs are looked up on first use: a record class is loaded and initialised only when an
    // event of its operation is read (a Lambda function's cold start pays for its own operations)
    for (CognitoOperation operation : CognitoOperation.values()) {
      if (operation != CognitoOperation.UNKNOWN) {
        REQUEST_KINDS.put(operation, Kinds.objectOr(lazyRequest(operation), UNTYPED_REQUEST));
      }
      if (operation.hasOutput()) {
        RESPONSE_KINDS.put(operation, Kinds.objectOr(lazyResponse(operation), UNTYPED_RESPONSE));
      }
    }
  }

  private Operations() {}

  @SuppressWarnings("unchecked") // each operation's record implements RequestParameters
  private static Kind<RequestParameters> lazyRequest(CognitoOperation operation) {
    Supplier<RecordCodec<RequestParameters>> codec =
        () -> (RecordCodec<RequestParameters>) OperationCodecs.request(operation);
    return Kinds.record(codec);
  }

  @SuppressWarnings("unchecked") // each operation's record implements ResponseElements
  private static Kind<ResponseElements> lazyResponse(CognitoOperation operation) {
    Supplier<RecordCodec<ResponseElements>> codec =
        () -> (RecordCodec<ResponseElements>) OperationCodecs.response(operation);
    return Kinds.record(codec);
  }

  static Kind<?> requestKind(Values v, boolean complete) {
    if (!complete && !(v.isPresent(EVENT_SOURCE) && v.isPresent(EVENT_NAME))) {
      return null;
    }
    Kind<RequestParameters> typed =
        REQUEST_KINDS.get(CognitoOperation.of(v.get(EVENT_SOURCE), v.get(EVENT_NAME)));
    return typed != null ? typed : UNTYPED_REQUEST;
  }

  static Kind<?> responseKind(Values v, boolean complete) {
    if (!complete && !(v.isPresent(EVENT_SOURCE) && v.isPresent(EVENT_NAME))) {
      return null;
    }
    Kind<ResponseElements> typed =
        RESPONSE_KINDS.get(CognitoOperation.of(v.get(EVENT_SOURCE), v.get(EVENT_NAME)));
    return typed != null ? typed : UNTYPED_RESPONSE;
  }
}
