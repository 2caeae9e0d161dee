package io.github.cognitoevents.pattern.internal;

import java.math.BigDecimal;
import java.net.InetAddress;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Checks of strings and numbers shared by the parser and the model, each returning EventBridge's
 * reason or {@code null} when the value is valid. They know nothing of the pattern model.
 */
public final class Checks {
  private static final Pattern JSON_NUMBER =
      Pattern.compile("-?(?:0|[1-9][0-9]*)(?:\\.[0-9]+)?(?:[eE][+-]?[0-9]+)?");
  private static final Pattern IPV4 = Pattern.compile("[0-9]+\\.[0-9]+\\.[0-9]+\\.[0-9]+");
  private static final Pattern IPV6 = Pattern.compile("[0-9a-fA-F:]*:[0-9a-fA-F:]*");

  /** Reason for a {@code null}, boolean or object as the single anything-but value. */
  public static final String ANYTHING_BUT_VALUE =
      "Value of anything-but must be an array or single string/number value.";

  /** Reason for a non-string, non-number in an anything-but list. */
  public static final String ANYTHING_BUT_LIST_TYPE =
      "Inside anything but list, start|null|boolean is not supported.";

  /** Reason for a mixed or empty anything-but list. */
  public static final String ANYTHING_BUT_LIST_MIXED =
      "Inside anything but list, either all values are number or string, mixed type is not"
          + " supported";

  /** Reason for a non-string in anything-but equals-ignore-case. */
  public static final String ANYTHING_BUT_IGNORE_CASE_TYPE =
      "Inside anything-but/equals-ignore-case list, number|start|null|boolean is not supported.";

  /** Reason for a non-string in anything-but prefix or suffix. */
  public static final String ANYTHING_BUT_PREFIX_SUFFIX_TYPE =
      "prefix/suffix match pattern must be a string";

  /** Reason for an empty anything-but prefix or suffix. */
  public static final String NULL_PREFIX_SUFFIX = "Null prefix/suffix not allowed";

  /** Reason for a non-string wildcard. */
  public static final String WILDCARD_TYPE = "wildcard match pattern must be a string";

  /** Reason for an empty anything-but prefix/suffix/equals-ignore-case/wildcard list. */
  public static final String EMPTY_ARRAY = "Empty arrays are not allowed";

  private Checks() {}

  /**
   * Whether the text is a JSON number.
   *
   * @param text the text
   * @return {@code true} if it follows JSON number syntax
   */
  public static boolean isJsonNumber(String text) {
    return JSON_NUMBER.matcher(text).matches();
  }

  /**
   * Whether a number round-trips exactly through a {@code double} (event-ruler's comparable
   * numbers).
   *
   * @param text JSON number text
   * @return {@code true} if comparable
   */
  public static boolean isComparable(String text) {
    try {
      BigDecimal decimal = new BigDecimal(text);
      double d = decimal.doubleValue();
      return Double.isFinite(d) && BigDecimal.valueOf(d).compareTo(decimal) == 0;
    } catch (NumberFormatException | ArithmeticException e) {
      return false;
    }
  }

  /**
   * The reason a number cannot be an operand, or {@code null}.
   *
   * @param text JSON number text
   * @return {@code Cannot compare number : <text>}, {@code value exceeds limits} when the exponent
   *     is out of range, or {@code null}
   */
  public static String comparableError(String text) {
    try {
      new BigDecimal(text);
    } catch (NumberFormatException e) {
      // the exponent is out of range; event-ruler's decimal parser reports it this way
      return "value exceeds limits";
    }
    return isComparable(text) ? null : "Cannot compare number : " + text;
  }

  /**
   * Checks a wildcard pattern's syntax.
   *
   * @param pattern the raw pattern
   * @return the reason, or {@code null} if valid
   */
  public static String wildcardError(String pattern) {
    byte[] bytes = ('"' + pattern + '"').getBytes(StandardCharsets.UTF_8);
    for (int i = 0; i < bytes.length; i++) {
      if (bytes[i] == '*') {
        if (i + 1 < bytes.length && bytes[i + 1] == '*') {
          return "Consecutive wildcard characters at pos " + i;
        }
      } else if (bytes[i] == '\\') {
        if (i + 1 < bytes.length && (bytes[i + 1] == '*' || bytes[i + 1] == '\\')) {
          i++;
        } else {
          return "Invalid escape character at pos " + i;
        }
      }
    }
    return null;
  }

  /**
   * Checks a CIDR range as event-ruler does.
   *
   * @param cidr the range text
   * @return the reason, or {@code null} if valid
   */
  public static String cidrError(String cidr) {
    String[] slashed = cidr.split("/");
    if (slashed.length != 2) {
      return "Malformed CIDR, one '/' required";
    }
    int maskBits;
    try {
      maskBits = Integer.parseInt(slashed[1]);
    } catch (NumberFormatException e) {
      return "Malformed CIDR, mask bits must be an integer";
    }
    if (maskBits < 0) {
      return "Malformed CIDR, mask bits must not be negative";
    }
    String ip = slashed[0];
    int length = ipLength(ip);
    if (length < 0) {
      return "Invalid IP address: " + ip;
    }
    if (length != 4 && length != 16) {
      return "Nonstandard IP address: " + ip;
    }
    if (length == 4 && maskBits > 31) {
      return "IPv4 mask bits must be < 32";
    }
    if (length == 16 && maskBits > 127) {
      return "IPv6 mask bits must be < 128";
    }
    return null;
  }

  /**
   * The address length of an IP literal: 4, 16, 0 when it does not look like an IP address, -1 when
   * it looks like one but is invalid. Never performs a DNS lookup.
   */
  private static int ipLength(String ip) {
    boolean v4 = IPV4.matcher(ip).matches();
    boolean v6 = !v4 && IPV6.matcher(ip).matches();
    if (!v4 && !v6) {
      return 0;
    }
    if (v4) {
      for (String part : ip.split("\\.")) {
        String digits = part.replaceFirst("^0+(?=.)", "");
        if (digits.length() > 3 || Integer.parseInt(digits) > 255) {
          return -1;
        }
      }
    }
    try {
      return InetAddress.getByName(ip).getAddress().length;
    } catch (Exception e) {
      return -1;
    }
  }

  /**
   * Checks the values of an {@code anything-but} with prefix, suffix, equals-ignore-case or
   * wildcard.
   *
   * @param kind the inner keyword ({@link Keywords#PREFIX} and so on)
   * @param values the values
   * @param list whether the array form is used
   * @return the reason, or {@code null} if valid
   */
  public static String anythingButStringsError(String kind, List<String> values, boolean list) {
    if (!list && values.size() != 1) {
      throw new IllegalArgumentException(
          "the single-value form takes exactly one value, got " + values.size());
    }
    if (values.isEmpty()) {
      return EMPTY_ARRAY;
    }
    boolean prefixOrSuffix = Keywords.PREFIX.equals(kind) || Keywords.SUFFIX.equals(kind);
    for (String value : values) {
      if (value == null) {
        throw new NullPointerException("values must not contain null");
      }
      if (prefixOrSuffix && value.isEmpty()) {
        return NULL_PREFIX_SUFFIX;
      }
    }
    if (Keywords.WILDCARD.equals(kind)) {
      return firstWildcardError(values);
    }
    return null;
  }

  /**
   * The wildcard error event-ruler reports for a list of wildcard values: it checks them in the
   * iteration order of a hash set.
   *
   * @param values the wildcard values
   * @return the reason, or {@code null} if all are valid
   */
  public static String firstWildcardError(List<String> values) {
    Set<String> quoted = new HashSet<>();
    for (String value : values) {
      quoted.add('"' + value + '"');
    }
    for (String q : quoted) {
      String error = wildcardError(q.substring(1, q.length() - 1));
      if (error != null) {
        return error;
      }
    }
    return null;
  }
}
