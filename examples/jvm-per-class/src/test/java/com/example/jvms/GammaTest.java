package com.example.jvms;

class GammaTest extends OwnJvmTests {}
