package com.example.jvms;

class AlphaTest extends OwnJvmTests {}
