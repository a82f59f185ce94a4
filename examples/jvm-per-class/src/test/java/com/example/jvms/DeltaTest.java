package com.example.jvms;

class DeltaTest extends OwnJvmTests {}
