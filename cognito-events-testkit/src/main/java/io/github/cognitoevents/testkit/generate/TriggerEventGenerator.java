package io.github.cognitoevents.testkit.generate;

import io.github.cognitoevents.model.trigger.TriggerEvent;
import io.github.cognitoevents.model.trigger.TriggerEvents;
import io.github.cognitoevents.model.trigger.TriggerSlot;
import io.github.cognitoevents.model.trigger.TriggerSource;
import io.github.cognitoevents.testkit.trigger.TestTriggerEvents;
import java.util.Arrays;
import java.util.Locale;
import java.util.SplittableRandom;

/**
 * Seeded generator of realistic Cognito Lambda trigger events, over every documented {@link
 * TriggerSource} (and, for pre token generation, the event versions 1, 2 and 3). Values such as
 * user names, attributes, client metadata, regions and user pool ids are randomized; the same seed
 * always yields the same sequence of events.
 *
 * <pre>{@code
 * TriggerEventGenerator triggers = TriggerEventGenerator.seeded(42);
 * for (int i = 0; i < 1000; i++) {
 *   TriggerEvent event = TriggerEvents.parse(triggers.next());
 *   // ... hand it to the handler under test
 * }
 * }</pre>
 *
 * <p>Events are built with {@link TestTriggerEvents} and written with {@link
 * TriggerEvents#write(TriggerEvent)}.
 */
public final class TriggerEventGenerator {

  private static final TriggerSource[] SOURCES =
      Arrays.stream(TriggerSource.values())
          .filter(s -> s != TriggerSource.UNKNOWN)
          .toArray(TriggerSource[]::new);

  private static final String[] REGIONS = {
    "us-east-1", "us-west-2", "eu-west-1", "eu-central-1", "ap-southeast-2", "sa-east-1"
  };

  private static final String[] NAMES = {
    "alice", "bob", "carol", "dave", "eve", "mallory", "jane.doe", "José", "Zoë", "tenant42"
  };

  private static final String[] SDKS = {
    "aws-sdk-unknown-unknown", "aws-sdk-js-3.620.0", "aws-sdk-java-2.31.78", "aws-sdk-ios-2.36.0"
  };

  private final SplittableRandom random;

  private TriggerEventGenerator(SplittableRandom random) {
    this.random = random;
  }

  /**
   * A generator for the given seed.
   *
   * @param seed the seed; equal seeds give equal sequences
   * @return the generator
   */
  public static TriggerEventGenerator seeded(long seed) {
    return new TriggerEventGenerator(new SplittableRandom(seed));
  }

  /**
   * The next event, for a trigger source picked at random among the documented ones.
   *
   * @return the event as JSON text
   */
  public String next() {
    return next(SOURCES[random.nextInt(SOURCES.length)]);
  }

  /**
   * The next event for one trigger source. For the pre token generation sources other than {@code
   * TokenGeneration_ClientCredentials} (always version 3), the version 1, 2 or 3 is picked at
   * random.
   *
   * @param source the trigger source, not {@link TriggerSource#UNKNOWN}
   * @return the event as JSON text
   * @throws IllegalArgumentException if the source is {@code null} or {@code UNKNOWN}
   */
  public String next(TriggerSource source) {
    return TriggerEvents.write(nextEvent(source, 1 + random.nextInt(3)));
  }

  /**
   * The next event for one trigger source as a typed record.
   *
   * @param source the trigger source, not {@link TriggerSource#UNKNOWN}
   * @param tokenGenerationVersion for pre token generation sources, the event version (1, 2 or 3);
   *     ignored for the other sources and for {@code TokenGeneration_ClientCredentials} (always 3)
   * @return the event
   * @throws IllegalArgumentException if the source is {@code null} or {@code UNKNOWN}, or the
   *     version is not 1, 2 or 3
   */
  public TriggerEvent nextEvent(TriggerSource source, int tokenGenerationVersion) {
    if (source == null || source == TriggerSource.UNKNOWN) {
      throw new IllegalArgumentException("source must be a documented source, was " + source);
    }
    if (tokenGenerationVersion < 1 || tokenGenerationVersion > 3) {
      throw new IllegalArgumentException(
          "tokenGenerationVersion must be 1, 2 or 3, was " + tokenGenerationVersion);
    }
    String region = pick(REGIONS);
    String name = pick(NAMES) + (random.nextBoolean() ? "" : Integer.toString(random.nextInt(100)));
    String sub = uuid();
    boolean attributes = true;
    boolean userName = true;
    TestTriggerEvents.Builder<? extends TriggerEvent> b;
    TriggerSlot slot = source.slot();
    switch (slot) {
      case PRE_SIGN_UP -> b = TestTriggerEvents.preSignUp();
      case POST_CONFIRMATION -> b = TestTriggerEvents.postConfirmation();
      case PRE_AUTHENTICATION -> b = TestTriggerEvents.preAuthentication();
      case POST_AUTHENTICATION -> b = TestTriggerEvents.postAuthentication();
      case DEFINE_AUTH_CHALLENGE -> b = TestTriggerEvents.defineAuthChallenge();
      case CREATE_AUTH_CHALLENGE -> b = TestTriggerEvents.createAuthChallenge();
      case VERIFY_AUTH_CHALLENGE_RESPONSE -> {
        String answer = Integer.toString(100000 + random.nextInt(900000));
        b =
            TestTriggerEvents.verifyAuthChallengeResponse(
                answer, random.nextBoolean() ? answer : Integer.toString(random.nextInt(100000)));
      }
      case PRE_TOKEN_GENERATION -> {
        if (source == TriggerSource.TOKEN_GENERATION_CLIENT_CREDENTIALS) {
          b = TestTriggerEvents.clientCredentials("orders/read", pick("orders/write", "openid"));
          attributes = false;
          userName = false;
        } else if (tokenGenerationVersion == 1) {
          b = TestTriggerEvents.preTokenGeneration();
        } else {
          b =
              TestTriggerEvents.preTokenGenerationV2()
                  .version(Integer.toString(tokenGenerationVersion));
        }
      }
      case USER_MIGRATION -> {
        b = TestTriggerEvents.userMigration(name, "Passw0rd!" + random.nextInt(1000));
        attributes = false;
        userName = false;
      }
      case CUSTOM_MESSAGE -> b = TestTriggerEvents.customMessage();
      case CUSTOM_SMS_SENDER -> b = TestTriggerEvents.customSmsSender();
      case CUSTOM_EMAIL_SENDER -> {
        if (source == TriggerSource.CUSTOM_EMAIL_SENDER_ACCOUNT_TAKE_OVER_NOTIFICATION) {
          b = TestTriggerEvents.accountTakeOverNotification(pick("BLOCK", "NO_ACTION", "MFA"));
          attributes = false;
        } else {
          b = TestTriggerEvents.customEmailSender();
        }
      }
      case INBOUND_FEDERATION -> {
        b = TestTriggerEvents.inboundFederation(pick("Google", "Okta", "AzureAD", "MyOIDC"));
        attributes = false;
        userName = false;
      }
      default -> throw new IllegalArgumentException("source has no slot: " + source.value());
    }
    b.triggerSource(source).region(region).userPoolId(region + "_" + alnum(9));
    if (userName) {
      b.userName(random.nextBoolean() ? sub : name);
    }
    if (source != TriggerSource.TOKEN_GENERATION_CLIENT_CREDENTIALS
        && source != TriggerSource.CUSTOM_EMAIL_SENDER_ACCOUNT_TAKE_OVER_NOTIFICATION) {
      b.clientId(alnum(26).toLowerCase(Locale.ROOT)).awsSdkVersion(pick(SDKS));
    }
    if (attributes) {
      b.userAttribute("sub", sub);
      b.userAttribute("email", name.toLowerCase(Locale.ROOT) + "@example.com");
      if (random.nextBoolean()) {
        b.userAttribute("given_name", name);
      }
      if (random.nextBoolean()) {
        b.userAttribute("custom:tenant", "tenant-" + random.nextInt(50));
      }
    }
    if (slot != TriggerSlot.CUSTOM_SMS_SENDER
        && slot != TriggerSlot.CUSTOM_EMAIL_SENDER
        && slot != TriggerSlot.INBOUND_FEDERATION
        && random.nextBoolean()) {
      b.clientMetadata("requestSource", pick("web", "mobile", "batch"));
    }
    return b.build();
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

  private String alnum(int n) {
    String alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";
    StringBuilder sb = new StringBuilder(n);
    for (int i = 0; i < n; i++) {
      sb.append(alphabet.charAt(random.nextInt(alphabet.length())));
    }
    return sb.toString();
  }

  private String pick(String... options) {
    return options[random.nextInt(options.length)];
  }
}
