package io.github.cognitoevents.generator;

import static io.github.cognitoevents.generator.ModelWriter.COGNITO_SERVICE;
import static io.github.cognitoevents.generator.ModelWriter.OPTIONAL;
import static io.github.cognitoevents.generator.ModelWriter.PACKAGE;
import static io.github.cognitoevents.generator.ModelWriter.RECORD_CODEC;
import static io.github.cognitoevents.generator.ModelWriter.REQUEST_PARAMETERS;
import static io.github.cognitoevents.generator.ModelWriter.RESPONSE_ELEMENTS;
import static io.github.cognitoevents.generator.ModelWriter.STRING;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import com.palantir.javapoet.WildcardTypeName;
import io.github.cognitoevents.generator.SdkModel.Operation;
import java.util.Map;
import java.util.Set;
import javax.lang.model.element.Modifier;

/** Writes {@code CognitoOperation} and the package-private {@code OperationCodecs}. */
final class OperationWriter {

  /**
   * Operations whose names read like queries but that change state: a refresh may rotate the
   * refresh token, the verification code is sent to the user, and the two identity-pool calls may
   * create the identity they return.
   */
  static final Set<String> NOT_READ_ONLY =
      Set.of(
          "GetTokensFromRefreshToken",
          "GetUserAttributeVerificationCode",
          "GetId",
          "GetOpenIdTokenForDeveloperIdentity");

  private static final ClassName SELF = ClassName.get(PACKAGE, "CognitoOperation");

  private final SdkModel model;
  private final String generatorNote;

  OperationWriter(SdkModel model, String generatorNote) {
    this.model = model;
    this.generatorNote = generatorNote;
  }

  static boolean isReadOnly(String name) {
    return !NOT_READ_ONLY.contains(name)
        && (name.startsWith("Describe")
            || name.startsWith("Get")
            || name.startsWith("List")
            || name.startsWith("Lookup")
            || name.startsWith("AdminGet")
            || name.startsWith("AdminList"));
  }

  static String constant(Operation op) {
    String javaName = SdkModel.javaName(op);
    String prefix = javaName.substring(0, javaName.length() - op.name().length());
    return (prefix.isEmpty() ? "" : ModelWriter.constantName(prefix) + "_")
        + ModelWriter.constantName(op.name());
  }

  static String serviceConstant(SdkModel.Service service) {
    return service.id().equals("cognito-idp") ? "USER_POOLS" : "IDENTITY_POOLS";
  }

  TypeSpec operationEnum() {
    Map<String, Long> counts =
        model.operations.stream()
            .collect(
                java.util.stream.Collectors.groupingBy(
                    op -> op.service().id(),
                    java.util.TreeMap::new,
                    java.util.stream.Collectors.counting()));
    TypeSpec.Builder type =
        TypeSpec.enumBuilder(SELF)
            .addModifiers(Modifier.PUBLIC)
            .addJavadoc(
                "Every operation of the Amazon Cognito user pools API ({@code cognito-idp}, $L"
                    + " operations) and identity pools API ({@code cognito-identity}, $L), as a"
                    + " CloudTrail record's {@code eventName} names it, generated from $L. Each"
                    + " knows its service, whether it only reads, and its typed request and"
                    + " response records. A name this version does not know (a newer operation,"
                    + " a managed login event such as {@code Token_POST}) is {@link #UNKNOWN}; the"
                    + " record keeps the raw name.\n\n"
                    + "<p>Three names exist in both services ({@code TagResource}, {@code"
                    + " UntagResource}, {@code ListTagsForResource}); the identity-pool ones are"
                    + " {@code IDENTITY_POOL_TAG_RESOURCE} and so on, and {@link #of(String,"
                    + " String)} tells them apart by the record's {@code eventSource}.\n\n"
                    + "<pre>{@code\n"
                    + "CognitoOperation op = CognitoOperation.fromEventName(\"UpdateUserPoolClient\");\n"
                    + "op.isReadOnly();     // false\n"
                    + "op.requestType();    // UpdateUserPoolClientRequest.class\n"
                    + "}</pre>\n",
                counts.getOrDefault("cognito-idp", 0L),
                counts.getOrDefault("cognito-identity", 0L),
                generatorNote);
    for (Operation op : model.operations) {
      CodeBlock args =
          CodeBlock.of(
              "$S, $T.$L, $L, $L",
              op.name(),
              COGNITO_SERVICE,
              serviceConstant(op.service()),
              isReadOnly(op.name()),
              op.response() != null);
      type.addEnumConstant(
          constant(op),
          TypeSpec.anonymousClassBuilder(args)
              .addJavadoc("{@code $L} ($L).\n", op.name(), op.service().id())
              .build());
    }
    type.addEnumConstant(
        "UNKNOWN",
        TypeSpec.anonymousClassBuilder("null, null, false, false")
            .addJavadoc("An operation this version does not know.\n")
            .build());
    ParameterizedTypeName byName =
        ParameterizedTypeName.get(ClassName.get(Map.class), STRING, SELF);
    type.addField(
        FieldSpec.builder(byName, "BY_NAME", Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL)
            .initializer("new $T<>()", ClassName.get("java.util", "HashMap"))
            .build());
    type.addField(
        FieldSpec.builder(
                byName, "BY_SOURCE_AND_NAME", Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL)
            .initializer("new $T<>()", ClassName.get("java.util", "HashMap"))
            .build());
    type.addStaticBlock(
        CodeBlock.builder()
            .beginControlFlow("for ($T operation : values())", SELF)
            .beginControlFlow("if (operation.apiName != null)")
            .addStatement("BY_NAME.putIfAbsent(operation.apiName, operation)")
            .addStatement(
                "BY_SOURCE_AND_NAME.put(operation.service.eventSource() + ' ' + operation.apiName,"
                    + " operation)")
            .endControlFlow()
            .endControlFlow()
            .build());
    type.addField(STRING, "apiName", Modifier.PRIVATE, Modifier.FINAL);
    type.addField(COGNITO_SERVICE, "service", Modifier.PRIVATE, Modifier.FINAL);
    type.addField(TypeName.BOOLEAN, "readOnly", Modifier.PRIVATE, Modifier.FINAL);
    type.addField(TypeName.BOOLEAN, "hasOutput", Modifier.PRIVATE, Modifier.FINAL);
    type.addMethod(
        MethodSpec.constructorBuilder()
            .addParameter(STRING, "apiName")
            .addParameter(COGNITO_SERVICE, "service")
            .addParameter(TypeName.BOOLEAN, "readOnly")
            .addParameter(TypeName.BOOLEAN, "hasOutput")
            .addStatement("this.apiName = apiName")
            .addStatement("this.service = service")
            .addStatement("this.readOnly = readOnly")
            .addStatement("this.hasOutput = hasOutput")
            .build());
    type.addMethod(
        getter(
            "apiName",
            STRING,
            "The operation's name in the API, as in CloudTrail's {@code eventName}.\n\n"
                + "@return for example {@code \"UpdateUserPoolClient\"}; {@code null} for {@link"
                + " #UNKNOWN}\n"));
    type.addMethod(
        MethodSpec.methodBuilder("eventName")
            .addJavadoc(
                "The {@code eventName} of the operation's CloudTrail records (its API name).\n\n"
                    + "@return the name; {@code null} for {@link #UNKNOWN}\n")
            .addModifiers(Modifier.PUBLIC)
            .returns(STRING)
            .addStatement("return apiName")
            .build());
    type.addMethod(
        getter(
            "service",
            COGNITO_SERVICE,
            "The service the operation belongs to.\n\n@return the service; {@code null} for"
                + " {@link #UNKNOWN}\n"));
    type.addMethod(
        MethodSpec.methodBuilder("isReadOnly")
            .addJavadoc(
                "Whether the operation only reads: {@code Describe*}, {@code Get*}, {@code List*},"
                    + " {@code Lookup*}, {@code AdminGet*} and {@code AdminList*} operations, except"
                    + " $L, which change state. The classification is the library's (the"
                    + " service model has no such flag).\n\n"
                    + "@return whether it is read-only; {@code false} for {@link #UNKNOWN}\n",
                String.join(
                    ", ", NOT_READ_ONLY.stream().sorted().map(n -> "{@code " + n + "}").toList()))
            .addModifiers(Modifier.PUBLIC)
            .returns(TypeName.BOOLEAN)
            .addStatement("return readOnly")
            .build());
    type.addMethod(
        MethodSpec.methodBuilder("needsAllManagementEventsRule")
            .addJavadoc(
                "Whether an EventBridge rule only sees this operation's CloudTrail records when the"
                    + " trail logs read-only management events too: EventBridge delivers no"
                    + " {@code Describe*}, {@code Get*} or {@code List*} call through the default"
                    + " bus unless the trail records all management events.\n\n"
                    + "@return whether the name starts with {@code Describe}, {@code Get} or {@code"
                    + " List}\n")
            .addModifiers(Modifier.PUBLIC)
            .returns(TypeName.BOOLEAN)
            .addStatement(
                "return apiName != null && (apiName.startsWith(\"Describe\") ||"
                    + " apiName.startsWith(\"Get\") || apiName.startsWith(\"List\"))")
            .build());
    type.addMethod(
        MethodSpec.methodBuilder("requestType")
            .addJavadoc(
                "The record its {@code requestParameters} are read into. (The record classes are"
                    + " loaded when first asked for, not with this enum.)\n\n@return the generated"
                    + " request record; {@code null} for {@link #UNKNOWN}\n")
            .addModifiers(Modifier.PUBLIC)
            .returns(REQUEST_CLASS)
            .addStatement("return OperationCodecs.requestType(this)")
            .build());
    type.addMethod(
        MethodSpec.methodBuilder("hasOutput")
            .addJavadoc(
                "Whether the operation has output, so that a successful call's record has {@code"
                    + " responseElements}.\n\n@return whether there is a response record\n")
            .addModifiers(Modifier.PUBLIC)
            .returns(TypeName.BOOLEAN)
            .addStatement("return hasOutput")
            .build());
    type.addMethod(
        MethodSpec.methodBuilder("responseType")
            .addJavadoc(
                "The record its {@code responseElements} are read into.\n\n@return the generated"
                    + " response record; empty for an operation without output (CloudTrail writes"
                    + " {@code null}) and for {@link #UNKNOWN}\n")
            .addModifiers(Modifier.PUBLIC)
            .returns(ParameterizedTypeName.get(OPTIONAL, RESPONSE_CLASS))
            .addStatement(
                "return hasOutput ? $T.of(OperationCodecs.responseType(this)) : $T.empty()",
                OPTIONAL,
                OPTIONAL)
            .build());
    type.addMethod(
        MethodSpec.methodBuilder("fromEventName")
            .addJavadoc(
                "The operation of an {@code eventName}; for the three names both services have,"
                    + " the user-pool one (use {@link #of(String, String)} with the record's"
                    + " {@code eventSource} to tell them apart).\n\n"
                    + "@param eventName the name, may be {@code null}\n"
                    + "@return the operation, or {@link #UNKNOWN}\n")
            .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
            .returns(SELF)
            .addParameter(STRING, "eventName")
            .addStatement(
                "return eventName == null ? UNKNOWN : BY_NAME.getOrDefault(eventName, UNKNOWN)")
            .build());
    type.addMethod(
        MethodSpec.methodBuilder("of")
            .addJavadoc(
                "The operation of a CloudTrail record.\n\n"
                    + "@param eventSource the record's {@code eventSource}, such as {@code"
                    + " cognito-idp.amazonaws.com}\n"
                    + "@param eventName the record's {@code eventName}\n"
                    + "@return the operation, or {@link #UNKNOWN} for another service or an unknown"
                    + " name\n")
            .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
            .returns(SELF)
            .addParameter(STRING, "eventSource")
            .addParameter(STRING, "eventName")
            .addStatement(
                "return eventSource == null || eventName == null ? UNKNOWN :"
                    + " BY_SOURCE_AND_NAME.getOrDefault(eventSource + ' ' + eventName, UNKNOWN)")
            .build());
    return type.build();
  }

  private static MethodSpec getter(String name, TypeName type, String doc) {
    return MethodSpec.methodBuilder(name)
        .addJavadoc(doc)
        .addModifiers(Modifier.PUBLIC)
        .returns(type)
        .addStatement("return $L", name)
        .build();
  }

  /** {@code Class<? extends RequestParameters>}. */
  private static final TypeName REQUEST_CLASS =
      ParameterizedTypeName.get(
          ClassName.get(Class.class), WildcardTypeName.subtypeOf(REQUEST_PARAMETERS));

  /** {@code Class<? extends ResponseElements>}. */
  private static final TypeName RESPONSE_CLASS =
      ParameterizedTypeName.get(
          ClassName.get(Class.class), WildcardTypeName.subtypeOf(RESPONSE_ELEMENTS));

  TypeSpec codecs() {
    TypeName requestCodec =
        ParameterizedTypeName.get(RECORD_CODEC, WildcardTypeName.subtypeOf(REQUEST_PARAMETERS));
    TypeName responseCodec =
        ParameterizedTypeName.get(RECORD_CODEC, WildcardTypeName.subtypeOf(RESPONSE_ELEMENTS));
    return TypeSpec.classBuilder("OperationCodecs")
        .addModifiers(Modifier.FINAL)
        .addJavadoc(
            "The codecs and classes of each operation's request and response records. A switch"
                + " branch loads its record class only when it runs, so reading one operation's"
                + " event loads that operation's records and no others.\n")
        .addMethod(MethodSpec.constructorBuilder().addModifiers(Modifier.PRIVATE).build())
        .addMethod(switchMethod("request", requestCodec, Operation::request, "CODEC"))
        .addMethod(switchMethod("response", responseCodec, Operation::response, "CODEC"))
        .addMethod(switchMethod("requestType", REQUEST_CLASS, Operation::request, "class"))
        .addMethod(switchMethod("responseType", RESPONSE_CLASS, Operation::response, "class"))
        .build();
  }

  /**
   * {@code static T name(CognitoOperation operation)}: a switch giving {@code Record.member} of the
   * shape each operation has, {@code null} for the others.
   */
  private MethodSpec switchMethod(
      String name,
      TypeName returns,
      java.util.function.Function<Operation, SdkModel.Shape> shape,
      String member) {
    CodeBlock.Builder body = CodeBlock.builder().add("return switch (operation) {\n").indent();
    boolean all = true;
    for (Operation op : model.operations) {
      SdkModel.Shape s = shape.apply(op);
      if (s == null) {
        all = false;
      } else {
        body.add("case $L -> $T.$L;\n", constant(op), ClassName.get(PACKAGE, s.javaName), member);
      }
    }
    body.add(all ? "case UNKNOWN -> null;\n" : "default -> null;\n").unindent().add("};\n");
    return MethodSpec.methodBuilder(name)
        .addModifiers(Modifier.STATIC)
        .returns(returns)
        .addParameter(SELF, "operation")
        .addCode(body.build())
        .build();
  }
}
