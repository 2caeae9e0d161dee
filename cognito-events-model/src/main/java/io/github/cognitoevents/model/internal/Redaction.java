package io.github.cognitoevents.model.internal;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.cognitoevents.model.cloudtrail.Redactable;
import java.util.Map;
import java.util.StringJoiner;

/**
 * The one place that decides how secrets appear in {@code toString()}: builds texts that never
 * print secrets: secret values appear as {@code ***} (or {@code null}), maps that may carry secrets
 * show their keys only, and unknown-field maps show their names only.
 *
 * <pre>{@code
 * return Redaction.of("Request")
 *     .field("userAttributes", userAttributes)
 *     .secret("password", password)
 *     .keysOnly("clientMetadata", clientMetadata)
 *     .unknown(unknownFields)
 *     .toString();
 * }</pre>
 */
public final class Redaction {
  /** What a redacted value prints as. */
  public static final String MASK = "***";

  private final StringJoiner joiner;

  private Redaction(String name) {
    this.joiner = new StringJoiner(", ", name + "[", "]");
  }

  /**
   * Starts a text for a record named {@code name}.
   *
   * @param name the simple record name
   * @return a builder
   */
  public static Redaction of(String name) {
    return new Redaction(name);
  }

  /**
   * Adds a field printed as it is.
   *
   * @param name the field name
   * @param value the value
   * @return this builder
   */
  public Redaction field(String name, Object value) {
    joiner.add(name + "=" + value);
    return this;
  }

  /**
   * Adds a secret field, shown as {@link #mask(Object)} shows it: {@code null} when absent, a
   * redaction marker as the marker, {@code ***} otherwise.
   *
   * @param name the field name
   * @param value the value
   * @return this builder
   */
  public Redaction secret(String name, Object value) {
    joiner.add(name + "=" + mask(value));
    return this;
  }

  /**
   * Adds a map whose values are masked: {@code {key=***, ...}}.
   *
   * @param name the field name
   * @param map the map, may be {@code null}
   * @return this builder
   */
  public Redaction keysOnly(String name, Map<String, ?> map) {
    joiner.add(name + "=" + masked(map));
    return this;
  }

  /**
   * Adds an unknown-fields map by member names only, and only when it is not empty.
   *
   * @param unknownFields the map
   * @return this builder
   */
  public Redaction unknown(Map<String, JsonNode> unknownFields) {
    if (unknownFields != null && !unknownFields.isEmpty()) {
      joiner.add("unknownFields=" + unknownFields.keySet());
    }
    return this;
  }

  /**
   * Shows one secret value on its own: {@code null} as {@code null}, a {@link Redactable} marker (a
   * value CloudTrail already redacted) as the marker, anything else as {@value #MASK}.
   *
   * @param value the secret
   * @return the text to show
   */
  public static String mask(Object value) {
    if (value == null) {
      return "null";
    }
    if (value instanceof Redactable.Redacted<?> redacted) {
      return redacted.marker();
    }
    return MASK;
  }

  /**
   * A map with every value replaced by {@code ***}.
   *
   * @param map the map, may be {@code null}
   * @return the text
   */
  public static String masked(Map<String, ?> map) {
    if (map == null) {
      return "null";
    }
    StringJoiner j = new StringJoiner(", ", "{", "}");
    map.keySet().forEach(k -> j.add(k + "=" + MASK));
    return j.toString();
  }

  @Override
  public String toString() {
    return joiner.toString();
  }
}
