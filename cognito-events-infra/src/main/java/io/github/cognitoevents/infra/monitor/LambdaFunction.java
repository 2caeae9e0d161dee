package io.github.cognitoevents.infra.monitor;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.cognitoevents.infra.CfnValue;
import io.github.cognitoevents.infra.InvalidTemplateException;
import io.github.cognitoevents.infra.Template;
import java.util.Objects;

/**
 * A Java Lambda function the template creates, with its execution role: where its code is, its
 * handler and its size.
 *
 * @param logicalId the function's logical id; its role is {@code logicalId + "Role"}
 * @param handler the handler string, such as {@code com.example.Listener::handleRequest}
 * @param runtime the runtime, such as {@code java17}
 * @param memoryMb the memory size in MB
 * @param timeoutSeconds the timeout in seconds
 * @param codeBucket the S3 bucket of the deployment jar
 * @param codeKey the S3 key of the deployment jar
 */
public record LambdaFunction(
    String logicalId,
    String handler,
    String runtime,
    int memoryMb,
    int timeoutSeconds,
    CfnValue codeBucket,
    CfnValue codeKey) {

  /** Checks the values. */
  public LambdaFunction {
    CfnValue.requireLogicalId(logicalId, "function");
    if (handler == null || handler.isBlank()) {
      throw new InvalidTemplateException("function " + logicalId + ": the handler is empty");
    }
    if (runtime == null || !runtime.matches("java(8\\.al2|11|17|21|25)")) {
      throw new InvalidTemplateException(
          "function " + logicalId + ": the runtime must be a Java runtime such as java17");
    }
    if (memoryMb < 128 || memoryMb > 10240) {
      throw new InvalidTemplateException(
          "function " + logicalId + ": MemorySize must be between 128 and 10240 MB");
    }
    if (timeoutSeconds < 1 || timeoutSeconds > 900) {
      throw new InvalidTemplateException(
          "function " + logicalId + ": Timeout must be between 1 and 900 seconds");
    }
    Objects.requireNonNull(codeBucket, "codeBucket");
    Objects.requireNonNull(codeKey, "codeKey");
  }

  /**
   * A {@code java17} function of 512 MB and 30 seconds.
   *
   * @param logicalId the function's logical id
   * @param handler the handler string
   * @param codeBucket the S3 bucket of the jar
   * @param codeKey the S3 key of the jar
   * @return the function
   */
  public static LambdaFunction java17(
      String logicalId, String handler, CfnValue codeBucket, CfnValue codeKey) {
    return new LambdaFunction(logicalId, handler, "java17", 512, 30, codeBucket, codeKey);
  }

  /**
   * A copy with another memory size and timeout.
   *
   * @param memoryMb the memory size in MB
   * @param timeoutSeconds the timeout in seconds
   * @return the copy
   */
  public LambdaFunction withSize(int memoryMb, int timeoutSeconds) {
    return new LambdaFunction(
        logicalId, handler, runtime, memoryMb, timeoutSeconds, codeBucket, codeKey);
  }

  /**
   * The logical id of the function's execution role.
   *
   * @return {@code logicalId + "Role"}
   */
  public String roleLogicalId() {
    return logicalId + "Role";
  }

  /**
   * The function's ARN in the template.
   *
   * @return {@code {"Fn::GetAtt": [logicalId, "Arn"]}}
   */
  public CfnValue arn() {
    return CfnValue.getAtt(logicalId, "Arn");
  }

  /**
   * The function and its execution role (basic execution: CloudWatch Logs).
   *
   * @return a template with the two resources
   */
  public Template template() {
    ObjectNode role = JsonNodeFactory.instance.objectNode().put("Type", "AWS::IAM::Role");
    ObjectNode roleProps = role.putObject("Properties");
    ObjectNode assume = roleProps.putObject("AssumeRolePolicyDocument");
    assume.put("Version", "2012-10-17");
    ArrayNode statements = assume.putArray("Statement");
    ObjectNode statement = statements.addObject();
    statement.put("Effect", "Allow").put("Action", "sts:AssumeRole");
    statement.putObject("Principal").put("Service", "lambda.amazonaws.com");
    roleProps
        .putArray("ManagedPolicyArns")
        .add("arn:aws:iam::aws:policy/service-role/AWSLambdaBasicExecutionRole");

    ObjectNode function =
        JsonNodeFactory.instance.objectNode().put("Type", "AWS::Lambda::Function");
    ObjectNode props = function.putObject("Properties");
    props.put("Runtime", runtime).put("Handler", handler);
    props.put("MemorySize", memoryMb).put("Timeout", timeoutSeconds);
    props.set("Role", CfnValue.getAtt(roleLogicalId(), "Arn").toJson());
    ObjectNode code = props.putObject("Code");
    code.set("S3Bucket", codeBucket.toJson());
    code.set("S3Key", codeKey.toJson());
    return Template.builder(null)
        .resource(roleLogicalId(), role)
        .resource(logicalId, function)
        .build();
  }
}
