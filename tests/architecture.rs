//! The workspace's dependencies point one way: the wire format at the bottom, engines and the
//! card's description on it, drivers and the simulator next, services and the command line on
//! top. This reads `cargo metadata` and fails on an edge that points up or sideways, on a
//! dev-dependency that makes a cycle, and on an engine that reaches for I/O.

use std::collections::{BTreeMap, BTreeSet};
use std::process::Command;

/// Each workspace crate's layer: a crate may depend (normal or build) only on lower layers.
const LAYERS: [(&str, u32); 17] = [
    ("gatebook-wire", 0),
    ("gatebook-memprobe", 0),
    ("gatebook-verilog", 1),
    ("gatebook-formats", 1),
    ("gatebook-engine-sw", 1),
    ("gatebook-gen", 1),
    ("gatebook-hdl", 2),
    ("gatebook-margin", 1),
    ("gatebook-protocol", 1),
    ("gatebook-journal", 1),
    ("gatebook-crosscheck", 2),
    ("gatebook-import", 2),
    ("gatebook-host", 2),
    ("gatebook-bench", 2),
    ("gatebook-sim", 3),
    ("gatebook-venue", 3),
    ("gatebook", 4),
];

/// Crates that know about files, sockets, threads or async runtimes: the engines and the
/// card's description must not depend on them.
const IO_CRATES: [&str; 7] = [
    "tokio",
    "async-nats",
    "memmap2",
    "libc",
    "vfio-ioctls",
    "core_affinity",
    "rtrb",
];

/// The crates that must stay free of I/O.
const PURE: [&str; 3] = ["gatebook-wire", "gatebook-engine-sw", "gatebook-hdl"];

/// Package name → (its workspace dependencies by kind, its external normal dependencies).
type Graph = BTreeMap<String, (Vec<(String, String)>, Vec<String>)>;

fn workspace() -> Graph {
    let output = Command::new(env!("CARGO"))
        .args([
            "metadata",
            "--format-version",
            "1",
            "--no-deps",
            "--offline",
        ])
        .current_dir(env!("CARGO_MANIFEST_DIR"))
        .output()
        .expect("cargo metadata runs");
    assert!(
        output.status.success(),
        "{}",
        String::from_utf8_lossy(&output.stderr)
    );
    let metadata: serde_json::Value = serde_json::from_slice(&output.stdout).unwrap();
    let mut graph = Graph::new();
    for package in metadata["packages"].as_array().unwrap() {
        let name = package["name"].as_str().unwrap().to_owned();
        let (mut internal, mut external) = (Vec::new(), Vec::new());
        for dependency in package["dependencies"].as_array().unwrap() {
            let target = dependency["name"].as_str().unwrap().to_owned();
            let kind = dependency["kind"].as_str().unwrap_or("normal").to_owned();
            if target.starts_with("gatebook") {
                internal.push((target, kind));
            } else if kind == "normal" {
                external.push(target);
            }
        }
        graph.insert(name, (internal, external));
    }
    graph
}

fn layer(name: &str) -> u32 {
    LAYERS
        .iter()
        .find(|(crate_name, _)| *crate_name == name)
        .map(|(_, layer)| *layer)
        .unwrap_or_else(|| panic!("{name} has no layer in tests/architecture.rs: give it one"))
}

#[test]
fn every_dependency_points_down() {
    let graph = workspace();
    let mut wrong = Vec::new();
    for (name, (internal, _)) in &graph {
        for (target, kind) in internal {
            if kind != "dev" && layer(target) >= layer(name) {
                wrong.push(format!(
                    "{name} (layer {}) -> {target} (layer {}) [{kind}]",
                    layer(name),
                    layer(target)
                ));
            }
        }
    }
    assert!(
        wrong.is_empty(),
        "dependencies that do not point down:\n{}",
        wrong.join("\n")
    );
    assert_eq!(
        graph.len(),
        LAYERS.len(),
        "a crate was added or removed: update LAYERS"
    );
}

#[test]
fn no_dev_dependency_depends_back_on_its_crate() {
    let graph = workspace();
    // What each crate reaches through normal and build dependencies.
    let reach = |from: &str| {
        let mut seen = BTreeSet::new();
        let mut stack = vec![from.to_owned()];
        while let Some(name) = stack.pop() {
            for (target, kind) in &graph[&name].0 {
                if kind != "dev" && seen.insert(target.clone()) {
                    stack.push(target.clone());
                }
            }
        }
        seen
    };
    for (name, (internal, _)) in &graph {
        for (target, kind) in internal {
            if kind == "dev" {
                assert!(
                    !reach(target).contains(name) && target != name,
                    "{name}'s dev-dependency {target} depends on {name}: a cycle"
                );
            }
        }
    }
}

#[test]
fn the_engines_and_the_card_know_no_io() {
    let graph = workspace();
    for name in PURE {
        for external in &graph[name].1 {
            assert!(
                !IO_CRATES.contains(&external.as_str()),
                "{name} depends on {external}, which does I/O"
            );
        }
    }
}

/// The driver that runs a real card links neither the reference engine nor any simulation:
/// the loopback card gets its software from the caller and the Verilated card is sim's.
#[test]
fn the_driver_links_no_engine_and_no_simulation() {
    let graph = workspace();
    for (target, kind) in &graph["gatebook-host"].0 {
        assert!(
            kind == "dev"
                || !["gatebook-engine-sw", "gatebook-sim", "gatebook-hdl"]
                    .contains(&target.as_str()),
            "gatebook-host depends on {target} [{kind}]"
        );
    }
}
