package io.github.cognitoevents.patterntest.internal;

import java.net.InetAddress;
import java.net.UnknownHostException;

/**
 * IP literals as EventBridge reads them: text that looks like IPv4 ({@code
 * digits.digits.digits.digits}) or IPv6 (hex digits and colons, at least one colon) is parsed with
 * {@link InetAddress} (no DNS: only literals reach it). IPv4-mapped IPv6 text therefore becomes 4
 * bytes, as in event-ruler.
 */
final class IpAddress {

  private IpAddress() {}

  /** The address bytes (4 or 16), or {@code null} when the text is not an IP literal. */
  static byte[] parse(String text) {
    if (looksLikeIpv4(text)) {
      return parseIpv4(text);
    }
    if (!looksLikeIpv6(text)) {
      return null;
    }
    try {
      // text with a colon is only ever parsed as an IPv6 literal: no name lookup
      byte[] address = InetAddress.getByName(text).getAddress();
      return address.length == 4 || address.length == 16 ? address : null;
    } catch (UnknownHostException | RuntimeException e) {
      return null;
    }
  }

  /**
   * Four dot-separated decimal parts, each at most 255; leading zeros are allowed and read as
   * decimal ({@code 010.0.0.1} is 10.0.0.1), as {@link InetAddress} reads them. Anything else is
   * not an address. We parse this ourselves because {@code InetAddress.getByName("1.2.3.999")}
   * falls back to a DNS lookup (event-ruler does that lookup; it fails, so the verdict is the
   * same).
   */
  private static byte[] parseIpv4(String s) {
    byte[] out = new byte[4];
    int part = 0;
    long value = 0;
    for (int i = 0; i <= s.length(); i++) {
      char c = i < s.length() ? s.charAt(i) : '.';
      if (c == '.') {
        if (value > 255) {
          return null;
        }
        out[part++] = (byte) value;
        value = 0;
      } else {
        value = value * 10 + (c - '0');
        if (value > 0xffffffffL) {
          return null;
        }
      }
    }
    return out;
  }

  /** event-ruler's IPv4 shape: {@code [0-9]+\.[0-9]+\.[0-9]+\.[0-9]+}. */
  static boolean looksLikeIpv4(String s) {
    int groups = 0;
    int digits = 0;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c >= '0' && c <= '9') {
        digits++;
      } else if (c == '.') {
        if (digits == 0) {
          return false;
        }
        groups++;
        digits = 0;
      } else {
        return false;
      }
    }
    return groups == 3 && digits > 0;
  }

  /** event-ruler's IPv6 shape: {@code [0-9a-fA-F:]*:[0-9a-fA-F:]*}. */
  static boolean looksLikeIpv6(String s) {
    boolean colon = false;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c == ':') {
        colon = true;
      } else if (!((c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F'))) {
        return false;
      }
    }
    return colon;
  }

  /** Unsigned lexicographic comparison of two addresses of the same length. */
  static int compare(byte[] a, byte[] b) {
    for (int i = 0; i < a.length; i++) {
      int x = a[i] & 0xff;
      int y = b[i] & 0xff;
      if (x != y) {
        return x < y ? -1 : 1;
      }
    }
    return 0;
  }
}
