#!/usr/bin/env bash
# The workspace's `rust-version` (Cargo.toml) says the oldest Rust that builds it. This checks
# the claim: with that toolchain the normal build is the check; with a newer one, the
# workspace is checked again with exactly the declared version (installed through rustup).
set -euo pipefail
cd "$(dirname "$0")/.."
declared=$(sed -n 's/^rust-version = "\([0-9.]*\)"$/\1/p' Cargo.toml)
if [ -z "$declared" ]; then
    echo "Cargo.toml: no workspace rust-version" >&2
    exit 1
fi
running=$(rustc --version | awk '{print $2}')
if [ "$running" = "$declared" ] || [ "${running%.*}" = "$declared" ]; then
    echo "rust-version $declared: the toolchain building the workspace ($running) is that version"
    exit 0
fi
if ! command -v rustup >/dev/null; then
    echo "rust-version $declared: rustc is $running and rustup is missing to check $declared" >&2
    exit 1
fi
rustup toolchain install "$declared" --profile minimal
CARGO_TARGET_DIR=target/rust-version cargo "+$declared" check --workspace --all-targets --locked
echo "rust-version $declared: the workspace builds with it"
