package dev.testshard.runner.plan;

/** What a balanced plan never splits across shards (classes are never split in any case). */
public enum KeepTogether {
  CLASS,
  PACKAGE,
  MODULE
}
