package io.github.cognitoevents.pattern.cognito;

import io.github.cognitoevents.pattern.cognito.CloudTrailField.ValueFormat;
import java.util.regex.Pattern;

/**
 * Checks identifier values as a rule takes them: pool ids, client ids, regions, account ids, ARNs.
 * The forms are AWS's API constraints (UserPoolIdType {@code [\w-]+_[0-9a-zA-Z]+} up to 55
 * characters with a region before the underscore, ClientIdType {@code [\w+]+} up to 128 characters)
 * and the ARN format. Messages name the method, the value's position and what is wrong, never the
 * value: a secret pasted into the wrong argument must not end up in a log.
 */
final class Identifiers {
  private static final Pattern REGION = Pattern.compile("[a-z]{2,4}(-[a-z]+)+-\\d{1,2}");
  private static final Pattern POOL_SUFFIX = Pattern.compile("[0-9A-Za-z]+");
  private static final Pattern CLIENT_ID = Pattern.compile("[\\w+]{1,128}");
  private static final Pattern ACCOUNT_ID = Pattern.compile("\\d{12}");
  private static final Pattern PARTITION = Pattern.compile("aws(-[a-z]+)*");
  private static final Pattern RESOURCE = Pattern.compile("[\\w+=,.@:/-]+");
  private static final int MAX_ARN = 2048;

  private Identifiers() {}

  /**
   * Checks one value.
   *
   * @param where the method or field, for the message
   * @param position the value's position among the arguments, from 1
   * @param format the form wanted
   * @param value a non-empty value
   * @throws InvalidCognitoRuleException if the value is not of that form
   */
  static void check(String where, int position, ValueFormat format, String value) {
    String problem = problem(format, value);
    if (problem != null) {
      throw new InvalidCognitoRuleException(
          where + ": value " + position + " is not " + describe(format) + ": " + problem);
    }
  }

  private static String describe(ValueFormat format) {
    switch (format) {
      case USER_POOL_ID:
        return "a user pool id (REGION_ID, such as us-east-1_AbCdEf123)";
      case APP_CLIENT_ID:
        return "an app client id (1 to 128 letters, digits, '_' or '+')";
      case REGION:
        return "an AWS region code (such as eu-west-1)";
      case ACCOUNT_ID:
        return "an AWS account id (12 digits)";
      case PRINCIPAL_ARN:
        return "an IAM principal ARN (arn:PARTITION:iam::ACCOUNT:... or arn:PARTITION:sts::...)";
      case ROLE_ARN:
        return "an IAM role ARN (arn:PARTITION:iam::ACCOUNT:role/NAME)";
      default:
        return "a value";
    }
  }

  /** What is wrong with the value, or null. */
  private static String problem(ValueFormat format, String value) {
    switch (format) {
      case USER_POOL_ID:
        return poolIdProblem(value);
      case APP_CLIENT_ID:
        return CLIENT_ID.matcher(value).matches()
            ? null
            : value.length() > 128
                ? value.length() + " characters"
                : "character " + (firstOutside(value, "_+") + 1) + " is not allowed";
      case REGION:
        return REGION.matcher(value).matches() ? null : "not of the form xx-name-N";
      case ACCOUNT_ID:
        return ACCOUNT_ID.matcher(value).matches() ? null : "not 12 digits";
      case PRINCIPAL_ARN:
        return arnProblem(value, false);
      case ROLE_ARN:
        return arnProblem(value, true);
      default:
        return null;
    }
  }

  private static String poolIdProblem(String value) {
    if (value.length() > 55) {
      return value.length() + " characters, at most 55";
    }
    int underscore = value.indexOf('_');
    if (underscore < 0) {
      return "no '_' between region and id";
    }
    if (!REGION.matcher(value.substring(0, underscore)).matches()) {
      return "the part before '_' is not a region code";
    }
    if (!POOL_SUFFIX.matcher(value.substring(underscore + 1)).matches()) {
      return "the part after '_' is not letters and digits";
    }
    return null;
  }

  private static String arnProblem(String value, boolean role) {
    if (value.length() > MAX_ARN) {
      return value.length() + " characters";
    }
    String[] parts = value.split(":", 6);
    if (parts.length < 6 || !parts[0].equals("arn")) {
      return "not arn:PARTITION:SERVICE:REGION:ACCOUNT:RESOURCE";
    }
    if (!PARTITION.matcher(parts[1]).matches()) {
      return "the partition is not aws, aws-cn, aws-us-gov, ...";
    }
    boolean iam = parts[2].equals("iam");
    if (role ? !iam : !iam && !parts[2].equals("sts")) {
      return "the service is not " + (role ? "iam" : "iam or sts");
    }
    if (!parts[3].isEmpty()) {
      return "IAM ARNs have no region";
    }
    if (!ACCOUNT_ID.matcher(parts[4]).matches()) {
      return "the account is not 12 digits";
    }
    String resource = parts[5];
    if (!RESOURCE.matcher(resource).matches()) {
      return "the resource is empty or has characters IAM names do not allow";
    }
    if (role && (!resource.startsWith("role/") || resource.endsWith("/"))) {
      return "the resource is not role/NAME";
    }
    return null;
  }

  private static int firstOutside(String value, String allowedPunctuation) {
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      boolean word = c < 128 && (Character.isLetterOrDigit(c) || c == '_');
      if (!word && allowedPunctuation.indexOf(c) < 0) {
        return i;
      }
    }
    return value.length();
  }
}
