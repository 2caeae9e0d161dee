package io.github.cognitoevents.patterntest.internal;

/**
 * String helpers that reproduce how EventBridge compares text: on the UTF-8 bytes of the Java
 * string, where an unpaired surrogate encodes as {@code ?}.
 */
final class Utf16 {

  private Utf16() {}

  /**
   * Replaces every unpaired UTF-16 surrogate with {@code ?}, which is what {@code
   * String.getBytes(UTF_8)} does. Two strings are then equal exactly when their UTF-8 encodings (as
   * event-ruler computes them) are equal. Returns the argument itself when it has no surrogates, so
   * the common case does not allocate.
   */
  static String normalize(String s) {
    int n = s.length();
    int i = 0;
    while (i < n && !Character.isSurrogate(s.charAt(i))) {
      i++;
    }
    if (i == n) {
      return s;
    }
    StringBuilder b = new StringBuilder(n);
    b.append(s, 0, i);
    while (i < n) {
      char c = s.charAt(i);
      if (Character.isHighSurrogate(c) && i + 1 < n && Character.isLowSurrogate(s.charAt(i + 1))) {
        b.append(c).append(s.charAt(i + 1));
        i += 2;
      } else if (Character.isSurrogate(c)) {
        b.append('?');
        i++;
      } else {
        b.append(c);
        i++;
      }
    }
    return b.toString();
  }
}
