package io.github.cognitoevents.model.internal.codec;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Map;

/**
 * The member values read for one record, by member index (the order of the {@link RecordCodec}
 * declaration), and its unknown fields: what a record's constructor function receives, and what a
 * {@link RecordCodec.Chooser} sees of the members read so far.
 */
public final class Values {
  final Object[] slots;
  private long present; // members 0 to 63 read, by bit
  private final long[] presentHigh; // members 64 on, for the few records that have more
  Map<String, JsonNode> unknown;
  private Object memo;

  Values(int size) {
    slots = new Object[size];
    presentHigh = size > 64 ? new long[(size - 1) >>> 6] : null;
  }

  /** Notes that member {@code index} was read (its slot holds its value, or null). */
  void mark(int index) {
    if (index < 64) {
      present |= 1L << index;
    } else {
      presentHigh[(index >>> 6) - 1] |= 1L << (index & 63);
    }
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
    return (T) slots[index];
  }

  /**
   * Whether member {@code index} was present (possibly as JSON null). A {@link RecordCodec.Chooser}
   * sees only the members read before the one it chooses for.
   *
   * @param index the member's position in the declaration
   * @return whether it was read
   */
  public boolean isPresent(int index) {
    return index < 64
        ? (present & (1L << index)) != 0
        : (presentHigh[(index >>> 6) - 1] & (1L << (index & 63))) != 0;
  }

  /**
   * What a chooser or constructor noted for this record, to decide once what depends only on the
   * members read (a trigger's slot, from its {@code triggerSource}).
   *
   * @return the note, or {@code null}
   */
  public Object memo() {
    return memo;
  }

  /**
   * Notes a decision for this record.
   *
   * @param note the note
   */
  public void memo(Object note) {
    memo = note;
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
