package com.example.jvms;

class BetaTest extends OwnJvmTests {}
