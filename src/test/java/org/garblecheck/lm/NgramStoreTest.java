package org.garblecheck.lm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.util.HashMap;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

class NgramStoreTest {
  @Test
  void countsSurviveTheFstRoundTrip() throws Exception {
    Map<NgramStore.Key, Long> entries = new HashMap<>();
    Random r = new Random(7);
    for (int i = 0; i < 5000; i++) {
      byte[] k = new byte[1 + r.nextInt(9)];
      r.nextBytes(k);
      entries.put(new NgramStore.Key(k), (long) r.nextInt(1 << 20) + (i % 3 == 0 ? 1L << 40 : 0));
    }
    entries.put(NgramStore.Key.of("vthe"), 5L);
    NgramStore store = NgramStore.of(entries);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    store.write(out);
    NgramStore back = NgramStore.read(new ByteArrayInputStream(out.toByteArray()));
    for (var e : entries.entrySet()) {
      assertEquals(e.getValue(), back.get(e.getKey().bytes(), -1));
    }
    assertEquals(5L, back.get("vthe", -1));
    assertEquals(-1L, back.get("vthe-not-there", -1));
  }

  @Test
  void negativeValuesAreRefused() {
    assertThrows(IllegalArgumentException.class, () -> NgramStore.of(Map.of(NgramStore.Key.of("x"), -1L)));
  }
}
