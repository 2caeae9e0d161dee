package io.github.cognitoevents.model.internal.codec;

/** JSON pointer helpers (RFC 6901). */
public final class JsonPointers {
  private JsonPointers() {}

  /**
   * The pointer of a member of the value at {@code parent}.
   *
   * @param parent the parent pointer
   * @param name the member name
   * @return the child pointer, {@code ~} and {@code /} escaped
   */
  public static String child(String parent, String name) {
    if (name.indexOf('~') < 0 && name.indexOf('/') < 0) {
      return parent + "/" + name;
    }
    return parent + "/" + name.replace("~", "~0").replace("/", "~1");
  }
}
