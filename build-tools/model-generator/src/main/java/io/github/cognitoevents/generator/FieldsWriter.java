package io.github.cognitoevents.generator;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeSpec;
import io.github.cognitoevents.generator.SdkModel.ListType;
import io.github.cognitoevents.generator.SdkModel.MapType;
import io.github.cognitoevents.generator.SdkModel.Member;
import io.github.cognitoevents.generator.SdkModel.MemberType;
import io.github.cognitoevents.generator.SdkModel.Operation;
import io.github.cognitoevents.generator.SdkModel.ScalarType;
import io.github.cognitoevents.generator.SdkModel.Shape;
import io.github.cognitoevents.generator.SdkModel.StructType;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashSet;
import java.util.Set;
import javax.lang.model.element.Modifier;

/**
 * Writes {@code RequestFields} of {@code pattern-dsl}: for every operation, a typed {@code
 * CloudTrailField} for every member of its {@code requestParameters}, and for nested structures a
 * nested class per member with the structure's own members ({@code
 * RequestFields.CreateUserPool.LambdaConfig.PRE_SIGN_UP} is {@code
 * requestParameters.lambdaConfig.preSignUp}). Lists are transparent, as EventBridge matches each
 * element: {@code RequestFields.CreateUserPool.Schema.NAME} is {@code
 * requestParameters.schema.name}.
 */
final class FieldsWriter {

  static final String PACKAGE = "io.github.cognitoevents.pattern.cognito";
  private static final ClassName FIELD = ClassName.get(PACKAGE, "CloudTrailField");
  private static final ClassName FORMAT = FIELD.nestedClass("ValueFormat");
  private static final ClassName JSON_KIND =
      ClassName.get("io.github.cognitoevents.pattern", "JsonKind");
  private static final ClassName OPERATION = ModelWriter.COGNITO_OPERATION;

  /** How deep nested structures are followed below {@code requestParameters}. */
  static final int MAX_DEPTH = 4;

  private final SdkModel model;
  private final Path out;
  private final String generatorNote;
  private int count;

  FieldsWriter(SdkModel model, Path out, String generatorNote) {
    this.model = model;
    this.out = out;
    this.generatorNote = generatorNote;
  }

  int write() throws IOException {
    TypeSpec.Builder root =
        TypeSpec.classBuilder("RequestFields")
            .addModifiers(Modifier.PUBLIC, Modifier.FINAL)
            .addJavadoc(
                "Typed paths to every member of the {@code requestParameters} of every Cognito"
                    + " operation, for {@link CognitoRule#where} and {@link CognitoApiCalls}: one"
                    + " class per operation, named as the operation's request record without {@code"
                    + " Request}, one constant per member, and one nested class per structure member"
                    + " (up to $L levels). Lists are transparent: EventBridge matches each element.\n"
                    + "\n<pre>{@code\n"
                    + "CognitoRule.on(CognitoOperation.CREATE_USER_POOL)\n"
                    + "    .where(RequestFields.CreateUserPool.LambdaConfig.PRE_SIGN_UP, exists())\n"
                    + "}</pre>\n\n"
                    + "<p>Generated from $L, with the CloudTrail records of {@code"
                    + " cognito-events-model}; never edited by hand.\n",
                MAX_DEPTH,
                generatorNote)
            .addMethod(MethodSpec.constructorBuilder().addModifiers(Modifier.PRIVATE).build());
    for (Operation op : model.operations) {
      String className = SdkModel.javaName(op);
      root.addType(
          structClass(
              className,
              op,
              op.request(),
              "requestParameters",
              new ArrayDeque<>(java.util.List.of(className, "RequestFields")),
              1));
    }
    Sources.write(PACKAGE, root.build(), out, generatorNote);
    return count;
  }

  private TypeSpec structClass(
      String className,
      Operation op,
      Shape shape,
      String path,
      Deque<String> enclosing,
      int depth) {
    TypeSpec.Builder type =
        TypeSpec.classBuilder(className)
            .addModifiers(Modifier.PUBLIC, Modifier.STATIC, Modifier.FINAL)
            .addJavadoc(
                depth == 1
                    ? com.palantir.javapoet.CodeBlock.of(
                        "The request members of {@code $L} ($L).\n", op.name(), op.service().id())
                    : com.palantir.javapoet.CodeBlock.of("The members of {@code $L}.\n", path))
            .addMethod(MethodSpec.constructorBuilder().addModifiers(Modifier.PRIVATE).build());
    Set<String> constants = new HashSet<>();
    for (Member member : shape.members) {
      String memberPath = path + "." + member.json();
      String kind = jsonKind(member.type());
      String constant = ModelWriter.constantName(member.java());
      if (!constants.add(constant)) {
        throw new IllegalStateException(
            "two members of " + shape.sdkName + " would be the constant " + constant);
      }
      String format =
          member.json().equals("userPoolId")
              ? "USER_POOL_ID"
              : member.json().equals("clientId") ? "APP_CLIENT_ID" : "ANY";
      ClassName kindType = JSON_KIND.nestedClass(kind);
      type.addField(
          FieldSpec.builder(
                  ParameterizedTypeName.get(FIELD, kindType),
                  constant,
                  Modifier.PUBLIC,
                  Modifier.STATIC,
                  Modifier.FINAL)
              .addJavadoc("{@code $L}.\n", memberPath)
              .initializer(
                  "$T.of($T.class, $S, $T.class, $S, $T.$L, $T.$L)",
                  FIELD,
                  kindType,
                  memberPath,
                  ClassName.get(ModelWriter.PACKAGE, shape.javaName),
                  member.java(),
                  FORMAT,
                  format,
                  OPERATION,
                  OperationWriter.constant(op))
              .build());
      count++;
      Shape nested = structOf(member.type());
      if (nested != null && depth < MAX_DEPTH && !nested.members.isEmpty()) {
        String nestedName = upperFirst(member.java());
        if (enclosing.contains(nestedName)) {
          nestedName = nestedName + "Fields";
        }
        enclosing.push(nestedName);
        type.addType(structClass(nestedName, op, nested, memberPath, enclosing, depth + 1));
        enclosing.pop();
      }
    }
    return type.build();
  }

  private static Shape structOf(MemberType type) {
    if (type instanceof ListType list) {
      return structOf(list.element());
    }
    return type instanceof StructType struct ? struct.shape() : null;
  }

  /** The {@code JsonKind} of a member's values as a pattern sees them. */
  private static String jsonKind(MemberType type) {
    if (type instanceof ListType list) {
      String element = jsonKind(list.element());
      return element.equals("StringValue") ? "StringList" : element;
    }
    if (type instanceof MapType || type instanceof StructType) {
      return "ObjectValue";
    }
    return switch (((ScalarType) type).scalar()) {
      case STRING, TIMESTAMP, BYTES -> "StringValue";
      case BOOLEAN -> "BooleanValue";
      case INT, LONG, DECIMAL -> "NumberValue";
      case DOCUMENT -> "ObjectValue";
    };
  }

  private static String upperFirst(String name) {
    return Character.toUpperCase(name.charAt(0)) + name.substring(1);
  }
}
