package com.acme.clock.contract;

/** A source of time in milliseconds since the epoch. */
public interface Clock {
  long millis();
}
