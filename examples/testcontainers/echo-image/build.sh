#!/bin/sh
# Builds testshard-example/echo:1 from a local image with a Java runtime (no registry needed):
# by default the newest testshard-jdk image, which any testshard run builds.
set -eu
cd "$(dirname "$0")"
base=${1:-$(docker images testshard-jdk --format '{{.Repository}}:{{.Tag}}' | head -n 1)}
if [ -z "$base" ]; then
  echo "no base image: run testshard once, or pass an image with java, e.g. eclipse-temurin:17" >&2
  exit 2
fi
docker build --pull=false --build-arg "BASE=$base" -t testshard-example/echo:1 .
