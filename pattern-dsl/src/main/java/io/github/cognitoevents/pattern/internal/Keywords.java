package io.github.cognitoevents.pattern.internal;

import java.util.Set;

/** The one table of EventBridge pattern keywords, used by the parser, the renderer and the DSL. */
public final class Keywords {
  /** {@code $or}. */
  public static final String OR = "$or";

  /** {@code prefix}. */
  public static final String PREFIX = "prefix";

  /** {@code suffix}. */
  public static final String SUFFIX = "suffix";

  /** {@code equals-ignore-case}. */
  public static final String EQUALS_IGNORE_CASE = "equals-ignore-case";

  /** {@code anything-but}. */
  public static final String ANYTHING_BUT = "anything-but";

  /** {@code numeric}. */
  public static final String NUMERIC = "numeric";

  /** {@code exists}. */
  public static final String EXISTS = "exists";

  /** {@code cidr}. */
  public static final String CIDR = "cidr";

  /** {@code wildcard}. */
  public static final String WILDCARD = "wildcard";

  /** {@code exactly}: event-ruler only, not accepted here (AWS support unverified). */
  public static final String EXACTLY = "exactly";

  private static final Set<String> RESERVED_IN_OR =
      Set.of(
          EXACTLY,
          EQUALS_IGNORE_CASE,
          PREFIX,
          SUFFIX,
          ANYTHING_BUT,
          EXISTS,
          WILDCARD,
          NUMERIC,
          CIDR,
          "=",
          "<",
          "<=",
          ">",
          ">=",
          "regex",
          "not-wildcard",
          "not-equals-ignore-case",
          "date-after",
          "date-on-or-after",
          "date-before",
          "date-on-or-before",
          "in-date-range",
          "ip-address-in-range",
          "ip-address-not-in-range");

  private Keywords() {}

  /**
   * Whether a key may not be used as a field name inside an {@code $or} branch.
   *
   * @param name the key
   * @return {@code true} if reserved
   */
  public static boolean isReservedInOr(String name) {
    return RESERVED_IN_OR.contains(name);
  }
}
