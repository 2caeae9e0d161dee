package io.github.cognitoevents.lambda.interop;

import static org.assertj.core.api.Assertions.assertThat;

import com.amazonaws.services.lambda.runtime.events.CognitoUserPoolCreateAuthChallengeEvent;
import com.amazonaws.services.lambda.runtime.events.CognitoUserPoolCustomMessageEvent;
import com.amazonaws.services.lambda.runtime.events.CognitoUserPoolDefineAuthChallengeEvent;
import com.amazonaws.services.lambda.runtime.events.CognitoUserPoolEvent;
import com.amazonaws.services.lambda.runtime.events.CognitoUserPoolMigrateUserEvent;
import com.amazonaws.services.lambda.runtime.events.CognitoUserPoolPostAuthenticationEvent;
import com.amazonaws.services.lambda.runtime.events.CognitoUserPoolPostConfirmationEvent;
import com.amazonaws.services.lambda.runtime.events.CognitoUserPoolPreAuthenticationEvent;
import com.amazonaws.services.lambda.runtime.events.CognitoUserPoolPreSignUpEvent;
import com.amazonaws.services.lambda.runtime.events.CognitoUserPoolPreTokenGenerationEvent;
import com.amazonaws.services.lambda.runtime.events.CognitoUserPoolPreTokenGenerationEventV2;
import com.amazonaws.services.lambda.runtime.events.CognitoUserPoolVerifyAuthChallengeResponseEvent;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.cognitoevents.model.trigger.CreateAuthChallengeEvent;
import io.github.cognitoevents.model.trigger.CustomMessageEvent;
import io.github.cognitoevents.model.trigger.DefineAuthChallengeEvent;
import io.github.cognitoevents.model.trigger.PostAuthenticationEvent;
import io.github.cognitoevents.model.trigger.PostConfirmationEvent;
import io.github.cognitoevents.model.trigger.PreAuthenticationEvent;
import io.github.cognitoevents.model.trigger.PreSignUpEvent;
import io.github.cognitoevents.model.trigger.PreTokenGenerationEvent;
import io.github.cognitoevents.model.trigger.PreTokenGenerationV2Event;
import io.github.cognitoevents.model.trigger.TriggerEvent;
import io.github.cognitoevents.model.trigger.TriggerEvents;
import io.github.cognitoevents.model.trigger.UserMigrationEvent;
import io.github.cognitoevents.model.trigger.VerifyAuthChallengeResponseEvent;
import io.github.cognitoevents.testsupport.SharedData;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Reads every trigger fixture that aws-lambda-java-events 3.16.1 has a class for (61 of 67: it has
 * no CustomEmailSender, CustomSMSSender or InboundFederation class) with a Jackson mapper
 * configured like the Lambda runtime's POJO serializer, compares the header field by field and
 * every other field through the written-back trees, and requires each difference to be one of the
 * documented {@link Fix}es: data that aws-lambda-java-events loses or changes and we keep.
 */
class AwsLambdaEventsComparisonTest {
  /** Configured like the Lambda runtime's POJO serializer: lenient reading, nulls left out. */
  static final ObjectMapper LAMBDA_LIKE =
      new ObjectMapper()
          .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false)
          .setSerializationInclusion(JsonInclude.Include.NON_NULL);

  static final Map<String, Class<?>> AWS_BY_PREFIX =
      Map.ofEntries(
          Map.entry("create-auth-challenge", CognitoUserPoolCreateAuthChallengeEvent.class),
          Map.entry("custom-message", CognitoUserPoolCustomMessageEvent.class),
          Map.entry("define-auth-challenge", CognitoUserPoolDefineAuthChallengeEvent.class),
          Map.entry("post-authentication", CognitoUserPoolPostAuthenticationEvent.class),
          Map.entry("post-confirmation", CognitoUserPoolPostConfirmationEvent.class),
          Map.entry("pre-authentication", CognitoUserPoolPreAuthenticationEvent.class),
          Map.entry("pre-signup", CognitoUserPoolPreSignUpEvent.class),
          Map.entry("pre-token-generation-v1", CognitoUserPoolPreTokenGenerationEvent.class),
          Map.entry("pre-token-generation-v2", CognitoUserPoolPreTokenGenerationEventV2.class),
          Map.entry("user-migration", CognitoUserPoolMigrateUserEvent.class),
          Map.entry(
              "verify-auth-challenge-response",
              CognitoUserPoolVerifyAuthChallengeResponseEvent.class));

  static final Map<String, Class<? extends TriggerEvent>> OURS_BY_PREFIX =
      Map.ofEntries(
          Map.entry("create-auth-challenge", CreateAuthChallengeEvent.class),
          Map.entry("custom-message", CustomMessageEvent.class),
          Map.entry("define-auth-challenge", DefineAuthChallengeEvent.class),
          Map.entry("post-authentication", PostAuthenticationEvent.class),
          Map.entry("post-confirmation", PostConfirmationEvent.class),
          Map.entry("pre-authentication", PreAuthenticationEvent.class),
          Map.entry("pre-signup", PreSignUpEvent.class),
          Map.entry("pre-token-generation-v1", PreTokenGenerationEvent.class),
          Map.entry("pre-token-generation-v2", PreTokenGenerationV2Event.class),
          Map.entry("user-migration", UserMigrationEvent.class),
          Map.entry("verify-auth-challenge-response", VerifyAuthChallengeResponseEvent.class));

  static String prefixOf(String name) {
    return AWS_BY_PREFIX.keySet().stream()
        .filter(name::startsWith)
        .max((a, b) -> Integer.compare(a.length(), b.length()))
        .orElse(null);
  }

  static void diff(String at, JsonNode a, JsonNode b, List<String> out) {
    if (a == null && b == null) return;
    if (a == null) {
      out.add(at + ": absent -> " + kind(b));
      return;
    }
    if (b == null) {
      out.add(at + ": " + kind(a) + " -> absent");
      return;
    }
    if (a.isObject() && b.isObject()) {
      TreeSet<String> names = new TreeSet<>();
      a.fieldNames().forEachRemaining(names::add);
      b.fieldNames().forEachRemaining(names::add);
      for (String n : names) diff(at + "/" + n, a.get(n), b.get(n), out);
      return;
    }
    if (a.isArray() && b.isArray() && a.size() == b.size()) {
      for (int i = 0; i < a.size(); i++) diff(at + "/" + i, a.get(i), b.get(i), out);
      return;
    }
    if (!a.equals(b)) out.add(at + ": " + kind(a) + " -> " + kind(b));
  }

  static String kind(JsonNode n) {
    if (n.isObject()) return "object";
    if (n.isArray()) return "array";
    return n.getNodeType().name().toLowerCase() + "(" + n + ")";
  }

  /** A documented way in which aws-lambda-java-events loses or changes data that we keep. */
  enum Fix {
    INVENTED_FALSE(
        "(/request/(userNotFound|newDeviceUsed)|/response/(issueTokens|failAuthentication"
            + "|answerCorrect|autoConfirmUser|autoVerifyEmail|autoVerifyPhone|forceAliasCreation))"
            + ": absent -> boolean\\(false\\)",
        "primitive boolean invents false for a flag Cognito did not send; ours is a Boolean and"
            + " stays absent"),
    NULL_FLAG_BECOMES_FALSE(
        "/response/(issueTokens|failAuthentication|answerCorrect): null\\(null\\) ->"
            + " boolean\\(false\\)",
        "Cognito pre-fills these with null; a primitive turns null into false, ours keeps null"),
    NULL_DROPPED(
        ".*: null\\(null\\) -> absent",
        "explicit JSON null is lost (null versus absent); ours writes it back"),
    RESPONSE_DROPPED(
        "/response: object -> absent",
        "PostConfirmation/PreAuthentication/PostAuthentication classes have no response property,"
            + " so returning the event omits the required response object; ours keeps it"),
    SCALAR_STRINGIFIED(
        "(/request/userAttributes/[^/]+|/response/claimsAndScopeOverrideDetails/"
            + "(id|access)TokenGeneration/claimsToAddOrOverride/[^/]+): (boolean|number)\\(.*\\)"
            + " -> string\\(.*\\)",
        "Map<String,String> turns JSON booleans and numbers into strings (V2 claims lose their"
            + " type); ours reads text but writes the received JSON type back, and V2 claims are"
            + " JsonNode"),
    UNMODELLED_MEMBER_DROPPED(
        "(/request/linkParameter|/callerContext/awsSdk|/request/validationData): .* -> absent",
        "members the class does not model (CustomMessage linkParameter, unexpected keys) are"
            + " dropped; ours models linkParameter and keeps unknown members");

    final java.util.regex.Pattern pattern;
    final String reason;

    Fix(String regex, String reason) {
      this.pattern = java.util.regex.Pattern.compile(regex);
      this.reason = reason;
    }

    static Fix explaining(String difference) {
      for (Fix f : values()) {
        if (f.pattern.matcher(difference).matches()) {
          return f;
        }
      }
      return null;
    }
  }

  static List<Path> readableByAwsEvents() throws IOException {
    try (Stream<Path> s = Files.list(SharedData.triggerFixtures())) {
      return s.filter(p -> prefixOf(p.getFileName().toString()) != null)
          .sorted()
          .collect(Collectors.toList());
    }
  }

  @Test
  void comparesEveryFixtureFieldByFieldAndExplainsEachDifferenceAsOurFix() throws IOException {
    Map<Fix, Integer> hits = new java.util.EnumMap<>(Fix.class);
    List<String> unexplained = new ArrayList<>();
    List<String> unreadable = new ArrayList<>();
    int compared = 0;
    for (Path f : readableByAwsEvents()) {
      String name = f.getFileName().toString();
      String prefix = prefixOf(name);
      byte[] bytes = Files.readAllBytes(f);
      JsonNode original = LAMBDA_LIKE.readTree(bytes);
      TriggerEvent ours = TriggerEvents.parse(bytes, OURS_BY_PREFIX.get(prefix));
      Object aws;
      try {
        aws = LAMBDA_LIKE.readValue(bytes, AWS_BY_PREFIX.get(prefix));
      } catch (IOException e) {
        unreadable.add(name);
        continue;
      }
      compared++;
      // the header, field by field
      CognitoUserPoolEvent header = (CognitoUserPoolEvent) aws;
      assertThat(ours.version()).as(name).isEqualTo(header.getVersion());
      assertThat(ours.triggerSource()).as(name).isEqualTo(header.getTriggerSource());
      assertThat(ours.region()).as(name).isEqualTo(header.getRegion());
      assertThat(ours.userPoolId()).as(name).isEqualTo(header.getUserPoolId());
      assertThat(ours.userName()).as(name).isEqualTo(header.getUserName());
      assertThat(ours.callerContext().clientId())
          .as(name)
          .isEqualTo(header.getCallerContext().getClientId());
      assertThat(ours.callerContext().awsSdkVersion())
          .as(name)
          .isEqualTo(header.getCallerContext().getAwsSdkVersion());
      // every other field, through the trees: ours writes back the original exactly, so each
      // difference between the original and what aws-lambda-java-events writes back is data it
      // loses or changes
      assertThat(ours.toJson()).as(name).isEqualTo(original);
      List<String> differences = new ArrayList<>();
      diff("", original, LAMBDA_LIKE.valueToTree(aws), differences);
      for (String d : differences) {
        Fix fix = Fix.explaining(d);
        if (fix == null) {
          unexplained.add(name + " " + d);
        } else {
          hits.merge(fix, 1, Integer::sum);
        }
      }
    }
    assertThat(unexplained).isEmpty();
    assertThat(compared).isEqualTo(60);
    // claims typed Map<String,String> cannot hold an array: the whole event is unreadable
    assertThat(unreadable).containsExactly("pre-token-generation-v2-non-string-claims.dotnet.json");
    assertThat(hits).containsOnlyKeys(Fix.values());
    System.out.println("aws-lambda-java-events comparison: " + compared + " fixtures, " + hits);
  }

  @Test
  void readsTheNonStringClaimsThatAwsLambdaEventsRejects() throws IOException {
    Path file =
        SharedData.triggerFixtures()
            .resolve("pre-token-generation-v2-non-string-claims.dotnet.json");
    PreTokenGenerationV2Event ours =
        TriggerEvents.parse(Files.readAllBytes(file), PreTokenGenerationV2Event.class);
    JsonNode claim =
        ours.response()
            .claimsAndScopeOverrideDetails()
            .idTokenGeneration()
            .claimsToAddOrOverride()
            .get("id_claim_5");
    assertThat(claim.isArray()).isTrue();
    assertThat(claim.get(1).intValue()).isEqualTo(5678);
    assertThat(claim.get(2).booleanValue()).isFalse();
  }
}
