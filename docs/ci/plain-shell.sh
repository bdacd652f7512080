#!/usr/bin/env sh
# Any CI with a shell: install the release binary, fail the job on findings, keep a SARIF artifact.
set -eu
version=0.1.0
name="goleaklint-$version-linux-x86_64"
curl -fsSLO "https://github.com/goleaklint/goleaklint/releases/download/v$version/$name.tar.gz"
curl -fsSLO "https://github.com/goleaklint/goleaklint/releases/download/v$version/$name.tar.gz.sha256"
sha256sum -c "$name.tar.gz.sha256"
tar -xzf "$name.tar.gz"
"./$name/goleaklint" --format sarif --output goleaklint.sarif --exit-zero ./...
"./$name/goleaklint" ./...    # text report in the log; exit 1 on findings fails the job
