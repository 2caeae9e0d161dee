package io.github.cognitoevents.generator;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import io.github.cognitoevents.generator.SdkModel.EnumShape;
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
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import javax.lang.model.element.Modifier;

/**
 * Writes the CloudTrail model of {@code cognito-events-model}: one record per request, response and
 * nested structure on the model's one codec ({@code RecordCodec}), one enum per SDK enum, the
 * sealed {@code RequestParameters} / {@code ResponseElements}, {@code CognitoOperation} and the
 * package-private dispatch from an operation to its codecs.
 *
 * <p>CloudTrail's conventions are applied here, once, for every type: JSON member names are the API
 * member names with the first character lower-cased; a member the service model marks sensitive is
 * a {@code Redactable} (CloudTrail may replace the whole value, whatever its type, by its marker)
 * and is never printed; timestamps and blobs are kept as the text CloudTrail wrote; scalars are
 * read leniently (a string-typed boolean or number reads as the value and is written back as
 * received), unknown members are kept in order. An operation without output has no response type:
 * CloudTrail writes {@code null} there.
 */
final class ModelWriter {

  static final String PACKAGE = "io.github.cognitoevents.model.cloudtrail";
  private static final String CODEC_PACKAGE = "io.github.cognitoevents.model.internal.codec";

  static final ClassName RECORD_CODEC = ClassName.get(CODEC_PACKAGE, "RecordCodec");
  static final ClassName KINDS = ClassName.get(CODEC_PACKAGE, "Kinds");
  static final ClassName SENSITIVITY = ClassName.get(CODEC_PACKAGE, "Sensitivity");
  static final ClassName FROZEN = ClassName.get(CODEC_PACKAGE, "Frozen");
  static final ClassName DOCUMENTS = ClassName.get(CODEC_PACKAGE, "Documents");
  static final ClassName REDACTABLE = ClassName.get(PACKAGE, "Redactable");
  static final ClassName REQUEST_PARAMETERS = ClassName.get(PACKAGE, "RequestParameters");
  static final ClassName RESPONSE_ELEMENTS = ClassName.get(PACKAGE, "ResponseElements");
  static final ClassName UNTYPED_REQUEST = ClassName.get(PACKAGE, "UntypedRequest");
  static final ClassName UNTYPED_RESPONSE = ClassName.get(PACKAGE, "UntypedResponse");
  static final ClassName COGNITO_OPERATION = ClassName.get(PACKAGE, "CognitoOperation");
  static final ClassName COGNITO_SERVICE = ClassName.get(PACKAGE, "CognitoService");
  static final ClassName JSON_NODE = ClassName.get("com.fasterxml.jackson.databind", "JsonNode");
  static final ClassName OBJECT_NODE =
      ClassName.get("com.fasterxml.jackson.databind.node", "ObjectNode");
  static final ClassName LIST = ClassName.get("java.util", "List");
  static final ClassName MAP = ClassName.get("java.util", "Map");
  static final ClassName STRING = ClassName.get("java.lang", "String");
  static final ClassName OPTIONAL = ClassName.get("java.util", "Optional");

  /** Names a record may not give a component: its own methods. */
  private static final Set<String> RESERVED_COMPONENTS =
      Set.of("toJson", "toString", "hashCode", "equals", "getClass", "unknownFields", "notify");

  private final SdkModel model;
  private final Path out;
  private final String generatorNote;

  ModelWriter(SdkModel model, Path out, String generatorNote) {
    this.model = model;
    this.out = out;
    this.generatorNote = generatorNote;
  }

  void writeAll() throws IOException {
    Set<Shape> requests = new HashSet<>();
    Set<Shape> responses = new HashSet<>();
    for (Operation op : model.operations) {
      requests.add(op.request());
      if (op.response() != null) {
        responses.add(op.response());
      }
    }
    for (Shape shape : model.shapes.values()) {
      if (shape.members.isEmpty() && !requests.contains(shape)) {
        continue; // an output without members: never generated, CloudTrail writes null
      }
      write(record(shape, requests.contains(shape), responses.contains(shape)));
    }
    for (EnumShape e : model.enums.values()) {
      write(enumType(e));
    }
    write(sealed("RequestParameters", requests, UNTYPED_REQUEST, true));
    write(sealed("ResponseElements", responses, UNTYPED_RESPONSE, false));
    write(new OperationWriter(model, generatorNote).operationEnum());
    write(new OperationWriter(model, generatorNote).codecs());
  }

  private void write(TypeSpec type) throws IOException {
    Sources.write(PACKAGE, type, out, generatorNote);
  }

  static TypeName javaType(Member member) {
    TypeName type = javaType(member.type());
    return member.redactable() ? ParameterizedTypeName.get(REDACTABLE, type) : type;
  }

  static TypeName javaType(MemberType type) {
    if (type instanceof ListType list) {
      return ParameterizedTypeName.get(LIST, javaType(list.element()));
    }
    if (type instanceof MapType map) {
      return ParameterizedTypeName.get(MAP, STRING, javaType(map.value()));
    }
    if (type instanceof StructType struct) {
      return ClassName.get(PACKAGE, struct.shape().javaName);
    }
    ScalarType scalar = (ScalarType) type;
    return switch (scalar.scalar()) {
      case STRING, TIMESTAMP, BYTES -> STRING;
      case BOOLEAN -> ClassName.get(Boolean.class);
      case INT -> ClassName.get(Integer.class);
      case LONG -> ClassName.get(Long.class);
      case DECIMAL -> ClassName.get(java.math.BigDecimal.class);
      case DOCUMENT -> JSON_NODE;
    };
  }

  static CodeBlock kind(Member member) {
    CodeBlock kind = kind(member.type());
    return member.redactable() ? CodeBlock.of("$T.redactable($L)", KINDS, kind) : kind;
  }

  static CodeBlock kind(MemberType type) {
    if (type instanceof ListType list) {
      return CodeBlock.of("$T.list($L)", KINDS, kind(list.element()));
    }
    if (type instanceof MapType map) {
      return CodeBlock.of("$T.map($L)", KINDS, kind(map.value()));
    }
    if (type instanceof StructType struct) {
      return CodeBlock.of(
          "$T.record(() -> $T.CODEC)", KINDS, ClassName.get(PACKAGE, struct.shape().javaName));
    }
    ScalarType scalar = (ScalarType) type;
    String constant =
        switch (scalar.scalar()) {
          case STRING, TIMESTAMP, BYTES -> "STRING";
          case BOOLEAN -> "BOOLEAN";
          case INT -> "INT";
          case LONG -> "LONG";
          case DECIMAL -> "DECIMAL";
          case DOCUMENT -> "JSON";
        };
    return CodeBlock.of("$T.$L", KINDS, constant);
  }

  /** Whether a component needs {@code Frozen.of} in the compact constructor. */
  private static boolean needsFreezing(Member member) {
    return member.redactable()
        || member.type() instanceof ListType
        || member.type() instanceof MapType
        || (member.type() instanceof ScalarType s && s.scalar() == SdkModel.Scalar.DOCUMENT);
  }

  private TypeSpec record(Shape shape, boolean request, boolean response) {
    ClassName self = ClassName.get(PACKAGE, shape.javaName);
    for (Member member : shape.members) {
      if (RESERVED_COMPONENTS.contains(member.java())) {
        throw new IllegalStateException(
            shape.sdkName + "." + member.sdkName() + " would be named " + member.java());
      }
    }
    CodeBlock.Builder doc = CodeBlock.builder();
    if (request) {
      Operation op = operationOf(shape, true);
      doc.add(
          "The {@code requestParameters} of a CloudTrail record of {@code $L} ($L).\n",
          op.name(),
          op.service().id());
    } else if (response) {
      Operation op = operationOf(shape, false);
      doc.add(
          "The {@code responseElements} of a successful CloudTrail record of {@code $L} ($L).\n",
          op.name(),
          op.service().id());
    } else {
      doc.add(
          "The structure {@code $L} of the $L API as CloudTrail records it.\n",
          shape.sdkName,
          shape.service.id());
    }
    doc.add(
        "\n<p>Generated from the AWS SDK for Java v2 model class {@code $L}. Members the service"
            + " model marks sensitive are {@link Redactable}: CloudTrail may hide them, and"
            + " {@code toString()} never prints them.\n\n",
        shape.sdkClass.getName());
    for (Member member : shape.members) {
      doc.add(
          "@param $L JSON member {@code $L}$L\n",
          member.java(),
          member.json(),
          member.sensitive()
              ? " (sensitive: never printed; CloudTrail may hide it)"
              : member.redactable() ? " (holds sensitive members; CloudTrail may hide it)" : "");
    }
    doc.add("@param unknownFields members this version of the model does not declare, in order\n");

    MethodSpec.Builder ctor = MethodSpec.compactConstructorBuilder().addModifiers(Modifier.PUBLIC);
    for (Member member : shape.members) {
      ctor.addParameter(ParameterSpec.builder(javaType(member), member.java()).build());
    }
    TypeName unknownType = ParameterizedTypeName.get(MAP, STRING, JSON_NODE);
    ctor.addParameter(unknownType, "unknownFields");
    for (Member member : shape.members) {
      if (needsFreezing(member)) {
        ctor.addStatement("$L = $T.of($L)", member.java(), FROZEN, member.java());
      }
    }
    ctor.addStatement("unknownFields = $T.unknown(unknownFields)", FROZEN);

    CodeBlock.Builder codec = CodeBlock.builder().add("$T.builder($T.class)", RECORD_CODEC, self);
    codec.indent();
    for (Member member : shape.members) {
      if (member.sensitive()) {
        codec.add(
            "\n.field($S, $L, $T.SECRET, $T::$L)",
            member.json(),
            kind(member),
            SENSITIVITY,
            self,
            member.java());
      } else if (member.personal()) {
        codec.add(
            "\n.field($S, $L, $T.PERSONAL, $T::$L)",
            member.json(),
            kind(member),
            SENSITIVITY,
            self,
            member.java());
      } else {
        codec.add("\n.field($S, $L, $T::$L)", member.json(), kind(member), self, member.java());
      }
    }
    codec.add("\n.unknownFields($T::unknownFields)", self);
    List<String> args = new ArrayList<>();
    for (int i = 0; i < shape.members.size(); i++) {
      args.add("v.get(" + i + ")");
    }
    args.add("v.unknown()");
    codec.add("\n.build(v -> new $T($L))", self, String.join(", ", args));
    codec.unindent();

    TypeSpec.Builder type =
        TypeSpec.recordBuilder(self)
            .addModifiers(Modifier.PUBLIC)
            .addJavadoc(doc.build())
            .recordConstructor(ctor.build())
            .addField(
                FieldSpec.builder(
                        ParameterizedTypeName.get(RECORD_CODEC, self),
                        "CODEC",
                        Modifier.STATIC,
                        Modifier.FINAL)
                    .initializer(codec.build())
                    .build());
    if (request) {
      type.addSuperinterface(REQUEST_PARAMETERS);
    }
    if (response) {
      type.addSuperinterface(RESPONSE_ELEMENTS);
    }
    type.addMethod(
        MethodSpec.methodBuilder("fromJson")
            .addJavadoc(
                "Reads a $L from its JSON, as CloudTrail wrote it.\n\n"
                    + "@param json a JSON object\n"
                    + "@return the record\n"
                    + "@throws io.github.cognitoevents.model.EventParseException if the JSON is not"
                    + " an object of this shape (the message names the member and the JSON kind)\n",
                shape.javaName)
            .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
            .returns(self)
            .addParameter(JSON_NODE, "json")
            .addStatement("return $T.read(json, CODEC::read)", DOCUMENTS)
            .build());
    MethodSpec.Builder toJson =
        MethodSpec.methodBuilder("toJson")
            .addJavadoc(
                "The JSON of this record: the declared members in order, then the unknown ones;"
                    + " an unchanged record gives back what it was read from.\n\n"
                    + "@return a new JSON object\n")
            .addModifiers(Modifier.PUBLIC)
            .returns(OBJECT_NODE)
            .addStatement("return CODEC.toJson(this)");
    if (request || response) {
      toJson.addAnnotation(Override.class);
    }
    type.addMethod(toJson.build());
    type.addMethod(
        MethodSpec.methodBuilder("toString")
            .addJavadoc(
                "The members by JSON name, sensitive ones as {@code ***}.\n\n@return the text\n")
            .addAnnotation(Override.class)
            .addModifiers(Modifier.PUBLIC)
            .returns(STRING)
            .addStatement("return CODEC.toString(this)")
            .build());
    Set<String> names = new HashSet<>();
    shape.members.forEach(m -> names.add(m.java()));
    for (Member member : shape.members) {
      enumAccessor(member, names).ifPresent(type::addMethod);
    }
    return type.build();
  }

  /** {@code fooEnum()} for an enum member, {@code fooEnums()} for a list of them. */
  private static java.util.Optional<MethodSpec> enumAccessor(Member member, Set<String> names) {
    if (member.redactable()) {
      return java.util.Optional.empty();
    }
    if (member.type() instanceof ScalarType t && t.scalar() == SdkModel.Scalar.TIMESTAMP) {
      String name = member.java() + "Instant";
      if (names.contains(name)) {
        return java.util.Optional.empty();
      }
      ClassName timestamps = ClassName.get(PACKAGE, "CloudTrailTimestamps");
      return java.util.Optional.of(
          MethodSpec.methodBuilder(name)
              .addJavadoc(
                  "{@code $L} as an instant (the record keeps the text CloudTrail wrote).\n\n"
                      + "@return the instant, or {@code null} when absent\n"
                      + "@throws io.github.cognitoevents.model.EventParseException when the text is"
                      + " not a timestamp (see {@link $T})\n",
                  member.json(),
                  timestamps)
              .addModifiers(Modifier.PUBLIC)
              .returns(ClassName.get(java.time.Instant.class))
              .addStatement("return $T.parse($L, $S)", timestamps, member.java(), member.json())
              .build());
    }
    if (member.type() instanceof ScalarType s && s.enumShape() != null) {
      String name = member.java() + "Enum";
      if (names.contains(name)) {
        return java.util.Optional.empty();
      }
      ClassName e = ClassName.get(PACKAGE, s.enumShape().javaName);
      return java.util.Optional.of(
          MethodSpec.methodBuilder(name)
              .addJavadoc(
                  "{@code $L} as an enum.\n\n@return the constant, {@link $T#UNKNOWN} for a value"
                      + " this version does not know, or {@code null} when absent\n",
                  member.json(),
                  e)
              .addModifiers(Modifier.PUBLIC)
              .returns(e)
              .addStatement(
                  "return $L == null ? null : $T.fromValue($L)", member.java(), e, member.java())
              .build());
    }
    if (member.type() instanceof ListType l
        && l.element() instanceof ScalarType s
        && s.enumShape() != null) {
      String name = member.java() + "Enums";
      if (names.contains(name)) {
        return java.util.Optional.empty();
      }
      ClassName e = ClassName.get(PACKAGE, s.enumShape().javaName);
      return java.util.Optional.of(
          MethodSpec.methodBuilder(name)
              .addJavadoc(
                  "{@code $L} as enums.\n\n@return the constants ({@link $T#UNKNOWN} for values this"
                      + " version does not know), or {@code null} when absent\n",
                  member.json(),
                  e)
              .addModifiers(Modifier.PUBLIC)
              .returns(ParameterizedTypeName.get(LIST, e))
              .addStatement(
                  "return $L == null ? null : $L.stream().map($T::fromValue).toList()",
                  member.java(),
                  member.java(),
                  e)
              .build());
    }
    return java.util.Optional.empty();
  }

  private Operation operationOf(Shape shape, boolean request) {
    for (Operation op : model.operations) {
      if ((request ? op.request() : op.response()) == shape) {
        return op;
      }
    }
    throw new IllegalStateException(shape.sdkName + " belongs to no operation");
  }

  private TypeSpec enumType(EnumShape e) {
    ClassName self = ClassName.get(PACKAGE, e.javaName);
    TypeSpec.Builder type =
        TypeSpec.enumBuilder(self)
            .addModifiers(Modifier.PUBLIC)
            .addJavadoc(
                "The values of {@code $L} ($L), generated from the AWS SDK for Java v2 enum {@code"
                    + " $L}, with {@link #UNKNOWN} for a value this version does not know (the"
                    + " record keeps the raw text).\n",
                e.sdkName,
                e.service.id(),
                e.sdkClass.getName());
    // an API value named UNKNOWN keeps its meaning apart from "not known to this version":
    // UserStatusType's becomes UNKNOWN_STATUS
    String unknownValueName = "UNKNOWN_" + lastWord(e.javaName.replaceAll("Type$", ""));
    e.constants.forEach(
        (name, value) ->
            type.addEnumConstant(
                name.equals("UNKNOWN") ? unknownValueName : name,
                TypeSpec.anonymousClassBuilder("$S", value)
                    .addJavadoc(
                        name.equals("UNKNOWN")
                            ? "{@code $L}, a value of the API (not {@link #UNKNOWN}).\n"
                            : "{@code $L}.\n",
                        value)
                    .build()));
    type.addEnumConstant(
        "UNKNOWN",
        TypeSpec.anonymousClassBuilder("null")
            .addJavadoc("A value this version does not know.\n")
            .build());
    ParameterizedTypeName byValueType = ParameterizedTypeName.get(MAP, STRING, self);
    type.addField(
        FieldSpec.builder(
                byValueType, "BY_VALUE", Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL)
            .initializer("new $T<>()", ClassName.get("java.util", "HashMap"))
            .build());
    type.addStaticBlock(
        CodeBlock.builder()
            .beginControlFlow("for ($T constant : values())", self)
            .beginControlFlow("if (constant.value != null)")
            .addStatement("BY_VALUE.put(constant.value, constant)")
            .endControlFlow()
            .endControlFlow()
            .build());
    type.addField(STRING, "value", Modifier.PRIVATE, Modifier.FINAL);
    type.addMethod(
        MethodSpec.constructorBuilder()
            .addParameter(STRING, "value")
            .addStatement("this.value = value")
            .build());
    type.addMethod(
        MethodSpec.methodBuilder("value")
            .addJavadoc(
                "The value as the API writes it.\n\n@return the value, {@code null} for {@link"
                    + " #UNKNOWN}\n")
            .addModifiers(Modifier.PUBLIC)
            .returns(STRING)
            .addStatement("return value")
            .build());
    type.addMethod(
        MethodSpec.methodBuilder("fromValue")
            .addJavadoc(
                "The constant of a value.\n\n@param value the value as received, may be {@code"
                    + " null}\n@return its constant, or {@link #UNKNOWN}\n")
            .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
            .returns(self)
            .addParameter(STRING, "value")
            .addStatement("return value == null ? UNKNOWN : BY_VALUE.getOrDefault(value, UNKNOWN)")
            .build());
    return type.build();
  }

  private TypeSpec sealed(String name, Set<Shape> permitted, ClassName untyped, boolean request) {
    List<ClassName> types = new ArrayList<>();
    permitted.stream()
        .map(s -> s.javaName)
        .sorted()
        .forEach(n -> types.add(ClassName.get(PACKAGE, n)));
    types.add(untyped);
    return TypeSpec.interfaceBuilder(name)
        .addModifiers(Modifier.PUBLIC, Modifier.SEALED)
        .addPermittedSubclasses(types)
        .addJavadoc(
            request
                ? "The {@code requestParameters} of a CloudTrail record: the generated record of"
                    + " the operation (one per operation of cognito-idp and cognito-identity), or"
                    + " {@link UntypedRequest} for another service, an unknown operation or"
                    + " parameters that are not an object.\n"
                : "The {@code responseElements} of a successful CloudTrail record: the generated"
                    + " record of the operation, or {@link UntypedResponse}. A failed call, or an"
                    + " operation without output, has none ({@code null}).\n")
        .addMethod(
            MethodSpec.methodBuilder("toJson")
                .addJavadoc("The JSON, as CloudTrail wrote it.\n\n@return a new JSON tree\n")
                .addModifiers(Modifier.PUBLIC, Modifier.ABSTRACT)
                .returns(JSON_NODE)
                .build())
        .build();
  }

  static String constantName(String camel) {
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < camel.length(); i++) {
      char c = camel.charAt(i);
      boolean boundary =
          i > 0
              && Character.isUpperCase(c)
              && (Character.isLowerCase(camel.charAt(i - 1))
                  || (i + 1 < camel.length() && Character.isLowerCase(camel.charAt(i + 1))));
      if (boundary) {
        out.append('_');
      }
      out.append(Character.toUpperCase(c));
    }
    return out.toString().toUpperCase(Locale.ROOT);
  }

  private static String lastWord(String camel) {
    int at = camel.length() - 1;
    while (at > 0 && !Character.isUpperCase(camel.charAt(at))) {
      at--;
    }
    return camel.substring(at).toUpperCase(Locale.ROOT);
  }
}
