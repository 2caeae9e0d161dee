/*
 * Checks what a release would upload to Maven Central, after `mvn -Prelease -DskipUpload=true deploy`
 * (see .ci/release-dry-run): the files the central-publishing plugin gathered under
 * oss-parent/target/central-staging (a release version) or central-deferred (a SNAPSHOT).
 *
 * - Every module of the reactor is there unless its POM sets cognitoevents.publish.skip to true, and
 *   no other module is.
 * - A jar module has its jar, sources jar, javadoc jar and POM, a pom module its POM; the CLI also its
 *   runnable "all" jar. Every file has a .asc signature that gpg verifies (with the throwaway key of
 *   the run, in GNUPGHOME).
 * - The jars hold what they should: classes, .java sources, an index.html.
 * - The POM metadata Maven Central requires (url, licenses, developers, scm, issue management) is in
 *   oss-parent, and every other POM descends from it and has its own name and description.
 *
 * Usage: java .ci/CheckReleaseBundle.java REPOSITORY_ROOT
 */
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.jar.JarFile;
import javax.xml.parsers.DocumentBuilderFactory;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

public final class CheckReleaseBundle {
  private static final String GROUP_PATH = "io/github/cognitoevents";
  private static final List<String> failures = new ArrayList<>();
  private static int signaturesVerified;

  public static void main(String[] args) throws Exception {
    Path root = Path.of(args.length > 0 ? args[0] : ".").toAbsolutePath().normalize();
    Path rootPom = root.resolve("pom.xml");
    String version = text(child(read(rootPom), "version"));

    // What the reactor says should be published: artifactId -> packaging.
    Map<String, String> expected = new TreeMap<>();
    expected.put(artifactId(read(rootPom)), "pom");
    for (String module : children(read(rootPom), "modules", "module")) {
      Document pom = read(root.resolve(module).resolve("pom.xml"));
      String skip = text(child(child(pom.getDocumentElement(), "properties"), "cognitoevents.publish.skip"));
      if (!"true".equals(skip)) {
        String packaging = text(child(pom.getDocumentElement(), "packaging"));
        expected.put(artifactId(pom), packaging == null ? "jar" : packaging);
      }
    }

    Path target = root.resolve("oss-parent/target");
    Path gathered = target.resolve(version.endsWith("-SNAPSHOT") ? "central-deferred" : "central-staging");
    Path group = gathered.resolve(GROUP_PATH);
    if (!Files.isDirectory(group)) {
      fail("nothing was gathered for publication: " + group + " does not exist");
      finish(expected);
      return;
    }
    TreeSet<String> present = new TreeSet<>();
    try (var dirs = Files.list(group)) {
      dirs.filter(Files::isDirectory).forEach(d -> present.add(d.getFileName().toString()));
    }
    if (!present.equals(expected.keySet())) {
      fail("published modules " + present + " but the reactor publishes " + expected.keySet());
    }

    for (Map.Entry<String, String> module : expected.entrySet()) {
      String artifactId = module.getKey();
      Path dir = group.resolve(artifactId).resolve(version);
      String base = artifactId + "-" + version;
      List<String> files = new ArrayList<>();
      files.add(base + ".pom");
      if (module.getValue().equals("jar")) {
        files.add(base + ".jar");
        files.add(base + "-sources.jar");
        files.add(base + "-javadoc.jar");
      }
      if (artifactId.equals("cognito-events-cli")) {
        files.add(base + "-all.jar");
      }
      for (String name : files) {
        Path file = dir.resolve(name);
        if (!Files.isRegularFile(file)) {
          fail(artifactId + ": missing " + name);
          continue;
        }
        verifySignature(artifactId, file, dir.resolve(name + ".asc"));
        if (name.endsWith("-sources.jar")) {
          requireEntry(artifactId, file, ".java");
        } else if (name.endsWith("-javadoc.jar")) {
          requireEntry(artifactId, file, "index.html");
        } else if (name.endsWith(".jar")) {
          requireEntry(artifactId, file, ".class");
        } else {
          checkPom(artifactId, read(file));
        }
      }
    }
    finish(expected);
  }

  private static void finish(Map<String, String> expected) {
    if (!failures.isEmpty()) {
      System.err.println("FAIL: the release dry run would not publish what Maven Central needs:");
      failures.forEach(f -> System.err.println("  " + f));
      System.exit(1);
    }
    System.out.println(
        "Release dry run: "
            + expected.size()
            + " artifacts "
            + expected.keySet()
            + " complete, "
            + signaturesVerified
            + " signatures verified by gpg.");
  }

  private static void checkPom(String artifactId, Document pom) {
    Element project = pom.getDocumentElement();
    for (String required : List.of("name", "description")) {
      if (text(child(project, required)) == null) {
        fail(artifactId + ": the POM has no <" + required + ">");
      }
    }
    if (artifactId.equals("cognito-events-oss-parent")) {
      for (String required : List.of("url", "licenses", "developers", "scm", "issueManagement")) {
        if (child(project, required) == null) {
          fail(artifactId + ": the POM has no <" + required + ">, which every published POM inherits");
        }
      }
      if (!"false".equals(project.getAttribute("child.project.url.inherit.append.path"))) {
        fail(artifactId + ": children would append their artifactId to <url>");
      }
    } else {
      String parent = text(child(child(project, "parent"), "artifactId"));
      if (!"cognito-events-oss-parent".equals(parent) && !"cognito-events-parent".equals(parent)) {
        fail(artifactId + ": the POM does not inherit the project metadata (parent " + parent + ")");
      }
    }
  }

  private static void verifySignature(String artifactId, Path file, Path signature)
      throws IOException, InterruptedException {
    if (!Files.isRegularFile(signature)) {
      fail(artifactId + ": " + file.getFileName() + " is not signed (no .asc)");
      return;
    }
    Process gpg =
        new ProcessBuilder("gpg", "--batch", "--verify", signature.toString(), file.toString())
            .redirectErrorStream(true)
            .start();
    String output = new String(gpg.getInputStream().readAllBytes());
    if (!gpg.waitFor(60, TimeUnit.SECONDS) || gpg.exitValue() != 0) {
      fail(artifactId + ": gpg does not verify " + signature.getFileName() + ": " + output.strip());
    } else {
      signaturesVerified++;
    }
  }

  private static void requireEntry(String artifactId, Path jar, String suffix) throws IOException {
    try (JarFile file = new JarFile(jar.toFile())) {
      if (file.stream().noneMatch(e -> e.getName().endsWith(suffix))) {
        fail(artifactId + ": " + jar.getFileName() + " has no " + suffix + " entry");
      }
    }
  }

  private static void fail(String message) {
    failures.add(message);
  }

  private static Document read(Path pom) throws Exception {
    DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
    factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
    return factory.newDocumentBuilder().parse(pom.toFile());
  }

  private static String artifactId(Document pom) {
    return text(child(pom.getDocumentElement(), "artifactId"));
  }

  private static List<String> children(Document pom, String container, String name) {
    List<String> values = new ArrayList<>();
    Element parent = child(pom.getDocumentElement(), container);
    for (Node n = parent == null ? null : parent.getFirstChild(); n != null; n = n.getNextSibling()) {
      if (n instanceof Element e && e.getTagName().equals(name)) {
        values.add(e.getTextContent().strip());
      }
    }
    return values;
  }

  private static Element child(Node parent, String name) {
    if (parent instanceof Document d) {
      parent = d.getDocumentElement();
    }
    for (Node n = parent == null ? null : parent.getFirstChild(); n != null; n = n.getNextSibling()) {
      if (n instanceof Element e && e.getTagName().equals(name)) {
        return e;
      }
    }
    return null;
  }

  private static String text(Element element) {
    if (element == null) {
      return null;
    }
    String text = element.getTextContent().strip();
    return text.isEmpty() ? null : text;
  }

}
