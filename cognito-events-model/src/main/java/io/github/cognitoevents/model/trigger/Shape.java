package io.github.cognitoevents.model.trigger;

import io.github.cognitoevents.model.internal.JsonCursor;
import java.util.function.Function;

/**
 * How one event record is read: the readers of its {@code request} and {@code response} values and
 * the constructor that assembles the record.
 *
 * @param <E> the event record
 */
final class Shape<E extends TriggerEvent> {
  /** Assembles an event from its parts. */
  @FunctionalInterface
  interface Assembler<E> {
    E assemble(TriggerHeader header, Object request, Object response);
  }

  final Class<E> type;
  final Function<JsonCursor, Object> request;
  final Function<JsonCursor, Object> response;
  final Assembler<E> assembler;

  /**
   * Creates a shape.
   *
   * @param type the record
   * @param request reads the current {@code request} value
   * @param response reads the current {@code response} value; {@code null} when the record has no
   *     response (the member, if present, is kept as an unknown field)
   * @param assembler builds the record
   */
  Shape(
      Class<E> type,
      Function<JsonCursor, Object> request,
      Function<JsonCursor, Object> response,
      Assembler<E> assembler) {
    this.type = type;
    this.request = request;
    this.response = response;
    this.assembler = assembler;
  }
}
