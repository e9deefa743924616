#!/usr/bin/env bash
# Builds Neural Lab's self-contained packages with the JDK's jpackage (see packaging/README.md):
#   bash packaging/jpackage.sh             -> target/dist/NeuralLab/ (app image) and target/dist/neurallab_<v>_amd64.deb
#   bash packaging/jpackage.sh app-image   -> only the app image (what CI builds and self-checks)
# NEURALLAB_SKIP_BUILD=1 reuses target/neural-lab.jar and target/lib/ instead of running Maven first.
set -euo pipefail
cd "$(dirname "$0")/.."
what=${1:-all}
case "$what" in
  all | app-image) ;;
  *) echo "usage: bash packaging/jpackage.sh [all|app-image]" >&2; exit 2 ;;
esac
for tool in jpackage unzip strip ld; do
  command -v "$tool" >/dev/null || { echo "error: $tool is missing (apt-get install openjdk-17-jdk-headless unzip binutils)" >&2; exit 1; }
done
if [ "$what" = all ]; then
  for tool in fakeroot dpkg-deb; do
    command -v "$tool" >/dev/null || { echo "error: $tool is missing (apt-get install fakeroot dpkg-dev)" >&2; exit 1; }
  done
fi

if [ "${NEURALLAB_SKIP_BUILD:-}" != 1 ]; then
  mvn -B -q -DskipTests package
fi
version=$(grep -m1 '<version>' pom.xml | sed 's/.*<version>\(.*\)<\/version>.*/\1/')

# The input of jpackage becomes the app folder ($APPDIR = lib/app): the jar, its libraries, the datasets and the
# bundled models and images, and the native libraries unpacked once here - not into every user's home at run time.
input=target/jpackage-input
rm -rf target/dist "$input"
mkdir -p "$input/lib" "$input/natives"
unpack_natives() { # jar folder: the jar's shared libraries (*.so, *.so.N), without their folders
  local names
  mapfile -t names < <(unzip -Z1 "$1" | grep -E '\.so(\.[0-9]+)*$' || true)
  if [ ${#names[@]} -gt 0 ]; then unzip -q -j -o "$1" "${names[@]}" -d "$2"; fi
}
cp target/neural-lab.jar "$input/"
cp -r datasets assets "$input/"
for jar in target/lib/*.jar; do
  case "$(basename "$jar")" in
    # ND4J, OpenBLAS and JavaCPP natives: unpacked flat into natives/, the jars themselves are left out
    *-linux-x86_64.jar) unpack_natives "$jar" "$input/natives" ;;
    # JavaFX looks for its natives next to its jars before it would unpack them into ~/.openjfx
    javafx-*-linux.jar) cp "$jar" "$input/lib/"; unpack_natives "$jar" "$input/lib" ;;
    *) cp "$jar" "$input/lib/" ;;
  esac
done
# OpenBLAS' "nolapack" JNI library wants OpenBLAS under a second name. jpackage would turn a link into a 31 MB copy,
# so the second name is a 9 kB library that only depends on the first.
(cd "$input/natives" && ld -shared -soname libopenblas_nolapack.so.0 -rpath '$ORIGIN' --no-as-needed \
  -o libopenblas_nolapack.so.0 libopenblas.so.0)
strip --strip-unneeded "$input"/natives/*.so* "$input"/lib/*.so

# The heap: at most 1 GB (the app holds about 400 MB, datasets included; `mvn javafx:run` uses the same cap), and G1
# is asked to give back what it does not use (at most 40 % free after a collection), to accept a little more time in
# GC (1/7) before it grows the heap, and to keep the young generation (what the UI and the training loops churn
# through) at 192 MB at most. With a 2 GB cap the heap grew toward the cap on a busy 2-core machine, and the resident
# memory kept rising by 12-14 % after minute 5 of the 30-minute soak; with 1 GB it stays within about 1 % (issue 16).
# Off-heap arrays (ND4J through JavaCPP) get 1 GB, and the whole process 2.5 GB before JavaCPP refuses to allocate.
# Java modules the app uses (jdeps over the jar and its libraries, plus Korean locale data and charsets)
modules=java.base,java.desktop,java.logging,java.management,java.naming,java.sql,java.xml,jdk.unsupported,jdk.management,jdk.localedata,jdk.charsets,jdk.zipfs

common=(--name NeuralLab --app-version "$version" --vendor "Neural Lab"
  --description "Offline deep-learning lab for the classroom" --icon packaging/neurallab.png)
jpackage --type app-image "${common[@]}" \
  --input "$input" \
  --main-jar neural-lab.jar \
  --main-class org.neurallab.root.Launcher \
  --add-modules "$modules" \
  --jlink-options "--strip-debug --no-man-pages --no-header-files --strip-native-commands --include-locales=en,ko" \
  --java-options "-Xmx1g" \
  --java-options "-XX:MaxHeapFreeRatio=40" \
  --java-options "-XX:MinHeapFreeRatio=15" \
  --java-options "-XX:GCTimeRatio=6" \
  --java-options "-XX:MaxNewSize=192m" \
  --java-options "-Dorg.bytedeco.javacpp.maxbytes=1g" \
  --java-options "-Dorg.bytedeco.javacpp.maxphysicalbytes=2560m" \
  --java-options "-Dneurallab.datasets=\$APPDIR/datasets" \
  --java-options "-Dneurallab.assets=\$APPDIR/assets" \
  --java-options "-Djava.library.path=\$APPDIR/natives" \
  --java-options "-Dorg.bytedeco.javacpp.pathsFirst=true" \
  --java-options "-Dorg.bytedeco.javacpp.cacheLibraries=false" \
  --dest target/dist
echo "Built the app image in target/dist/NeuralLab ($(du -sh target/dist/NeuralLab | cut -f1))"

if [ "$what" = all ]; then
  jpackage --type deb "${common[@]}" \
    --app-image target/dist/NeuralLab \
    --linux-package-name neurallab \
    --linux-app-category education \
    --linux-menu-group "Education;Science;" \
    --linux-shortcut \
    --linux-deb-maintainer "neurallab@localhost" \
    --resource-dir packaging/linux \
    --dest target/dist
  echo "Built $(ls target/dist/*.deb) ($(du -h target/dist/*.deb | cut -f1))"
fi
