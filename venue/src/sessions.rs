//! Who may connect: `sessions.toml`, or the local sessions of a venue run without one.
//!
//! ```toml
//! [[session]]
//! name = "FIRM1"                 # at most 16 bytes of ASCII
//! token = "s3cret"               # at most 32 bytes; "" or absent = no token
//! accounts = [7, 8]              # the accounts it trades and receives reports of; "all" = every account
//! admin = false                  # may send REF, KILL, ENABLE, HEADROOM and RATES
//! throttle_messages = 50000      # at most this many messages ...
//! throttle_window_ms = 1000      # ... in any window of this many milliseconds
//! cancel_on_disconnect = true    # its resting orders are cancelled when it drops
//! ```

use gatebook_protocol::{SESSION_NAME_BYTES, TOKEN_BYTES};
use gatebook_wire::VenueConfig;
use serde::Deserialize;

/// The throttle a session gets when its entry names none.
pub const DEFAULT_THROTTLE_MESSAGES: u32 = 100_000;
/// The window of the default throttle.
pub const DEFAULT_THROTTLE_WINDOW_MS: u32 = 1_000;
/// The name of the admin session of a venue run without a sessions file.
pub const LOCAL_ADMIN_SESSION: &str = "admin";

/// Which accounts a session trades.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Accounts {
    /// Every configured account (`accounts = "all"`): a drop copy.
    All,
    /// Sorted, without duplicates.
    Listed(Vec<u32>),
}

impl Accounts {
    /// Whether the session trades `account` and receives its reports.
    pub fn contains(&self, account: u32) -> bool {
        match self {
            Accounts::All => true,
            Accounts::Listed(list) => list.binary_search(&account).is_ok(),
        }
    }
}

/// One session as configured.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SessionConfig {
    /// The `LOGIN` session name: 1 to 16 printable ASCII bytes.
    pub name: String,
    /// The `LOGIN` token, at most 32 bytes; empty for a session without one.
    pub token: String,
    /// Accounts it may send `NEW`, `CANCEL` and `REPLACE` for and receives the reports of.
    pub accounts: Accounts,
    /// May send `REF`, `KILL`, `ENABLE`, `HEADROOM`, `RATES` and `MARK`.
    pub admin: bool,
    /// `ORDER` frames allowed per throttle window, at least 1.
    pub throttle_messages: u32,
    /// The throttle window in milliseconds, at least 1.
    pub throttle_window_ms: u32,
    /// Whether the orders it entered are cancelled when its connection ends.
    pub cancel_on_disconnect: bool,
    /// The tag journal entries carry for messages of this session (never 0, the venue's).
    pub origin: u32,
}

/// Every session of the venue, in file order.
#[derive(Debug, Clone)]
pub struct Sessions {
    /// The sessions, with distinct names and origin tags.
    pub sessions: Vec<SessionConfig>,
}

/// A sessions file that cannot be used, naming the file, the entry and the field.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("{file}: {place}: {message}")]
pub struct SessionsError {
    /// The sessions file as named on the command line.
    pub file: String,
    /// Where in it: ``session N (name), field `x` ``, `line N`, or `file`.
    pub place: String,
    /// What is wrong there.
    pub message: String,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct File {
    #[serde(default)]
    session: Vec<Entry>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct Entry {
    name: String,
    #[serde(default)]
    token: String,
    accounts: AccountsField,
    #[serde(default)]
    admin: bool,
    throttle_messages: Option<u32>,
    throttle_window_ms: Option<u32>,
    cancel_on_disconnect: Option<bool>,
}

#[derive(Deserialize)]
#[serde(untagged)]
enum AccountsField {
    Word(String),
    List(Vec<u32>),
}

/// The journal tag of a session name: FNV-1a, with 0 and 1 kept for the venue itself.
pub fn origin_of(name: &str) -> u32 {
    let mut hash: u32 = 0x811c_9dc5;
    for &byte in name.as_bytes() {
        hash ^= u32::from(byte);
        hash = hash.wrapping_mul(0x0100_0193);
    }
    // 0 and 1 are the venue's own tags (cancel-on-disconnect, the margin engine).
    hash.max(2)
}

impl Sessions {
    /// Parses a sessions file against the venue it will serve.
    pub fn parse(text: &str, file: &str, venue: &VenueConfig) -> Result<Sessions, SessionsError> {
        let error = |place: String, message: String| SessionsError {
            file: file.to_owned(),
            place,
            message,
        };
        let parsed: File = toml::from_str(text).map_err(|e| {
            let place = match e.span() {
                Some(span) => format!("line {}", text[..span.start].matches('\n').count() + 1),
                None => "file".to_owned(),
            };
            error(place, e.message().to_owned())
        })?;
        if parsed.session.is_empty() {
            return Err(error("file".into(), "no [[session]] entries".into()));
        }
        let mut configured: Vec<u32> = venue.accounts.iter().map(|a| a.id).collect();
        configured.sort_unstable();
        let mut sessions = Vec::with_capacity(parsed.session.len());
        // Names and journal tags taken so far, with the session that took them.
        let mut names: std::collections::HashMap<String, usize> = Default::default();
        let mut origins: std::collections::HashMap<u32, usize> = Default::default();
        for (index, entry) in parsed.session.into_iter().enumerate() {
            let place =
                |field: &str| format!("session {} ({}), field `{field}`", index + 1, entry.name);
            if entry.name.is_empty()
                || entry.name.len() > SESSION_NAME_BYTES
                || !entry.name.bytes().all(|b| b.is_ascii_graphic())
            {
                return Err(error(
                    place("name"),
                    format!("must be 1 to {SESSION_NAME_BYTES} printable ASCII characters"),
                ));
            }
            if entry.token.len() > TOKEN_BYTES || entry.token.contains('\0') {
                return Err(error(
                    place("token"),
                    format!("must be at most {TOKEN_BYTES} bytes without NUL"),
                ));
            }
            let accounts = match entry.accounts {
                AccountsField::Word(word) if word == "all" => Accounts::All,
                AccountsField::Word(word) => {
                    return Err(error(
                        place("accounts"),
                        format!("`{word}` is neither a list of account ids nor \"all\""),
                    ))
                }
                AccountsField::List(mut list) => {
                    list.sort_unstable();
                    list.dedup();
                    if let Some(unknown) =
                        list.iter().find(|a| configured.binary_search(a).is_err())
                    {
                        return Err(error(
                            place("accounts"),
                            format!("account {unknown} is not configured in the venue"),
                        ));
                    }
                    Accounts::Listed(list)
                }
            };
            let throttle_messages = entry.throttle_messages.unwrap_or(DEFAULT_THROTTLE_MESSAGES);
            let throttle_window_ms = entry
                .throttle_window_ms
                .unwrap_or(DEFAULT_THROTTLE_WINDOW_MS);
            if throttle_messages == 0 {
                return Err(error(
                    place("throttle_messages"),
                    "must be at least 1".into(),
                ));
            }
            if throttle_window_ms == 0 {
                return Err(error(
                    place("throttle_window_ms"),
                    "must be at least 1 ms".into(),
                ));
            }
            let origin = origin_of(&entry.name);
            if let Some(&other) = names.get(&entry.name).or_else(|| origins.get(&origin)) {
                let other: &SessionConfig = &sessions[other];
                return Err(error(
                    place("name"),
                    format!(
                        "clashes with session `{}` (names must be distinct)",
                        other.name
                    ),
                ));
            }
            names.insert(entry.name.clone(), sessions.len());
            origins.insert(origin, sessions.len());
            sessions.push(SessionConfig {
                name: entry.name,
                token: entry.token,
                accounts,
                admin: entry.admin,
                throttle_messages,
                throttle_window_ms,
                cancel_on_disconnect: entry.cancel_on_disconnect.unwrap_or(true),
                origin,
            });
        }
        Ok(Sessions { sessions })
    }

    /// The sessions of a venue run without a sessions file: one per account, named by its
    /// id, with no token, and one admin session for the admin messages, which trades no
    /// account (so it receives no reports: a drop copy is a session with `accounts = "all"`).
    pub fn local(venue: &VenueConfig) -> Sessions {
        let mut accounts: Vec<u32> = venue.accounts.iter().map(|a| a.id).collect();
        accounts.sort_unstable();
        let session = |name: String, accounts: Accounts, admin: bool| SessionConfig {
            origin: origin_of(&name),
            name,
            token: String::new(),
            accounts,
            admin,
            throttle_messages: DEFAULT_THROTTLE_MESSAGES,
            throttle_window_ms: DEFAULT_THROTTLE_WINDOW_MS,
            cancel_on_disconnect: true,
        };
        let mut sessions: Vec<SessionConfig> = accounts
            .iter()
            .map(|&a| session(a.to_string(), Accounts::Listed(vec![a]), false))
            .collect();
        sessions.push(session(
            LOCAL_ADMIN_SESSION.into(),
            Accounts::Listed(Vec::new()),
            true,
        ));
        Sessions { sessions }
    }

    /// Identifies the sessions and what each receives: a snapshot counts each session's
    /// reports, so it only fits the same sessions.
    pub fn digest(&self) -> [u8; 32] {
        use sha2::{Digest, Sha256};
        let mut hash = Sha256::new();
        for session in &self.sessions {
            hash.update(session.origin.to_le_bytes());
            hash.update((session.name.len() as u32).to_le_bytes());
            hash.update(session.name.as_bytes());
            match &session.accounts {
                Accounts::All => hash.update([0xff]),
                Accounts::Listed(list) => {
                    hash.update((list.len() as u32).to_le_bytes());
                    for account in list {
                        hash.update(account.to_le_bytes());
                    }
                }
            }
        }
        hash.finalize().into()
    }

    /// The index of the session with this name.
    pub fn find(&self, name: &str) -> Option<usize> {
        self.sessions.iter().position(|s| s.name == name)
    }

    /// Indexes of the sessions that receive reports of `account`, per account id; accounts
    /// no session trades map to nothing.
    pub fn routes(&self, venue: &VenueConfig) -> Vec<Vec<u32>> {
        // Linear in the accounts the sessions list: a venue of 65,536 accounts has as many
        // local sessions.
        let mut routes = vec![Vec::new(); venue.capacity.accounts as usize];
        let mut configured = vec![false; venue.capacity.accounts as usize];
        for account in &venue.accounts {
            if let Some(slot) = configured.get_mut(account.id as usize) {
                *slot = true;
            }
        }
        for (index, session) in self.sessions.iter().enumerate() {
            match &session.accounts {
                Accounts::All => {
                    for account in &venue.accounts {
                        if let Some(route) = routes.get_mut(account.id as usize) {
                            route.push(index as u32);
                        }
                    }
                }
                Accounts::Listed(list) => {
                    for &account in list {
                        if configured.get(account as usize) == Some(&true) {
                            routes[account as usize].push(index as u32);
                        }
                    }
                }
            }
        }
        routes
    }

    /// A sessions file that splits the venue's accounts over `count` trading sessions
    /// (`S1` .. `S<count>`, account `a` in `S<a mod count + 1>`) plus the admin session (admin
    /// messages only, no account), each with `throttle` (messages, window in ms) when given.
    pub fn split_toml(venue: &VenueConfig, count: u32, throttle: Option<(u32, u32)>) -> String {
        let throttle = throttle.map_or(String::new(), |(messages, window_ms)| {
            format!("throttle_messages = {messages}\nthrottle_window_ms = {window_ms}\n")
        });
        let mut text = String::from(
            "# Sessions of a venue whose accounts are split over trading sessions, plus an admin\n\
             # session (gatebook sessions --split). docs/order-entry.md describes every field.\n",
        );
        let mut accounts: Vec<u32> = venue.accounts.iter().map(|a| a.id).collect();
        accounts.sort_unstable();
        for k in 0..count {
            let mine: Vec<String> = accounts
                .iter()
                .filter(|&&a| a % count == k)
                .map(|a| a.to_string())
                .collect();
            text.push_str(&format!(
                "\n[[session]]\nname = \"S{}\"\naccounts = [{}]\n{throttle}",
                k + 1,
                mine.join(", ")
            ));
        }
        text.push_str(&format!(
            "\n[[session]]\nname = \"{LOCAL_ADMIN_SESSION}\"\naccounts = []\nadmin = true\n{throttle}"
        ));
        text
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn venue() -> VenueConfig {
        let mut venue = VenueConfig::default();
        venue.capacity.accounts = 16;
        for id in [1, 2, 3] {
            venue.accounts.push(gatebook_wire::AccountConfig {
                id,
                enabled: true,
                max_order_qty: 100,
                max_order_notional: 1_000_000,
                max_position: 1000,
                headroom: 1_000_000,
                stp: gatebook_wire::StpMode::Resting,
            });
        }
        venue
    }

    #[test]
    fn a_file_with_every_field() {
        let text = "[[session]]\nname = \"F1\"\ntoken = \"t\"\naccounts = [2, 1, 2]\n\
                    throttle_messages = 10\nthrottle_window_ms = 100\ncancel_on_disconnect = false\n\
                    [[session]]\nname = \"ops\"\naccounts = \"all\"\nadmin = true\n";
        let sessions = Sessions::parse(text, "s.toml", &venue()).unwrap();
        let f1 = &sessions.sessions[0];
        assert_eq!(f1.accounts, Accounts::Listed(vec![1, 2]));
        assert_eq!((f1.throttle_messages, f1.throttle_window_ms), (10, 100));
        assert!(!f1.cancel_on_disconnect && !f1.admin);
        assert!(sessions.sessions[1].admin && sessions.sessions[1].cancel_on_disconnect);
        assert_eq!(sessions.routes(&venue())[2], vec![0, 1]);
        assert_eq!(sessions.routes(&venue())[3], vec![1]);
    }

    #[test]
    fn errors_name_the_file_the_session_and_the_field() {
        let cases = [
            ("[[session]]\nname = \"F\"\naccounts = [9]\n", "field `accounts`"),
            ("[[session]]\nname = \"F\"\naccounts = \"some\"\n", "field `accounts`"),
            ("[[session]]\nname = \"a-very-long-session-name\"\naccounts = []\n", "field `name`"),
            ("[[session]]\nname = \"F\"\naccounts = []\n[[session]]\nname = \"F\"\naccounts = []\n", "clashes"),
            ("[[session]]\nname = \"F\"\naccounts = []\nthrottle_messages = 0\n", "field `throttle_messages`"),
            ("[[session]]\nname = \"F\"\naccounts = []\nthrottle_window_ms = 0\n", "field `throttle_window_ms`"),
            ("[[session]]\nname = \"F\"\naccounts = []\ncolour = 1\n", "line 4"),
            ("", "no [[session]]"),
        ];
        for (text, expected) in cases {
            let e = Sessions::parse(text, "s.toml", &venue())
                .unwrap_err()
                .to_string();
            assert!(
                e.starts_with("s.toml: ") && e.contains(expected),
                "{text:?} gave {e}"
            );
        }
    }

    #[test]
    fn local_sessions_and_the_split_file() {
        let local = Sessions::local(&venue());
        let names: Vec<&str> = local.sessions.iter().map(|s| s.name.as_str()).collect();
        assert_eq!(names, ["1", "2", "3", "admin"]);
        let split =
            Sessions::parse(&Sessions::split_toml(&venue(), 2, None), "split", &venue()).unwrap();
        let throttled = Sessions::split_toml(&venue(), 2, Some((7, 9)));
        let throttled = Sessions::parse(&throttled, "split", &venue()).unwrap();
        assert!(throttled
            .sessions
            .iter()
            .all(|s| (s.throttle_messages, s.throttle_window_ms) == (7, 9)));
        assert_eq!(split.sessions[0].accounts, Accounts::Listed(vec![2]));
        assert_eq!(split.sessions[1].accounts, Accounts::Listed(vec![1, 3]));
        assert!(split.sessions[2].admin);
    }
}
