//! A venue with the most accounts any build supports (65,536 `[[account]]` tables) loads and
//! round-trips like the default one: through `gatebook config`'s format, `gen` and `replay`.

use gatebook_formats::{default_venue, parse_venue, venue_to_toml};
use gatebook_wire::{AccountConfig, StpMode, VenueConfig, MAX_ACCOUNTS};
use std::path::Path;
use std::process::{Command, Output};

fn gatebook(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_gatebook"))
        .args(args)
        .output()
        .expect("the binary runs")
}

fn text(bytes: &[u8]) -> String {
    String::from_utf8_lossy(bytes).into_owned()
}

/// Account `id` with limits that differ from account to account, so a row read back from
/// the wrong table shows.
fn account(id: u32) -> AccountConfig {
    AccountConfig {
        id,
        enabled: id % 7 != 3,
        max_order_qty: 1_000 + id,
        max_order_notional: 1_000_000_000 + u64::from(id),
        max_position: if id % 5 == 4 {
            u64::MAX
        } else {
            100_000 + u64::from(id)
        },
        headroom: 1_000_000_000_000 - i64::from(id) * 3,
        stp: [
            StpMode::Resting,
            StpMode::Incoming,
            StpMode::Both,
            StpMode::None,
        ][id as usize % 4],
    }
}

/// `gatebook config --default`, grown to `accounts` accounts in the same format.
fn big_venue(dir: &Path, accounts: u32) -> (VenueConfig, String, std::path::PathBuf) {
    let config = gatebook(&["config", "--default"]);
    assert_eq!(config.status.code(), Some(0), "{}", text(&config.stderr));
    let default_text = text(&config.stdout);
    assert_eq!(
        parse_venue(&default_text, "default.toml").unwrap(),
        default_venue()
    );

    let mut venue = default_venue();
    venue.capacity.accounts = accounts;
    venue
        .accounts
        .extend((venue.accounts.len() as u32..accounts).map(account));
    let big_text = venue_to_toml(&venue);
    // The default venue's text is the start of the big one, but for the capacity line.
    let grown_default =
        default_text.replace("accounts = 256\n", &format!("accounts = {accounts}\n"));
    assert!(big_text.starts_with(grown_default.trim_end()));
    let path = dir.join("big.toml");
    std::fs::write(&path, &big_text).unwrap();
    (venue, big_text, path)
}

#[test]
fn a_venue_of_65536_accounts_round_trips_and_runs() {
    let dir = tempfile::tempdir().unwrap();
    let (venue, big_text, path) = big_venue(dir.path(), MAX_ACCOUNTS);
    let config = path.to_str().unwrap();
    assert_eq!(venue.accounts.len(), 65_536);

    // Read back field for field, and written out again byte for byte.
    let parsed = parse_venue(&big_text, config).unwrap();
    assert_eq!(parsed, venue);
    assert_eq!(venue_to_toml(&parsed), big_text);

    // The command line loads it: a flow generated for it, and replayed on it.
    let generated = gatebook(&["gen", "--seed", "1", "--messages", "10", "--config", config]);
    assert_eq!(
        generated.status.code(),
        Some(0),
        "{}",
        text(&generated.stderr)
    );
    let flow = text(&generated.stdout);
    assert_eq!(flow.lines().count(), 11, "{flow}");
    assert_eq!(
        flow.lines().next(),
        Some("action,account,instrument,cl_ord_id,side,type,tif,price,qty,flags")
    );
    let flow_path = dir.path().join("flow.csv");
    std::fs::write(&flow_path, &flow).unwrap();
    let replayed = gatebook(&[
        "replay",
        "--input",
        flow_path.to_str().unwrap(),
        "--config",
        config,
    ]);
    assert_eq!(
        replayed.status.code(),
        Some(0),
        "{}",
        text(&replayed.stderr)
    );
    let reports = text(&replayed.stdout);
    let last_in_seq: u64 = reports
        .lines()
        .skip(1)
        .filter_map(|row| row.split(',').next()?.parse().ok())
        .max()
        .expect("reports");
    assert_eq!(last_in_seq, 10, "{reports}");

    // An account configured twice at the very end is named by its line.
    let last_table = big_text.rfind("[[account]]").unwrap();
    let line = big_text[..last_table].lines().count() + 1;
    let doubled = big_text.replace(
        &format!("[[account]]\nid = {}\n", MAX_ACCOUNTS - 1),
        "[[account]]\nid = 0\n",
    );
    let doubled_path = dir.path().join("doubled.toml");
    std::fs::write(&doubled_path, &doubled).unwrap();
    let refused = gatebook(&[
        "gen",
        "--seed",
        "1",
        "--messages",
        "10",
        "--config",
        doubled_path.to_str().unwrap(),
    ]);
    assert_eq!(refused.status.code(), Some(2), "{}", text(&refused.stderr));
    let stderr = text(&refused.stderr);
    assert!(
        stderr.contains(&format!(
            "doubled.toml:{line}: field `account[65535].id`: account 0 is configured twice"
        )),
        "line {line}: {stderr}"
    );
}
