package io.github.cognitoevents.benchmarks;

import io.github.cognitoevents.model.cloudtrail.CognitoOperation;
import io.github.cognitoevents.model.cloudtrail.CognitoService;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Distinct, realistic EventBridge rules on Cognito API calls, as a team monitoring several user
 * pools and accounts writes them: the first is the seed rule (client updates and deletions); the
 * others pair one Cognito operation with one of nine shapes seen in real rule sets (a user pool, a
 * failed call, a source network, a principal type and account, an {@code $or} on the error, an SDK,
 * a negation, a numeric setting, a region). Rule {@code i} is the same in every run.
 *
 * <p>Most rules name one operation, so an event can fire only the few rules on its own operation,
 * as in a real event bus; a handful use {@code prefix} or {@code anything-but} on the operation and
 * see every event.
 */
public final class RealisticRules {

  private static final String ENVELOPE =
      "\"source\":[\"aws.cognito-idp\"],\"detail-type\":[\"AWS API Call via CloudTrail\"],";

  private RealisticRules() {}

  /**
   * The first {@code n} rules.
   *
   * @param n how many, 1 to 1,261 (140 user-pool operations, 9 shapes, the seed rule)
   * @return distinct pattern JSON, the seed rule first
   */
  public static List<String> first(int n) {
    // the user-pool operations: these rules select aws.cognito-idp events
    CognitoOperation[] ops =
        java.util.Arrays.stream(CognitoOperation.values())
            .filter(op -> op.service() == CognitoService.USER_POOLS)
            .toArray(CognitoOperation[]::new);
    int shapes = 9;
    if (n < 1 || n > 1 + ops.length * shapes) {
      throw new IllegalArgumentException("between 1 and " + (1 + ops.length * shapes) + ": " + n);
    }
    Set<String> rules = new LinkedHashSet<>();
    rules.add(
        "{"
            + ENVELOPE
            + "\"detail\":{\"eventSource\":[\"cognito-idp.amazonaws.com\"],"
            + "\"eventName\":[\"DeleteUserPoolClient\",\"UpdateUserPoolClient\"]}}");
    for (int i = 0; rules.size() < n; i++) {
      String op = ops[i % ops.length].apiName();
      int shape = (i / ops.length) % shapes;
      rules.add(rule(op, shape, i));
    }
    return new ArrayList<>(rules);
  }

  private static String rule(String op, int shape, int i) {
    String name = "\"eventName\":[\"" + op + "\"]";
    switch (shape) {
      case 0:
        return "{"
            + ENVELOPE
            + "\"detail\":{\"eventSource\":[\"cognito-idp.amazonaws.com\"],"
            + name
            + ",\"requestParameters\":{\"userPoolId\":[\"us-east-1_EXAMPLE"
            + (i % 7 == 0 ? "1" : Integer.toString(i))
            + "\"]}}}";
      case 1:
        return "{" + ENVELOPE + "\"detail\":{" + name + ",\"errorCode\":[{\"exists\":true}]}}";
      case 2:
        return "{"
            + ENVELOPE
            + "\"detail\":{"
            + name
            + ",\"sourceIPAddress\":[{\"cidr\":\"198.51."
            + (i % 200)
            + ".0/24\"}]}}";
      case 3:
        return "{"
            + ENVELOPE
            + "\"account\":[\""
            + (111122220000L + i)
            + "\"],\"detail\":{"
            + name
            + ",\"userIdentity\":{\"type\":[\"AssumedRole\",\"IAMUser\"]}}}";
      case 4:
        return "{"
            + ENVELOPE
            + "\"detail\":{\"eventSource\":[\"cognito-idp.amazonaws.com\"],\"$or\":[{"
            + name
            + "},{\"errorCode\":[{\"prefix\":\""
            + op
            + "\"}]}]}}";
      case 5:
        return "{"
            + ENVELOPE
            + "\"detail\":{"
            + name
            + ",\"userAgent\":[{\"wildcard\":\"aws-cli/"
            + (i % 3 + 1)
            + ".*\"}]}}";
      case 6:
        return "{"
            + ENVELOPE
            + "\"region\":[{\"anything-but\":[\"cn-north-1\",\"cn-northwest-1\"]}],\"detail\":{"
            + name
            + ",\"readOnly\":[false],\"recipientAccountId\":[{\"anything-but\":\""
            + (999900000000L + i)
            + "\"}]}}";
      case 7:
        return "{"
            + ENVELOPE
            + "\"detail\":{"
            + name
            + ",\"responseElements\":{\"userPoolClient\":{\"refreshTokenValidity\":"
            + "[{\"numeric\":[\">\","
            + (i % 30)
            + "]}]}}}}";
      default:
        return "{"
            + ENVELOPE
            + "\"region\":[\""
            + REGIONS[i % REGIONS.length]
            + "\"],\"detail\":{\"eventName\":[{\"prefix\":\""
            + op.substring(0, Math.min(op.length(), 5 + i % 4))
            + "\"},\""
            + op
            + "\"]}}";
    }
  }

  private static final String[] REGIONS = {
    "us-east-1", "us-east-2", "us-west-2", "eu-west-1", "eu-central-1", "ap-southeast-2"
  };
}
