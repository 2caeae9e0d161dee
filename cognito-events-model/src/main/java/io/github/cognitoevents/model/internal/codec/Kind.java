package io.github.cognitoevents.model.internal.codec;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;
import io.github.cognitoevents.model.PersonalData;
import java.io.IOException;

/**
 * The JSON kind of a member value and how to read, write and print it. Instances come from {@link
 * Kinds}; a {@link RecordCodec} holds one per member.
 *
 * @param <T> the Java type of the value
 */
public abstract class Kind<T> {
  private final String expected;
  private final String plural;

  Kind(String expected, String plural) {
    this.expected = expected;
    this.plural = plural;
  }

  /**
   * What a value of this kind must be, for messages: {@code "a string"}, {@code "an object of
   * strings"}.
   *
   * @return the description
   */
  public final String expected() {
    return expected;
  }

  /** The plural description, for containers of this kind: {@code "strings"}. */
  final String plural() {
    return plural;
  }

  /**
   * Reads a value; the parser is at its first token, which is not {@code VALUE_NULL}. A value read
   * from a form other than its canonical one {@link JsonIn#retain(JsonNode) retains} that form.
   *
   * @param in the reader
   * @return the value
   * @throws IOException if the parser fails
   */
  abstract T read(JsonIn in) throws IOException;

  /** The value of a JSON null inside a list or map. */
  T readNullElement() {
    return null;
  }

  /** Writes a non-null value. */
  abstract void write(T value, JsonGenerator g) throws IOException;

  /**
   * Whether a received form, kept in the unknown fields, still reads as {@code value}; the writer
   * then writes the received form instead of the canonical one.
   */
  boolean denotes(JsonNode raw, Object value) {
    return raw.isNull() && value == null;
  }

  /**
   * Whether CloudTrail's marker ({@code HIDDEN_DUE_TO_SECURITY_REASONS}) where this kind expects an
   * object or an array reads as an absent value, the marker kept in the unknown fields under the
   * member's name and written back in place. CloudTrail hides whole members the service model does
   * not mark sensitive (a challenge's parameters, a list of attributes); without this, one such
   * member would make the whole record unreadable. Members that may be hidden by design are {@code
   * Redactable} instead, which reads the marker as a value.
   */
  boolean hiddenReadsAsAbsent() {
    return false;
  }

  static boolean isMarker(JsonNode raw) {
    return raw.isTextual()
        && io.github.cognitoevents.model.cloudtrail.Redactable.isMarker(raw.textValue());
  }

  /** The canonical JSON of a non-null value, frozen. */
  JsonNode node(T value) {
    return Json.frozenOf(g -> write(value, g));
  }

  /** Appends what {@code toString()} shows of a non-null value under a sensitivity. */
  void print(Object value, Sensitivity sensitivity, StringBuilder out) {
    out.append(visible(sensitivity) ? String.valueOf(value) : Kinds.MASK);
  }

  /** Whether a scalar of this sensitivity is shown in clear. */
  static boolean visible(Sensitivity sensitivity) {
    return sensitivity == Sensitivity.NONE
        || (sensitivity == Sensitivity.PERSONAL && PersonalData.isShown());
  }
}
