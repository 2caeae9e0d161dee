package io.github.cognitoevents.generator;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import com.palantir.javapoet.WildcardTypeName;
import io.github.cognitoevents.generator.SdkModel.Shape;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;
import javax.lang.model.element.Modifier;

/**
 * Writes {@code SdkTypes} of {@code cognito-events-sdk-bridge}: which AWS SDK for Java v2 class
 * each generated CloudTrail record corresponds to, as class literals on both sides, so the compiler
 * checks every pair.
 */
final class BridgeWriter {

  static final String PACKAGE = "io.github.cognitoevents.sdkbridge";

  private final SdkModel model;
  private final Path out;
  private final String generatorNote;

  BridgeWriter(SdkModel model, Path out, String generatorNote) {
    this.model = model;
    this.out = out;
    this.generatorNote = generatorNote;
  }

  int write() throws IOException {
    TypeName anyClass =
        ParameterizedTypeName.get(
            ClassName.get(Class.class), WildcardTypeName.subtypeOf(Object.class));
    TypeName mapType = ParameterizedTypeName.get(ClassName.get(Map.class), anyClass, anyClass);
    CodeBlock.Builder entries = CodeBlock.builder().add("$T.ofEntries(", Map.class).indent();
    int count = 0;
    for (Shape shape : model.shapes.values()) {
      if (shape.members.isEmpty() && !isRequest(shape)) {
        continue; // not generated in the model
      }
      entries.add(
          "$L\n$T.entry($T.class, $T.class)",
          count == 0 ? "" : ",",
          Map.class,
          ClassName.get(ModelWriter.PACKAGE, shape.javaName),
          ClassName.get(shape.sdkClass));
      count++;
    }
    entries.unindent().add(")");
    TypeSpec type =
        TypeSpec.classBuilder("SdkTypes")
            .addModifiers(Modifier.FINAL)
            .addJavadoc(
                "The AWS SDK for Java v2 class of each generated CloudTrail record, from $L.\n",
                generatorNote)
            .addField(
                FieldSpec.builder(mapType, "SDK_TYPE", Modifier.STATIC, Modifier.FINAL)
                    .initializer(entries.build())
                    .build())
            .addMethod(MethodSpec.constructorBuilder().addModifiers(Modifier.PRIVATE).build())
            .build();
    Sources.write(PACKAGE, type, out, generatorNote);
    return count;
  }

  private boolean isRequest(Shape shape) {
    return model.operations.stream().anyMatch(op -> op.request() == shape);
  }
}
