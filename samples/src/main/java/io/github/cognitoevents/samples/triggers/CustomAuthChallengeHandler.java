package io.github.cognitoevents.samples.triggers;

import com.amazonaws.services.lambda.runtime.Context;
import io.github.cognitoevents.lambda.CognitoTriggerHandler;
import io.github.cognitoevents.model.trigger.ChallengeName;
import io.github.cognitoevents.model.trigger.ChallengeResult;
import io.github.cognitoevents.model.trigger.CreateAuthChallengeEvent;
import io.github.cognitoevents.model.trigger.DefineAuthChallengeEvent;
import io.github.cognitoevents.model.trigger.VerifyAuthChallengeResponseEvent;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Supplier;

/**
 * The custom authentication trio in one function (attach it to the DefineAuthChallenge,
 * CreateAuthChallenge and VerifyAuthChallengeResponse slots): a passwordless sign-in with a
 * one-time code, at most {@value #MAX_ATTEMPTS} attempts.
 *
 * <ul>
 *   <li>Define: no challenge yet: ask a {@code CUSTOM_CHALLENGE}; last answer right: issue tokens;
 *       {@value #MAX_ATTEMPTS} wrong answers or an unknown user: fail.
 *   <li>Create: a six-digit code, kept in the private parameters (a real deployment also emails
 *       it); the client gets only a hint.
 *   <li>Verify: the answer equals the code (compared in constant time).
 * </ul>
 *
 * <pre>{@code
 * CustomAuthChallengeHandler handler = new CustomAuthChallengeHandler(() -> "482913");
 * handler.handle(TriggerEvents.parse(json), null);
 * }</pre>
 */
public class CustomAuthChallengeHandler extends CognitoTriggerHandler {

  /** How many wrong answers end the sign-in. */
  public static final int MAX_ATTEMPTS = 3;

  private static final SecureRandom RANDOM = new SecureRandom();

  private final Supplier<String> codes;

  /** The Lambda entry point: random six-digit codes. */
  public CustomAuthChallengeHandler() {
    this(() -> String.format("%06d", RANDOM.nextInt(1_000_000)));
  }

  /**
   * A handler with a code source (for tests and demos).
   *
   * @param codes supplies each new code
   */
  public CustomAuthChallengeHandler(Supplier<String> codes) {
    this.codes = Objects.requireNonNull(codes, "codes");
  }

  /**
   * Decides the next step.
   *
   * @param event the event
   * @param context the Lambda context (unused)
   * @return the event with the decision
   */
  @Override
  public DefineAuthChallengeEvent onDefineAuthChallenge(
      DefineAuthChallengeEvent event, Context context) {
    DefineAuthChallengeEvent.Request request = event.request();
    if (request == null || Boolean.TRUE.equals(request.userNotFound())) {
      return event.withResponse(DefineAuthChallengeEvent.Response.fail());
    }
    List<ChallengeResult> session = request.session() == null ? List.of() : request.session();
    if (!session.isEmpty()) {
      ChallengeResult last = session.get(session.size() - 1);
      if (last.challenge() == ChallengeName.CUSTOM_CHALLENGE
          && Boolean.TRUE.equals(last.challengeResult())) {
        return event.withResponse(DefineAuthChallengeEvent.Response.succeed());
      }
      if (session.size() >= MAX_ATTEMPTS) {
        return event.withResponse(DefineAuthChallengeEvent.Response.fail());
      }
    }
    return event.withResponse(
        DefineAuthChallengeEvent.Response.nextChallenge(ChallengeName.CUSTOM_CHALLENGE));
  }

  /**
   * Creates a code challenge.
   *
   * @param event the event
   * @param context the Lambda context (unused)
   * @return the event with the challenge parameters
   */
  @Override
  public CreateAuthChallengeEvent onCreateAuthChallenge(
      CreateAuthChallengeEvent event, Context context) {
    String code = codes.get();
    return event.withResponse(
        CreateAuthChallengeEvent.Response.of(
            Map.of("hint", "Enter the 6-digit code we emailed you"),
            Map.of("answer", code),
            "EMAIL_CODE"));
  }

  /**
   * Checks the answer.
   *
   * @param event the event
   * @param context the Lambda context (unused)
   * @return the event with {@code answerCorrect}
   */
  @Override
  public VerifyAuthChallengeResponseEvent onVerifyAuthChallengeResponse(
      VerifyAuthChallengeResponseEvent event, Context context) {
    VerifyAuthChallengeResponseEvent.Request request = event.request();
    String expected =
        request == null || request.privateChallengeParameters() == null
            ? null
            : request.privateChallengeParameters().get("answer");
    String answer = request == null ? null : request.challengeAnswer();
    boolean correct =
        expected != null
            && answer != null
            && MessageDigest.isEqual(
                expected.getBytes(StandardCharsets.UTF_8), answer.getBytes(StandardCharsets.UTF_8));
    return event.withResponse(VerifyAuthChallengeResponseEvent.Response.of(correct));
  }
}
