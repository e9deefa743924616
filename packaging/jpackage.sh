#!/usr/bin/env bash
# Builds a self-contained Neural Lab application image (or installer) with the JDK's jpackage.
#   bash packaging/jpackage.sh            -> target/dist/NeuralLab/ (app image, runs without a JDK)
#   bash packaging/jpackage.sh deb        -> a .deb installer (needs fakeroot and dpkg-deb)
set -euo pipefail
cd "$(dirname "$0")/.."
type=${1:-app-image}

mvn -B -q -DskipTests package
rm -rf target/dist target/jpackage-input
mkdir -p target/jpackage-input
cp target/neural-lab.jar target/jpackage-input/
cp -r target/lib target/jpackage-input/lib

version=$(grep -m1 '<version>' pom.xml | sed 's/.*<version>\(.*\)<\/version>.*/\1/')
jpackage --type "$type" \
  --name NeuralLab \
  --app-version "$version" \
  --vendor "Neural Lab" \
  --description "Offline deep-learning lab for the classroom" \
  --input target/jpackage-input \
  --main-jar neural-lab.jar \
  --main-class org.neurallab.root.Launcher \
  --java-options "-Xmx2g" \
  --java-options "-Dneurallab.datasets=\$APPDIR/datasets" \
  --java-options "-Dneurallab.assets=\$APPDIR/assets" \
  --dest target/dist

# The datasets and bundled models travel with the application.
app_dir=target/dist/NeuralLab/lib/app
if [ -d "$app_dir" ]; then
  cp -r datasets "$app_dir/datasets"
  cp -r assets "$app_dir/assets"
fi
echo "Built $type in target/dist"
