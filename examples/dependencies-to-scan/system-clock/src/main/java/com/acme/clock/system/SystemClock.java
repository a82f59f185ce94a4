package com.acme.clock.system;

import com.acme.clock.contract.Clock;

public class SystemClock implements Clock {
  @Override
  public long millis() {
    return System.currentTimeMillis();
  }
}
