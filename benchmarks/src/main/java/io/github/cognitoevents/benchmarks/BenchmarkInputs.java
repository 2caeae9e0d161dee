package io.github.cognitoevents.benchmarks;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * The inputs every benchmark shares: realistic Cognito CloudTrail events in their EventBridge
 * envelope, realistic trigger events, and the three rules of the matching benchmark.
 *
 * <p>The events are stored pretty-printed under {@code src/main/resources} so they can be read and
 * reviewed; {@link #cloudTrailEvent(CloudTrailEvent)} hands out the compact form that EventBridge
 * delivers, which is what the matchers see.
 */
public final class BenchmarkInputs {

  private static final String ROOT = "/io/github/cognitoevents/benchmarks/";

  private BenchmarkInputs() {}

  /** The CloudTrail events of the matching benchmark, each an "AWS API Call via CloudTrail". */
  public enum CloudTrailEvent {
    /** A successful UpdateUserPoolClient with its full request and response: 3.7 KB. */
    UpdateUserPoolClient("update-user-pool-client.json"),
    /** A DeleteUserPoolClient from a Terraform run; responseElements is null: 2.2 KB. */
    DeleteUserPoolClient("delete-user-pool-client.json"),
    /** A failed AdminInitiateAuth (NotAuthorizedException) with redacted parameters: 2.5 KB. */
    AdminInitiateAuth("admin-initiate-auth.json"),
    /** A CreateUserPool from CloudFormation, with a nested request and response: 3.0 KB. */
    CreateUserPool("create-user-pool.json");

    private final String file;

    CloudTrailEvent(String file) {
      this.file = file;
    }

    /**
     * The resource file name.
     *
     * @return the file name under {@code cloudtrail/}
     */
    public String file() {
      return file;
    }
  }

  /** The rules of the matching benchmark. */
  public enum Rule {
    /**
     * (a) The seed rule: Cognito user-pool client updates and deletions via CloudTrail. Matches
     * UpdateUserPoolClient and DeleteUserPoolClient.
     */
    SEED(
        "{\"source\":[\"aws.cognito-idp\"],\"detail\":{\"eventSource\":[\"cognito-idp.amazonaws.com\"],"
            + "\"eventType\":[\"AwsApiCall\"],"
            + "\"eventName\":[\"DeleteUserPoolClient\",\"UpdateUserPoolClient\"]}}"),
    /**
     * (b) Six conditions, one per operator: prefix, anything-but, cidr, wildcard, numeric and
     * {@code $or}. Matches UpdateUserPoolClient only; on the other events some conditions fail.
     */
    SIX_CONDITIONS(
        "{\"source\":[{\"prefix\":\"aws.cognito\"}],"
            + "\"detail\":{"
            + "\"eventName\":[{\"anything-but\":[\"DescribeUserPoolClient\",\"ListUserPoolClients\"]}],"
            + "\"sourceIPAddress\":[{\"cidr\":\"198.51.100.0/24\"}],"
            + "\"userAgent\":[{\"wildcard\":\"aws-cli/2.*\"}],"
            + "\"responseElements\":{\"userPoolClient\":{"
            + "\"refreshTokenValidity\":[{\"numeric\":[\">=\",1,\"<=\",3650]}]}},"
            + "\"$or\":[{\"requestParameters\":{\"userPoolId\":[\"us-east-1_EXAMPLE1\"]}},"
            + "{\"errorCode\":[{\"exists\":true}]}]}}"),
    /** (c) A rule whose first condition ({@code source}) fails on every event. Matches nothing. */
    FAILS_FIRST(
        "{\"source\":[\"aws.ec2\"],\"detail\":{\"eventSource\":[\"cognito-idp.amazonaws.com\"],"
            + "\"eventName\":[\"DeleteUserPoolClient\",\"UpdateUserPoolClient\"]}}");

    private final String json;

    Rule(String json) {
      this.json = json;
    }

    /**
     * The rule as EventBridge pattern JSON.
     *
     * @return the pattern
     */
    public String json() {
      return json;
    }
  }

  /**
   * The trigger events of the parsing and writing benchmarks, one per trigger kind, as Cognito
   * sends them (responses unset).
   */
  public enum TriggerEvent {
    /** PreSignUp_SignUp with validation data and client metadata. */
    PreSignUp("pre-sign-up.json"),
    /** PostConfirmation_ConfirmSignUp. */
    PostConfirmation("post-confirmation.json"),
    /** PreAuthentication_Authentication with validation data. */
    PreAuthentication("pre-authentication.json"),
    /** PostAuthentication_Authentication. */
    PostAuthentication("post-authentication.json"),
    /** DefineAuthChallenge_Authentication with a two-step session. */
    DefineAuthChallenge("define-auth-challenge.json"),
    /** CreateAuthChallenge_Authentication with a one-step session. */
    CreateAuthChallenge("create-auth-challenge.json"),
    /** VerifyAuthChallengeResponse_Authentication. */
    VerifyAuthChallengeResponse("verify-auth-challenge-response.json"),
    /** Pre token generation, event version 1 (TokenGeneration_HostedAuth). */
    PreTokenGenerationV1("pre-token-generation-v1.json"),
    /** Pre token generation, event version 2 (TokenGeneration_Authentication) with scopes. */
    PreTokenGenerationV2("pre-token-generation-v2.json"),
    /** UserMigration_Authentication. */
    UserMigration("user-migration.json"),
    /** CustomMessage_ForgotPassword. */
    CustomMessage("custom-message.json"),
    /** CustomSMSSender_SignUp (no aws-lambda-java-events class: the peer reads a Map). */
    CustomSmsSender("custom-sms-sender.json"),
    /** CustomEmailSender_ForgotPassword (no aws-lambda-java-events class: the peer reads a Map). */
    CustomEmailSender("custom-email-sender.json"),
    /**
     * InboundFederation_ExternalProvider (no aws-lambda-java-events class: the peer reads a Map).
     */
    InboundFederation("inbound-federation.json");

    private final String file;

    TriggerEvent(String file) {
      this.file = file;
    }

    /**
     * The resource file name.
     *
     * @return the file name under {@code triggers/}
     */
    public String file() {
      return file;
    }
  }

  /**
   * The compact JSON bytes of a CloudTrail event, as EventBridge delivers it.
   *
   * @param event which event
   * @return UTF-8 JSON without insignificant whitespace
   */
  public static byte[] cloudTrailEvent(CloudTrailEvent event) {
    return compact(resource("cloudtrail/" + event.file()));
  }

  /**
   * The compact JSON bytes of a trigger event, as Cognito sends it to Lambda.
   *
   * @param event which event
   * @return UTF-8 JSON without insignificant whitespace
   */
  public static byte[] triggerEvent(TriggerEvent event) {
    return compact(resource("triggers/" + event.file()));
  }

  /**
   * Variants of a trigger event whose objects (the event, its request and response, the user
   * attributes, every nested object) each hold their members in a different random order: read one
   * after the other, members are rarely where the previous event had them. The event's {@code
   * request} and {@code response} stay after its other members, as Cognito sends them (a request
   * met before {@code triggerSource} is buffered until the trigger is known: another cost, not the
   * one measured here).
   *
   * @param event which event
   * @param count how many variants
   * @param seed the seed of the orders
   * @return compact UTF-8 JSON of each variant
   */
  public static List<byte[]> shuffledTriggerEvents(TriggerEvent event, int count, long seed) {
    ObjectMapper mapper = new ObjectMapper();
    Random random = new Random(seed);
    try {
      JsonNode tree = mapper.readTree(triggerEvent(event));
      List<byte[]> variants = new ArrayList<>(count);
      for (int i = 0; i < count; i++) {
        ObjectNode variant = (ObjectNode) shuffled(tree, random);
        for (String last : List.of("request", "response")) {
          JsonNode value = variant.remove(last);
          if (value != null) {
            variant.set(last, value);
          }
        }
        variants.add(mapper.writeValueAsBytes(variant));
      }
      return variants;
    } catch (IOException e) {
      throw new UncheckedIOException("Benchmark resource is not JSON", e);
    }
  }

  private static JsonNode shuffled(JsonNode node, Random random) {
    if (node.isObject()) {
      List<Map.Entry<String, JsonNode>> members = new ArrayList<>(node.properties());
      Collections.shuffle(members, random);
      ObjectNode copy = JsonNodeFactory.instance.objectNode();
      for (Map.Entry<String, JsonNode> member : members) {
        copy.set(member.getKey(), shuffled(member.getValue(), random));
      }
      return copy;
    }
    if (node.isArray()) {
      ArrayNode copy = JsonNodeFactory.instance.arrayNode();
      for (JsonNode element : node) {
        copy.add(shuffled(element, random));
      }
      return copy;
    }
    return node;
  }

  /**
   * Reads a resource of this module.
   *
   * @param relative path below {@code io/github/cognitoevents/benchmarks/}
   * @return its bytes
   */
  public static byte[] resource(String relative) {
    try (InputStream in = BenchmarkInputs.class.getResourceAsStream(ROOT + relative)) {
      if (in == null) {
        throw new IllegalStateException("Missing benchmark resource " + ROOT + relative);
      }
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read benchmark resource " + relative, e);
    }
  }

  private static byte[] compact(byte[] json) {
    try {
      ObjectMapper mapper = new ObjectMapper();
      return mapper.writeValueAsBytes(mapper.readTree(json));
    } catch (IOException e) {
      throw new UncheckedIOException("Benchmark resource is not JSON", e);
    }
  }
}
