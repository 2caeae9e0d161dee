package io.github.cognitoevents.infra.triggers;

import io.github.cognitoevents.infra.CfnValue;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * The user pool a trigger is attached to: a pool the template creates (by name, as the Serverless
 * Framework's {@code cognitoUserPool.pool}), or an existing pool (by ARN: pool names are not unique
 * in an account, the ARN is).
 */
public sealed interface UserPoolRef permits UserPoolRef.NewPool, UserPoolRef.ExistingPool {

  /**
   * A pool the template creates.
   *
   * @param name the pool name
   * @return the reference
   */
  static UserPoolRef newPool(String name) {
    return new NewPool(name);
  }

  /**
   * An existing pool.
   *
   * @param arn the pool's ARN: a literal {@code arn:aws:cognito-idp:REGION:ACCOUNT:userpool/ID}, or
   *     an intrinsic function (a parameter, an import)
   * @return the reference
   */
  static UserPoolRef existing(CfnValue arn) {
    return new ExistingPool(arn);
  }

  /**
   * How messages and reports name the pool.
   *
   * @return the name, or the ARN's text
   */
  String label();

  /**
   * A pool the template creates.
   *
   * @param name the pool name ({@code UserPoolName}): 1 to 128 of letters, digits, spaces and
   *     {@code _+=,.@-}
   */
  record NewPool(String name) implements UserPoolRef {
    private static final Pattern NAME = Pattern.compile("[\\w\\s+=,.@-]{1,128}");

    /** Checks the name. */
    public NewPool {
      if (name == null || !NAME.matcher(name).matches()) {
        throw new TriggerWiringException(
            TriggerWiringException.Code.INVALID_NAME,
            "a user pool name is 1 to 128 letters, digits, spaces or _+=,.@- characters");
      }
    }

    @Override
    public String label() {
      return name;
    }

    /**
     * The pool's logical id in the template: {@code CognitoUserPool} and the name's letters and
     * digits, its first letter upper-cased (the Serverless Framework's naming).
     *
     * @return the logical id
     */
    public String logicalId() {
      String alnum = name.replaceAll("[^A-Za-z0-9]", "");
      return "CognitoUserPool"
          + (alnum.isEmpty() ? "" : Character.toUpperCase(alnum.charAt(0)) + alnum.substring(1));
    }
  }

  /**
   * An existing pool.
   *
   * @param arn its ARN
   */
  record ExistingPool(CfnValue arn) implements UserPoolRef {
    static final Pattern ARN =
        Pattern.compile(
            "arn:aws[a-z-]*:cognito-idp:[a-z0-9-]+:\\d{12}:userpool/[\\w-]+_[0-9a-zA-Z]+");

    /** Checks a literal ARN. */
    public ExistingPool {
      Objects.requireNonNull(arn, "arn");
      arn.literal()
          .filter(a -> !ARN.matcher(a).matches())
          .ifPresent(
              a -> {
                throw new TriggerWiringException(
                    TriggerWiringException.Code.MALFORMED_ARN,
                    "an existing user pool is named by its ARN,"
                        + " arn:aws:cognito-idp:REGION:ACCOUNT:userpool/POOL_ID");
              });
    }

    @Override
    public String label() {
      return arn.toString();
    }

    /**
     * The pool id, from a literal ARN.
     *
     * @return the id, such as {@code us-east-1_AbCdEf123}
     * @throws TriggerWiringException ({@code UNRESOLVED_VALUE}) if the ARN is an intrinsic function
     */
    public String poolId() {
      String literal =
          arn.literal()
              .orElseThrow(
                  () ->
                      new TriggerWiringException(
                          TriggerWiringException.Code.UNRESOLVED_VALUE,
                          "the ARN of user pool " + label() + " is known only to CloudFormation"));
      return literal.substring(literal.lastIndexOf('/') + 1);
    }
  }
}
