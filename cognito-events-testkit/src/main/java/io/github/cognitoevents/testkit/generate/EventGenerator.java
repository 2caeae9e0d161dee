package io.github.cognitoevents.testkit.generate;

import io.github.cognitoevents.model.CanIgnoreReturnValue;
import io.github.cognitoevents.model.cloudtrail.CognitoOperation;
import io.github.cognitoevents.model.cloudtrail.CognitoService;
import io.github.cognitoevents.model.cloudtrail.RequestParameters;
import io.github.cognitoevents.model.cloudtrail.ResponseElements;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;

/**
 * Seeded generator of realistic EventBridge events carrying Cognito CloudTrail records ({@code
 * "detail-type": "AWS API Call via CloudTrail"}, {@code "source": "aws.cognito-idp"} or {@code
 * "aws.cognito-identity"}), for property tests, differential tests and benchmarks. The same seed
 * always yields the same sequence of events.
 *
 * <pre>{@code
 * EventGenerator events = EventGenerator.seeded(42).withQuirks(true);
 * for (int i = 0; i < 1000; i++) {
 *   String json = events.nextJson();
 *   // ... match it
 * }
 * }</pre>
 *
 * <p>Events always have the envelope TestEventPattern requires ({@code id}, {@code account}, {@code
 * source}, {@code time}, {@code region}, {@code detail-type}). The {@code detail} follows
 * CloudTrail's record shape: {@code userIdentity}, {@code eventName}, {@code sourceIPAddress}
 * (IPv4, IPv6 or a service name), {@code requestParameters} with arrays of objects ({@code
 * userAttributes}), numbers, booleans and nulls. With {@link #withQuirks(boolean) quirks} on, the
 * generator also emits the edge cases matchers get wrong: dotted keys, nested and empty arrays,
 * empty objects, number spellings such as {@code 300.0}, {@code 3e2} and {@code -0}, very long
 * integers, and non-ASCII text.
 */
public final class EventGenerator {

  private static final String[] USER_POOL_OPERATIONS = {
    "SignUp",
    "ConfirmSignUp",
    "InitiateAuth",
    "AdminInitiateAuth",
    "RespondToAuthChallenge",
    "ForgotPassword",
    "ConfirmForgotPassword",
    "AdminCreateUser",
    "AdminDeleteUser",
    "AdminUpdateUserAttributes",
    "CreateUserPool",
    "UpdateUserPool",
    "DeleteUserPool",
    "CreateUserPoolClient",
    "UpdateUserPoolClient",
    "ListUsers",
    "DescribeUserPool",
    "AdminGetUser",
    "GetUser",
    "GlobalSignOut",
    "Token_POST",
    "Login_GET",
    "Confirm_POST"
  };

  private static final String[] IDENTITY_OPERATIONS = {
    "GetId", "GetCredentialsForIdentity", "GetOpenIdToken", "CreateIdentityPool", "UnlinkIdentity"
  };

  private static final String[] REGIONS = {
    "us-east-1", "us-west-2", "eu-west-1", "eu-central-1", "ap-southeast-2", "sa-east-1"
  };

  private static final String[] ATTRIBUTE_NAMES = {
    "email", "email_verified", "phone_number", "name", "given_name", "custom:tenant", "locale"
  };

  private static final String[] AGENTS = {
    "aws-sdk-java/2.31.78 Linux/6.1 OpenJDK_64-Bit_Server_VM/17.0.12",
    "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15",
    "aws-cli/2.17.0 Python/3.11.8 Linux/5.10 exe/x86_64",
    "Boto3/1.34.0 md/Botocore#1.34.0 ua/2.0 os/linux#5.10",
    "cognito-idp.amazonaws.com"
  };

  private static final String[] ODD_TEXT = {
    "",
    " ",
    "café",
    "CAFÉ",
    "straße",
    "İstanbul",
    "ǅungla",
    "🚀 launch",
    "naïve\tTab",
    "quote\"inside",
    "back\\slash",
    "star*literal",
    "a.b.c",
    "Σίσυφος",
    "日本語テキスト",
    "null",
    "300",
    "true"
  };

  private final SplittableRandom random;
  private final boolean quirks;

  private EventGenerator(SplittableRandom random, boolean quirks) {
    this.random = random;
    this.quirks = quirks;
  }

  /**
   * A generator for the given seed, without quirks.
   *
   * @param seed the seed; equal seeds give equal sequences
   * @return the generator
   */
  public static EventGenerator seeded(long seed) {
    return new EventGenerator(new SplittableRandom(seed), false);
  }

  /**
   * A generator like this one that does or does not add edge-case values.
   *
   * @param enabled whether to add quirks
   * @return a new generator continuing from this one's random state
   */
  public EventGenerator withQuirks(boolean enabled) {
    return new EventGenerator(random.split(), enabled);
  }

  /**
   * The next event as JSON text.
   *
   * @return a complete EventBridge event, usually 2 to 4 KB
   */
  public String nextJson() {
    Json j = new Json();
    event(j);
    return j.toString();
  }

  /**
   * The next event as UTF-8 bytes.
   *
   * @return a complete EventBridge event
   */
  public byte[] nextBytes() {
    return nextJson().getBytes(StandardCharsets.UTF_8);
  }

  /**
   * A list of events.
   *
   * @param count how many
   * @return the events as JSON text
   */
  public List<String> nextJson(int count) {
    List<String> out = new ArrayList<>(count);
    for (int i = 0; i < count; i++) {
      out.add(nextJson());
    }
    return out;
  }

  /**
   * The next event for one Cognito API operation: an {@code AWS API Call via CloudTrail} event with
   * that {@code eventName}, the {@code eventSource} of its service, the operation's {@code
   * readOnly} flag and every request (and response) member its records declare; about one in six
   * fails. This method draws from the same random state as {@link #nextJson()}.
   *
   * <pre>{@code
   * String json = EventGenerator.seeded(7).nextJson(CognitoOperation.ADMIN_DELETE_USER);
   * }</pre>
   *
   * @param operation the operation, not {@link CognitoOperation#UNKNOWN}
   * @return a complete EventBridge event
   * @throws IllegalArgumentException if the operation is {@code null} or {@code UNKNOWN}
   */
  public String nextJson(CognitoOperation operation) {
    return nextJson(operation, random.nextInt(6) == 0);
  }

  /**
   * The next event for one Cognito API operation (user pools or identity pools), succeeded or
   * failed. Its {@code requestParameters} carry every member the operation's request record
   * declares, nested structures included, and a successful call of an operation with output has
   * {@code responseElements} with every member of its response record; the values are random (enum
   * members take one of their enum's values). A failed event has an {@code errorCode}, an {@code
   * errorMessage} and {@code null} {@code responseElements}, as has a successful call of an
   * operation without output.
   *
   * @param operation the operation, not {@link CognitoOperation#UNKNOWN}
   * @param failed whether the call failed
   * @return a complete EventBridge event
   * @throws IllegalArgumentException if the operation is {@code null} or {@code UNKNOWN}
   */
  public String nextJson(CognitoOperation operation, boolean failed) {
    return nextJson(operation, failed, new ModelValues(random, ModelValues.Mode.PLAIN));
  }

  /**
   * An event for one operation whose every secret or personal string (the members the model never
   * prints: passwords, tokens, codes, client secrets, user names, attribute values, where a code
   * was sent, ...) holds a distinct marker text, for tests that prove those values never reach a
   * {@code toString()}, a message or a log line.
   *
   * @param operation the operation, not {@link CognitoOperation#UNKNOWN}
   * @return the successful event and the markers it holds
   * @throws IllegalArgumentException if the operation is {@code null} or {@code UNKNOWN}
   */
  public MarkedEvent nextWithMarkedSecrets(CognitoOperation operation) {
    ModelValues values = new ModelValues(random, ModelValues.Mode.MARKED);
    String json = nextJson(operation, false, values);
    return new MarkedEvent(json, values.markers());
  }

  /**
   * An event and the secret or personal values placed in it.
   *
   * @param json the EventBridge event
   * @param markers the texts that must never be printed
   */
  public record MarkedEvent(String json, List<String> markers) {
    /**
     * Copies the markers.
     *
     * @param json the EventBridge event
     * @param markers the texts that must never be printed
     */
    public MarkedEvent {
      markers = List.copyOf(markers);
    }
  }

  String nextJson(CognitoOperation operation, boolean failed, ModelValues values) {
    if (operation == null || operation == CognitoOperation.UNKNOWN) {
      throw new IllegalArgumentException("operation must be a known operation, was " + operation);
    }
    boolean identity = operation.service() == CognitoService.IDENTITY_POOLS;
    String region = pick(REGIONS);
    String account = accountId();
    String pool = poolId(region);
    Json j = new Json();
    j.open();
    j.key("version").str("0");
    j.key("id").str(uuid());
    j.key("detail-type").str("AWS API Call via CloudTrail");
    j.key("source").str(identity ? "aws.cognito-identity" : "aws.cognito-idp");
    j.key("account").str(account);
    j.key("time").str(timestamp());
    j.key("region").str(region);
    j.key("resources").openArray().closeArray();
    j.key("detail").open();
    j.key("eventVersion").str("1.09");
    userIdentity(j, account);
    j.key("eventTime").str(timestamp());
    j.key("eventSource").str(operation.service().eventSource());
    j.key("eventName").str(operation.apiName());
    j.key("awsRegion").str(region);
    j.key("sourceIPAddress").str(sourceIp());
    j.key("userAgent").str(pick(AGENTS));
    if (failed) {
      String[][] errors = {
        {"NotAuthorizedException", "Access to the requested resource is not authorized."},
        {"ResourceNotFoundException", "User pool " + pool + " does not exist."},
        {"InvalidParameterException", "1 validation error detected."},
        {"TooManyRequestsException", "Too many requests."},
        {"UserNotFoundException", "User does not exist."}
      };
      String[] error = errors[random.nextInt(errors.length)];
      j.key("errorCode").str(error[0]);
      j.key("errorMessage").str(error[1]);
    }
    j.key("requestParameters").raw(toJson(values.record(operation.requestType())));
    j.key("responseElements");
    if (failed || operation.responseType().isEmpty()) {
      j.nul();
    } else {
      j.raw(toJson(values.record(operation.responseType().get())));
    }
    j.key("requestID").str(uuid());
    j.key("eventID").str(uuid());
    j.key("readOnly").bool(operation.isReadOnly());
    j.key("resources").openArray().open();
    j.key("accountId").str(account);
    if (identity) {
      j.key("type").str("AWS::Cognito::IdentityPool");
      j.key("ARN")
          .str("arn:aws:cognito-identity:" + region + ":" + account + ":identitypool/" + uuid());
    } else {
      j.key("type").str("AWS::Cognito::UserPool");
      j.key("ARN").str("arn:aws:cognito-idp:" + region + ":" + account + ":userpool/" + pool);
    }
    j.close().closeArray();
    j.key("eventType").str("AwsApiCall");
    j.key("managementEvent").bool(true);
    j.key("recipientAccountId").str(account);
    j.key("eventCategory").str("Management");
    j.close();
    j.close();
    return j.toString();
  }

  private static String toJson(Object record) {
    if (record instanceof RequestParameters request) {
      return request.toJson().toString();
    }
    return ((ResponseElements) record).toJson().toString();
  }

  private void event(Json j) {
    boolean identity = random.nextInt(5) == 0;
    String region = pick(REGIONS);
    String account = accountId();
    String operation = identity ? pick(IDENTITY_OPERATIONS) : pick(USER_POOL_OPERATIONS);
    j.open();
    j.key("version").str("0");
    j.key("id").str(uuid());
    j.key("detail-type")
        .str(
            operation.contains("_")
                ? "AWS Service Event via CloudTrail"
                : "AWS API Call via CloudTrail");
    j.key("source").str(identity ? "aws.cognito-identity" : "aws.cognito-idp");
    j.key("account").str(account);
    j.key("time").str(timestamp());
    j.key("region").str(region);
    j.key("resources");
    if (quirks && random.nextInt(4) == 0) {
      j.openArray();
      j.str("arn:aws:cognito-idp:" + region + ":" + account + ":userpool/" + poolId(region));
      j.closeArray();
    } else {
      j.openArray().closeArray();
    }
    j.key("detail");
    detail(j, identity, region, account, operation);
    j.close();
  }

  private void detail(Json j, boolean identity, String region, String account, String op) {
    j.open();
    j.key("eventVersion").str(random.nextBoolean() ? "1.08" : "1.09");
    userIdentity(j, account);
    j.key("eventTime").str(timestamp());
    j.key("eventSource")
        .str(identity ? "cognito-identity.amazonaws.com" : "cognito-idp.amazonaws.com");
    j.key("eventName").str(op);
    j.key("awsRegion").str(region);
    j.key("sourceIPAddress").str(sourceIp());
    j.key("userAgent").str(pick(AGENTS));
    if (random.nextInt(6) == 0) {
      j.key("errorCode")
          .str(random.nextBoolean() ? "NotAuthorizedException" : "UserNotFoundException");
      j.key("errorMessage").str("Incorrect username or password.");
    }
    j.key("requestParameters");
    requestParameters(j, region);
    j.key("responseElements");
    if (random.nextInt(3) == 0) {
      j.nul();
    } else {
      j.open();
      j.key("userConfirmed").bool(random.nextBoolean());
      j.key("userSub").str(uuid());
      j.key("codeDeliveryDetails").open();
      j.key("attributeName").str("email");
      j.key("deliveryMedium").str(random.nextBoolean() ? "EMAIL" : "SMS");
      j.key("destination").str("u***@e***");
      j.close();
      j.close();
    }
    j.key("additionalEventData").open();
    j.key("responseParameters").open().key("status").num(pick(200, 200, 200, 302, 400));
    j.close();
    j.key("userPoolDomain").str("mydomain." + region + ".amazoncognito.com");
    j.key("userPoolId").str(poolId(region));
    if (quirks) {
      quirkValues(j);
    }
    j.close();
    j.key("resources").openArray();
    int resources = 1 + random.nextInt(3);
    for (int i = 0; i < resources; i++) {
      j.open();
      j.key("accountId").str(account);
      j.key("type").str(identity ? "AWS::Cognito::IdentityPool" : "AWS::Cognito::UserPool");
      j.key("ARN")
          .str("arn:aws:cognito-idp:" + region + ":" + account + ":userpool/" + poolId(region));
      j.close();
    }
    j.closeArray();
    j.key("requestID").str(uuid());
    j.key("eventID").str(uuid());
    j.key("readOnly").bool(random.nextBoolean());
    j.key("eventType").str(op.contains("_") ? "AwsServiceEvent" : "AwsApiCall");
    j.key("managementEvent").bool(random.nextInt(4) != 0);
    j.key("recipientAccountId").str(account);
    j.key("eventCategory").str("Management");
    j.key("tlsDetails").open();
    j.key("tlsVersion").str(random.nextBoolean() ? "TLSv1.2" : "TLSv1.3");
    j.key("cipherSuite").str("TLS_AES_128_GCM_SHA256");
    j.key("clientProvidedHostHeader").str("cognito-idp." + region + ".amazonaws.com");
    j.close();
    j.close();
  }

  private void userIdentity(Json j, String account) {
    j.key("userIdentity").open();
    int kind = random.nextInt(3);
    if (kind == 0) {
      j.key("type").str("Unknown");
      j.key("principalId").str("Anonymous");
    } else {
      j.key("type").str(kind == 1 ? "IAMUser" : "AssumedRole");
      j.key("principalId").str("AIDA" + upperAlnum(16));
      j.key("arn").str("arn:aws:iam::" + account + ":user/" + word());
      j.key("accountId").str(account);
      j.key("accessKeyId").str("AKIA" + upperAlnum(16));
      if (kind == 2) {
        j.key("sessionContext").open();
        j.key("sessionIssuer").open();
        j.key("type").str("Role");
        j.key("principalId").str("AROA" + upperAlnum(16));
        j.key("arn").str("arn:aws:iam::" + account + ":role/" + word());
        j.key("accountId").str(account);
        j.key("userName").str(word());
        j.close();
        j.key("webIdFederationData").open().close();
        j.key("attributes").open();
        j.key("creationDate").str(timestamp());
        j.key("mfaAuthenticated").str(random.nextBoolean() ? "true" : "false");
        j.close();
        j.close();
      }
    }
    j.close();
  }

  private void requestParameters(Json j, String region) {
    if (random.nextInt(8) == 0) {
      j.nul();
      return;
    }
    j.open();
    j.key("userPoolId").str(poolId(region));
    j.key("clientId").str(lowerAlnum(26));
    j.key("username").str("HIDDEN_DUE_TO_SECURITY_REASONS");
    if (random.nextBoolean()) {
      j.key("authFlow").str(pick("USER_SRP_AUTH", "REFRESH_TOKEN_AUTH", "USER_PASSWORD_AUTH"));
    }
    j.key("userAttributes").openArray();
    int n = random.nextInt(quirks ? 5 : 4);
    for (int i = 0; i < n; i++) {
      j.open();
      j.key("name").str(pick(ATTRIBUTE_NAMES));
      j.key("value").str(random.nextInt(3) == 0 ? "HIDDEN_DUE_TO_SECURITY_REASONS" : word());
      j.close();
    }
    j.closeArray();
    j.key("userContextData").open().key("encodedData").str(lowerAlnum(48)).close();
    j.key("analyticsMetadata").open().key("analyticsEndpointId").str(uuid()).close();
    j.key("clientMetadata").open();
    j.key("tenant").str(word());
    j.key("requestSource").str(pick("web", "mobile", "batch"));
    j.close();
    j.key("limit").num(Integer.toString(random.nextInt(61)));
    j.key("scopes").openArray();
    int scopes = random.nextInt(3);
    for (int i = 0; i < scopes; i++) {
      j.str(pick("openid", "email", "profile", "aws.cognito.signin.user.admin"));
    }
    j.closeArray();
    j.close();
  }

  private void quirkValues(Json j) {
    int count = 1 + random.nextInt(4);
    for (int i = 0; i < count; i++) {
      switch (random.nextInt(10)) {
        case 0:
          j.key("dotted.key").str(pick(ODD_TEXT));
          break;
        case 1:
          j.key("nested").openArray();
          j.openArray().str(word()).num(number()).closeArray();
          j.openArray().closeArray();
          j.str(pick(ODD_TEXT));
          j.closeArray();
          break;
        case 2:
          j.key("empty").openArray().closeArray();
          j.key("emptyObject").open().close();
          break;
        case 3:
          j.key("amount").num(number());
          break;
        case 4:
          j.key("items").openArray();
          int items = 1 + random.nextInt(3);
          for (int k = 0; k < items; k++) {
            j.open().key("id").num(Integer.toString(k));
            j.key("tag").str(pick(ODD_TEXT)).key("ok").bool(random.nextBoolean()).close();
          }
          j.closeArray();
          break;
        case 5:
          j.key("text").str(pick(ODD_TEXT));
          break;
        case 6:
          j.key("flags").openArray().bool(true).nul().num(number()).str(word()).closeArray();
          break;
        case 7:
          j.key("clientIp").str(random.nextBoolean() ? ipv6() : ipv4Odd());
          break;
        case 8:
          j.key("maybe").nul();
          break;
        default:
          j.key("long").num(random.nextBoolean() ? "123456789012345678901234" : "9007199254740993");
          break;
      }
    }
  }

  private String number() {
    switch (random.nextInt(9)) {
      case 0:
        return "300";
      case 1:
        return "300.0";
      case 2:
        return "3e2";
      case 3:
        return "-0";
      case 4:
        return "0.1";
      case 5:
        return Integer.toString(random.nextInt(-1000, 1000));
      case 6:
        return random.nextInt(1000) + "." + random.nextInt(100);
      case 7:
        return "1.0000000000000001";
      default:
        return "-" + random.nextInt(100) + ".5e" + random.nextInt(5);
    }
  }

  private String sourceIp() {
    int kind = random.nextInt(6);
    if (kind == 0) {
      return "cognito-idp.amazonaws.com";
    }
    if (kind == 1) {
      return ipv6();
    }
    return random.nextInt(4)
        + 10
        + "."
        + random.nextInt(256)
        + "."
        + random.nextInt(256)
        + "."
        + random.nextInt(256);
  }

  private String ipv6() {
    return String.format(
        Locale.ROOT,
        "2001:db8:%x:%x::%x",
        random.nextInt(0x10000),
        random.nextInt(0x10000),
        random.nextInt(0x10000));
  }

  private String ipv4Odd() {
    return "10.0.0." + (random.nextBoolean() ? "0" : "") + random.nextInt(10);
  }

  private String accountId() {
    StringBuilder b = new StringBuilder(12);
    for (int i = 0; i < 12; i++) {
      b.append((char) ('0' + random.nextInt(10)));
    }
    return b.toString();
  }

  private String poolId(String region) {
    return region + "_" + upperAlnum(9);
  }

  private String uuid() {
    return String.format(
        Locale.ROOT,
        "%08x-%04x-4%03x-%04x-%012x",
        random.nextInt() & 0xffffffffL,
        random.nextInt(0x10000),
        random.nextInt(0x1000),
        0x8000 | random.nextInt(0x4000),
        random.nextLong() & 0xffffffffffffL);
  }

  private String timestamp() {
    return String.format(
        Locale.ROOT,
        "2026-%02d-%02dT%02d:%02d:%02dZ",
        1 + random.nextInt(12),
        1 + random.nextInt(28),
        random.nextInt(24),
        random.nextInt(60),
        random.nextInt(60));
  }

  private String word() {
    String[] words = {"alice", "bob", "carol", "dave", "Eve", "mallory", "tenant-42", "Admin"};
    return words[random.nextInt(words.length)] + (random.nextBoolean() ? "" : random.nextInt(100));
  }

  private String upperAlnum(int n) {
    return alnum(n, "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567");
  }

  private String lowerAlnum(int n) {
    return alnum(n, "abcdefghijklmnopqrstuvwxyz0123456789");
  }

  private String alnum(int n, String alphabet) {
    StringBuilder b = new StringBuilder(n);
    for (int i = 0; i < n; i++) {
      b.append(alphabet.charAt(random.nextInt(alphabet.length())));
    }
    return b.toString();
  }

  private String pick(String... options) {
    return options[random.nextInt(options.length)];
  }

  private String pick(int... options) {
    return Integer.toString(options[random.nextInt(options.length)]);
  }

  /** A tiny JSON writer that keeps number text exactly as given. */
  @CanIgnoreReturnValue // a mutable writer: its methods return this for chaining
  private static final class Json {
    private final StringBuilder b = new StringBuilder(4096);
    private boolean needComma;

    Json open() {
      comma();
      b.append('{');
      needComma = false;
      return this;
    }

    Json close() {
      b.append('}');
      needComma = true;
      return this;
    }

    Json openArray() {
      comma();
      b.append('[');
      needComma = false;
      return this;
    }

    Json closeArray() {
      b.append(']');
      needComma = true;
      return this;
    }

    Json key(String name) {
      comma();
      quote(name);
      b.append(':');
      needComma = false;
      return this;
    }

    Json str(String value) {
      comma();
      quote(value);
      needComma = true;
      return this;
    }

    Json num(String text) {
      comma();
      b.append(text);
      needComma = true;
      return this;
    }

    Json bool(boolean value) {
      comma();
      b.append(value);
      needComma = true;
      return this;
    }

    Json nul() {
      comma();
      b.append("null");
      needComma = true;
      return this;
    }

    Json raw(String json) {
      comma();
      b.append(json);
      needComma = true;
      return this;
    }

    private void comma() {
      if (needComma) {
        b.append(',');
        needComma = false;
      }
    }

    private void quote(String s) {
      b.append('"');
      for (int i = 0; i < s.length(); i++) {
        char c = s.charAt(i);
        if (c == '"' || c == '\\') {
          b.append('\\').append(c);
        } else if (c < 0x20) {
          b.append(String.format(Locale.ROOT, "\\u%04x", (int) c));
        } else {
          b.append(c);
        }
      }
      b.append('"');
    }

    @Override
    public String toString() {
      return b.toString();
    }
  }
}
