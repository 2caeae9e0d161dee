/*
 * Fails the build when a module's module-info requires a module whose name is derived from a jar's
 * file name (a jar with neither module-info.class nor an Automatic-Module-Name manifest entry).
 *
 * maven-compiler-plugin only logs this case ("Required filename-based automodules detected ...
 * Please don't publish this project"); javac's requires-automatic lint cannot tell a stable
 * Automatic-Module-Name from a file name, and no enforcer rule looks at module-info. This check runs
 * in every module that has a module-info (profile `module-checks` of the root POM), after
 * compilation, with the module's compile class path. cognito-events-lambda's StableModuleNamesTest
 * runs it on the real aws-lambda-java jars, which would trip it.
 *
 * Usage: java StableModuleNames.java TARGET_CLASSES/module-info.class CLASSPATH
 */
import java.io.IOException;
import java.io.InputStream;
import java.lang.module.FindException;
import java.lang.module.ModuleDescriptor;
import java.lang.module.ModuleFinder;
import java.lang.module.ModuleReference;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.jar.JarFile;

public final class StableModuleNames {
  private StableModuleNames() {}

  public static void main(String[] args) throws IOException {
    if (args.length != 2) {
      System.err.println("usage: StableModuleNames MODULE_INFO_CLASS CLASSPATH");
      System.exit(2);
    }
    Path moduleInfo = Path.of(args[0]);
    if (!Files.isRegularFile(moduleInfo)) {
      System.out.println("[stable-module-names] no " + moduleInfo + ": nothing to check");
      return;
    }
    ModuleDescriptor descriptor;
    try (InputStream in = Files.newInputStream(moduleInfo)) {
      descriptor = ModuleDescriptor.read(in);
    }
    List<String> problems = problems(descriptor, args[1]);
    if (!problems.isEmpty()) {
      System.err.println(
          "[stable-module-names] module "
              + descriptor.name()
              + " requires modules named only by a jar's file name; such a name changes with the"
              + " file name, so the module must not be published:");
      for (String problem : problems) {
        System.err.println("  " + problem);
      }
      System.err.println(
          "  Drop the requires (e.g. move the code that needs the jar to a module without"
              + " module-info, as cognito-events-lambda does) or depend on a version of the jar"
              + " that names its module.");
      System.exit(1);
    }
    System.out.println(
        "[stable-module-names] "
            + descriptor.name()
            + ": every required module has a stable name ("
            + descriptor.requires().size()
            + " requires)");
  }

  /** One line per required module whose name comes from a jar's file name. */
  static List<String> problems(ModuleDescriptor descriptor, String classpath) throws IOException {
    Map<String, Path> derivedFromFileName = new TreeMap<>();
    for (String element : classpath.split(java.io.File.pathSeparator)) {
      Path path = Path.of(element);
      if (element.isEmpty() || !Files.isRegularFile(path) || !element.endsWith(".jar")) {
        continue;
      }
      ModuleReference reference;
      try {
        reference = ModuleFinder.of(path).findAll().stream().findFirst().orElse(null);
      } catch (FindException e) {
        continue; // not usable as a module at all; javac reports that itself
      }
      if (reference != null
          && reference.descriptor().isAutomatic()
          && !hasAutomaticModuleName(path)) {
        derivedFromFileName.put(reference.descriptor().name(), path.getFileName());
      }
    }
    List<String> problems = new ArrayList<>();
    for (ModuleDescriptor.Requires requires : descriptor.requires()) {
      Path jar = derivedFromFileName.get(requires.name());
      if (jar != null) {
        problems.add("requires " + requires.name() + " (from the file name " + jar + ")");
      }
    }
    return problems;
  }

  private static boolean hasAutomaticModuleName(Path jar) throws IOException {
    try (JarFile file = new JarFile(jar.toFile())) {
      return file.getManifest() != null
          && file.getManifest().getMainAttributes().getValue("Automatic-Module-Name") != null;
    }
  }
}
