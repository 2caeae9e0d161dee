package io.github.cognitoevents.generator;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import software.amazon.awssdk.core.util.VersionInfo;

/**
 * Generates code from the AWS SDK for Java v2 model classes on its class path. Run by the build
 * (exec-maven-plugin, generate-sources) of the module that uses the output; nothing it writes is
 * committed.
 *
 * <pre>
 * ModelGenerator model OUT_DIR HAND_WRITTEN_PACKAGE_DIR
 * ModelGenerator fields OUT_DIR MODEL_HAND_WRITTEN_PACKAGE_DIR
 * ModelGenerator bridge OUT_DIR MODEL_HAND_WRITTEN_PACKAGE_DIR
 * </pre>
 *
 * <p>{@code model}: the CloudTrail records, enums, {@code CognitoOperation} and dispatch of {@code
 * cognito-events-model} into OUT_DIR; the simple names of the {@code .java} files in
 * HAND_WRITTEN_PACKAGE_DIR are not used for generated types. {@code fields}: {@code RequestFields}
 * of {@code pattern-dsl}; {@code bridge}: {@code SdkTypes} of {@code cognito-events-sdk-bridge}
 * (both need the model's package directory to name the types as the model does).
 */
public final class ModelGenerator {

  private ModelGenerator() {}

  /**
   * Runs the generator.
   *
   * @param args what to generate and where
   * @throws Exception when the SDK classes cannot be read or the output cannot be written
   */
  public static void main(String[] args) throws Exception {
    if (args.length < 2) {
      throw new IllegalArgumentException(
          "usage: ModelGenerator model OUT_DIR HAND_WRITTEN_PACKAGE_DIR");
    }
    Path out = Path.of(args[1]);
    String note = "the AWS SDK for Java v2 " + VersionInfo.SDK_VERSION + " model classes";
    switch (args[0]) {
      case "model" -> {
        SdkModel model = SdkModel.read(handWritten(Path.of(args[2])));
        new ModelWriter(model, out, note).writeAll();
      }
      case "fields" -> {
        SdkModel model = SdkModel.read(handWritten(Path.of(args[2])));
        int count = new FieldsWriter(model, out, note).write();
        System.out.println("[model-generator] " + count + " typed request fields");
      }
      case "bridge" -> {
        SdkModel model = SdkModel.read(handWritten(Path.of(args[2])));
        int count = new BridgeWriter(model, out, note).write();
        System.out.println("[model-generator] " + count + " record types bridged to the SDK");
      }
      default -> throw new IllegalArgumentException("unknown target " + args[0]);
    }
  }

  private static Set<String> handWritten(Path dir) throws IOException {
    Set<String> names = new TreeSet<>();
    try (Stream<Path> files = Files.list(dir)) {
      files
          .map(f -> f.getFileName().toString())
          .filter(f -> f.endsWith(".java"))
          .forEach(f -> names.add(f.substring(0, f.length() - ".java".length())));
    }
    return names;
  }
}
