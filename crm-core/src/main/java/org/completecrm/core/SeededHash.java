package org.completecrm.core;

import java.nio.charset.StandardCharsets;

/**
 * A 64-bit hash of text under a seed that is the same on every JVM and in every release: FNV-1a
 * over the UTF-8 bytes, then the SplitMix64 finaliser (Steele, Lea and Flood, "Fast splittable
 * pseudorandom number generators", OOPSLA 2014) over the hash xor the mixed seed.
 */
public final class SeededHash {
  private SeededHash() {}

  /** The hash of {@code text} under {@code seed}. */
  public static long of(long seed, String text) {
    Checks.present(text, "SeededHash.text");
    long h = 0xcbf29ce484222325L;
    for (byte b : text.getBytes(StandardCharsets.UTF_8)) {
      h ^= b & 0xff;
      h *= 0x100000001b3L;
    }
    return mix(h ^ mix(seed + 0x9e3779b97f4a7c15L));
  }

  /** A uniform number in [0, 1) from the hash of {@code text} under {@code seed}. */
  public static double uniform(long seed, String text) {
    return (of(seed, text) >>> 11) * 0x1.0p-53;
  }

  /** The SplitMix64 finaliser. */
  public static long mix(long z) {
    z = (z ^ (z >>> 30)) * 0xbf58476d1ce4e5b9L;
    z = (z ^ (z >>> 27)) * 0x94d049bb133111ebL;
    return z ^ (z >>> 31);
  }
}
