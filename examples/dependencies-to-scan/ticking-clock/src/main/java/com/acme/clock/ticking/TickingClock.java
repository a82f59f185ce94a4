package com.acme.clock.ticking;

import com.acme.clock.contract.Clock;

/** A clock for tests: starts at 2020-01-01 and advances a millisecond per reading. */
public class TickingClock implements Clock {
  private long now = 1_577_836_800_000L;

  @Override
  public long millis() {
    return now++;
  }
}
