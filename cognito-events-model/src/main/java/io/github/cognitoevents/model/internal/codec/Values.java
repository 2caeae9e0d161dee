package io.github.cognitoevents.model.internal.codec;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Map;

/**
 * The member values read for one record, by member index (the order of the {@link RecordCodec}
 * declaration), and its unknown fields: what a record's constructor function receives, and what a
 * {@link RecordCodec.Chooser} sees of the members read so far.
 */
public final class Values {
  static final Object MISSING = new Object();

  final Object[] slots;
  Map<String, JsonNode> unknown;

  Values(int size) {
    slots = new Object[size];
    java.util.Arrays.fill(slots, MISSING);
  }

  /**
   * The value of member {@code index}.
   *
   * @param <T> the member's Java type (unchecked: the kind declared for the member)
   * @param index the member's position in the declaration
   * @return the value; {@code null} when absent or JSON null
   */
  @SuppressWarnings("unchecked")
  public <T> T get(int index) {
    Object value = slots[index];
    return value == MISSING ? null : (T) value;
  }

  /**
   * Whether member {@code index} was present (possibly as JSON null). A {@link RecordCodec.Chooser}
   * sees only the members read before the one it chooses for.
   *
   * @param index the member's position in the declaration
   * @return whether it was read
   */
  public boolean isPresent(int index) {
    return slots[index] != MISSING;
  }

  /**
   * The unknown fields: members not declared, and the received form of declared members read as
   * JSON null or converted; in document order, frozen. Empty before the record is complete.
   *
   * @return the map, never {@code null}
   */
  public Map<String, JsonNode> unknown() {
    return unknown == null ? Frozen.unknown(null) : unknown;
  }
}
