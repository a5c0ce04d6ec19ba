//! Verilates `hdl/generated/gatebook_top.v` and compiles it with the C shim.
//!
//! Without Verilator the crate still builds, with `gatebook_sim_unavailable` set: the card
//! then refuses to start and says how to install Verilator. The lint waivers are the ones
//! documented for the generated Verilog (`hdl/generated/lint.vlt`).

use std::path::{Path, PathBuf};
use std::process::Command;

fn main() {
    println!("cargo:rustc-check-cfg=cfg(gatebook_sim_unavailable)");
    let manifest = PathBuf::from(std::env::var("CARGO_MANIFEST_DIR").unwrap());
    let generated = manifest.join("../hdl/generated");
    let verilog = generated.join("gatebook_top.v");
    let waivers = generated.join("lint.vlt");
    let shim = manifest.join("csrc/shim.cpp");
    for path in [&verilog, &waivers, &shim] {
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
    let out = PathBuf::from(std::env::var("OUT_DIR").unwrap());
    let obj = out.join("verilated");
    let _ = std::fs::remove_dir_all(&obj);
    let trace = std::env::var_os("CARGO_FEATURE_TRACE").is_some();
    let mut args: Vec<String> = vec![
        "--cc".into(),
        "-O3".into(),
        "--top-module".into(),
        "gatebook_top".into(),
        "--prefix".into(),
        "Vgatebook_top".into(),
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
    args.push(waivers.display().to_string());
    args.push(verilog.display().to_string());
    let status = Command::new(&verilator)
        .args(&args)
        .status()
        .expect("verilator runs");
    assert!(
        status.success(),
        "verilator failed on {}",
        verilog.display()
    );

    let include = root.join("include");
    let mut build = cc::Build::new();
    build
        .cpp(true)
        .std("c++17")
        .opt_level(2)
        .include(&include)
        .include(include.join("vltstd"))
        .include(&obj)
        .define("VM_TRACE", if trace { "1" } else { "0" })
        .flag_if_supported("-faligned-new")
        .flag_if_supported("-Wno-unused-parameter")
        .flag_if_supported("-Wno-sign-compare")
        .warnings(false);
    for entry in std::fs::read_dir(&obj).expect("verilator output") {
        let path = entry.expect("entry").path();
        if is_model_source(&path) {
            build.file(path);
        }
    }
    build.file(include.join("verilated.cpp"));
    build.file(include.join("verilated_threads.cpp"));
    if trace {
        build.file(include.join("verilated_vcd_c.cpp"));
    }
    build.file(&shim);
    build.compile("gatebook_top");
}

/// The model's own C++ files (not the Makefile's helpers).
fn is_model_source(path: &Path) -> bool {
    let name = path.file_name().and_then(|n| n.to_str()).unwrap_or("");
    name.starts_with("Vgatebook_top") && name.ends_with(".cpp")
}
