package com.example.runaway.process;

/** A child process's main class: sleeps for the given number of seconds. */
public final class Sleeper {

    private Sleeper() {}

    public static void main(String[] args) throws InterruptedException {
        Thread.sleep(Long.parseLong(args[0]) * 1000);
    }
}
