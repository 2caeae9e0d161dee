package io.github.cognitoevents.pattern;

/**
 * The {@code cidr} operator: {@code {"cidr":"10.0.0.0/24"}} (IPv4 or IPv6).
 *
 * @param text the range as written
 */
public record Cidr(String text) implements Condition, TypedMatch<JsonKind.StringValue> {

  /**
   * Checks the range as EventBridge does.
   *
   * @throws InvalidEventPatternException with EventBridge's CIDR messages, for example {@code
   *     Malformed CIDR, one '/' required}
   */
  public Cidr {
    java.util.Objects.requireNonNull(text, "text");
    String error = io.github.cognitoevents.pattern.internal.Checks.cidrError(text);
    if (error != null) {
      throw new InvalidEventPatternException(error);
    }
  }

  /**
   * Calls the visitor's method for this operator.
   *
   * @param visitor the visitor
   * @param <R> what the visitor returns
   * @return the visitor's result
   */
  @Override
  public <R> R accept(ConditionVisitor<R> visitor) {
    return visitor.visitCidr(this);
  }

  /**
   * The compact JSON of this condition.
   *
   * @return compact JSON
   */
  @Override
  public String toString() {
    return Renderer.compact(this);
  }
}
