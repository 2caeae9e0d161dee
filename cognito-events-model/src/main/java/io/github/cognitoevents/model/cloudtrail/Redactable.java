package io.github.cognitoevents.model.cloudtrail;

import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;

/**
 * A value that CloudTrail may have hidden. Cognito replaces sensitive members (passwords, tokens,
 * user names, a whole {@code authParameters} map, ...) with the string {@value #MARKER} (the
 * documentation also spells it {@value #ALTERNATE_MARKER}); a typed field that may be hidden is a
 * {@code Redactable}, so a hidden map never breaks parsing.
 *
 * <pre>{@code
 * Redactable<Map<String, String>> params = request.authParameters();
 * if (params instanceof Redactable.Present<Map<String, String>> p) {
 *   use(p.value());
 * }
 * String shown = request.username().orElse("(hidden)");
 * }</pre>
 *
 * @param <T> the type of the value when it is present
 */
public sealed interface Redactable<T> permits Redactable.Present, Redactable.Redacted {

  /** The marker CloudTrail writes in place of a hidden value. */
  String MARKER = "HIDDEN_DUE_TO_SECURITY_REASONS";

  /** The marker spelling used by part of the Cognito documentation. */
  String ALTERNATE_MARKER = "HIDDEN_FOR_SECURITY_REASONS";

  /**
   * Whether {@code text} is one of the redaction markers.
   *
   * @param text a string, may be {@code null}
   * @return whether it is {@value #MARKER} or {@value #ALTERNATE_MARKER}
   */
  static boolean isMarker(String text) {
    return MARKER.equals(text) || ALTERNATE_MARKER.equals(text);
  }

  /**
   * A present value.
   *
   * @param value the value, not {@code null}
   * @param <T> its type
   * @return the redactable
   */
  static <T> Redactable<T> of(T value) {
    return new Present<>(value);
  }

  /**
   * A hidden value with the usual marker {@value #MARKER}.
   *
   * @param <T> the type the value would have
   * @return the redactable
   */
  static <T> Redactable<T> redacted() {
    return new Redacted<>(MARKER);
  }

  /**
   * A hidden value with the given marker.
   *
   * @param marker the marker text as sent
   * @param <T> the type the value would have
   * @return the redactable
   */
  static <T> Redactable<T> redacted(String marker) {
    return new Redacted<>(marker);
  }

  /**
   * Whether the value was hidden.
   *
   * @return {@code true} for {@link Redacted}
   */
  default boolean isRedacted() {
    return this instanceof Redacted;
  }

  /**
   * The value if present.
   *
   * @return the value, or empty when hidden
   */
  default Optional<T> asOptional() {
    return this instanceof Present<T> p ? Optional.of(p.value()) : Optional.empty();
  }

  /**
   * The value, which must not be hidden.
   *
   * @return the value
   * @throws java.util.NoSuchElementException when CloudTrail hid it (the message names the marker,
   *     which is all there is)
   */
  default T orElseThrow() {
    if (this instanceof Present<T> p) {
      return p.value();
    }
    throw new java.util.NoSuchElementException(
        "the value is hidden: " + ((Redacted<T>) this).marker());
  }

  /**
   * The value, or {@code other} when hidden.
   *
   * @param other the fallback
   * @return the value or the fallback
   */
  default T orElse(T other) {
    return this instanceof Present<T> p ? p.value() : other;
  }

  /**
   * Transforms a present value; a hidden value stays hidden.
   *
   * @param mapper the transformation
   * @param <R> the result type
   * @return the transformed redactable
   */
  default <R> Redactable<R> map(Function<? super T, ? extends R> mapper) {
    if (this instanceof Present<T> p) {
      return new Present<>(mapper.apply(p.value()));
    }
    return new Redacted<>(((Redacted<T>) this).marker());
  }

  /**
   * A value that CloudTrail delivered.
   *
   * @param value the value
   * @param <T> its type
   */
  record Present<T>(T value) implements Redactable<T> {
    /**
     * Creates a present value.
     *
     * @param value the value, not {@code null}
     */
    public Present {
      Objects.requireNonNull(value, "value");
    }
  }

  /**
   * A value that CloudTrail replaced by a marker.
   *
   * @param marker the marker as sent, normally {@value Redactable#MARKER}
   * @param <T> the type the value would have
   */
  record Redacted<T>(String marker) implements Redactable<T> {
    /**
     * Creates a hidden value.
     *
     * @param marker the marker, not {@code null}
     */
    public Redacted {
      Objects.requireNonNull(marker, "marker");
    }

    @Override
    public String toString() {
      return marker;
    }
  }
}
