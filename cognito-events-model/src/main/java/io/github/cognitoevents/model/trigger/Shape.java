package io.github.cognitoevents.model.trigger;

import io.github.cognitoevents.model.internal.codec.Kind;
import io.github.cognitoevents.model.internal.codec.Kinds;
import io.github.cognitoevents.model.internal.codec.RecordCodec;
import io.github.cognitoevents.model.internal.codec.Sensitivity;
import io.github.cognitoevents.model.internal.codec.Values;
import java.util.function.Function;

/**
 * What one event record is made of: the header members every trigger shares, the kinds of its
 * {@code request} and {@code response}, and the constructor. {@link TriggerEvents} reads with the
 * shape its {@code triggerSource} picks; {@link #codec()} is the record's own codec (writing,
 * printing, the Jackson module).
 *
 * <p>The members are, by index: 0 {@code version}, 1 {@code triggerSource}, 2 {@code region}, 3
 * {@code userPoolId}, 4 {@code userName}, 5 {@code callerContext}, 6 {@code request}, 7 {@code
 * response}; the header's unknown fields are the event's top-level unknown members.
 *
 * @param <E> the event record
 */
final class Shape<E extends TriggerEvent> {
  /** Assembles an event from its parts. */
  @FunctionalInterface
  interface Assembler<E, Q, S> {
    E assemble(TriggerHeader header, Q request, S response);
  }

  final Class<E> type;
  final Kind<?> request;

  /** {@code null} when the record has no response: the member is then an unknown field. */
  final Kind<?> response;

  private final Function<Values, E> constructor;
  private final Function<E, Object> requestAccessor;
  private final Function<E, Object> responseAccessor;

  private <Q, S> Shape(
      Class<E> type,
      Kind<Q> request,
      Function<E, Q> requestAccessor,
      Kind<S> response,
      Function<E, S> responseAccessor,
      Assembler<E, Q, S> assembler) {
    this.type = type;
    this.request = request;
    this.response = response;
    this.requestAccessor = requestAccessor::apply;
    this.responseAccessor = responseAccessor == null ? null : responseAccessor::apply;
    this.constructor =
        v ->
            assembler.assemble(
                TriggerHeader.of(v), v.<Q>get(6), response == null ? null : v.<S>get(7));
  }

  /** The shape of a record with a request and a response. */
  static <E extends TriggerEvent, Q, S> Shape<E> of(
      Class<E> type,
      Kind<Q> request,
      Function<E, Q> requestAccessor,
      Kind<S> response,
      Function<E, S> responseAccessor,
      Assembler<E, Q, S> assembler) {
    return new Shape<>(type, request, requestAccessor, response, responseAccessor, assembler);
  }

  /** The shape of a record without a response (the custom senders). */
  static <E extends TriggerEvent, Q> Shape<E> withoutResponse(
      Class<E> type,
      Kind<Q> request,
      Function<E, Q> requestAccessor,
      Assembler<E, Q, Void> assembler) {
    return new Shape<E>(type, request, requestAccessor, null, null, assembler);
  }

  /** Builds the event from the members read (header members, request, response). */
  E construct(Values values) {
    return constructor.apply(values);
  }

  /** The record's own codec: header members, request, response, the header's unknown fields. */
  RecordCodec<E> codec() {
    RecordCodec.Builder<E> b = header(RecordCodec.builder(type), Kinds.STRING);
    b.field("request", object(request), requestAccessor);
    if (response != null) {
      b.field("response", object(response), responseAccessor);
    }
    return b.build(this::construct);
  }

  @SuppressWarnings("unchecked")
  private static Kind<Object> object(Kind<?> kind) {
    return (Kind<Object>) kind;
  }

  /** Declares the header members, reading {@code triggerSource} with {@code sourceKind}. */
  static <E extends TriggerEvent> RecordCodec.Builder<E> header(
      RecordCodec.Builder<E> b, Kind<String> sourceKind) {
    return b.field("version", Kinds.STRING, e -> e.header().version())
        .field("triggerSource", sourceKind, e -> e.header().triggerSource())
        .field("region", Kinds.STRING, e -> e.header().region())
        .field("userPoolId", Kinds.STRING, e -> e.header().userPoolId())
        .field("userName", Kinds.STRING, Sensitivity.PERSONAL, e -> e.header().userName())
        .field(
            "callerContext",
            Kinds.record(() -> CallerContext.CODEC),
            e -> e.header().callerContext())
        .unknownFields(e -> e.header().unknownFields());
  }
}
