use std::fmt;

/// Bad input: which file, which line (1-based; 0 when the whole file is at fault), which field.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct InputError {
    /// File name as given on the command line (`orders.csv`, `venue.toml`, ...).
    pub file: String,
    /// 1-based line number; 0 when the whole file is at fault.
    pub line: usize,
    /// Column or key at fault (`price`, `instrument[2].expiry`, `header`).
    pub field: String,
    /// What is wrong with it, for a person to read.
    pub message: String,
}

impl InputError {
    /// An error at `line` of `file`, naming `field`.
    pub fn new(
        file: &str,
        line: usize,
        field: impl Into<String>,
        message: impl Into<String>,
    ) -> Self {
        InputError {
            file: file.to_owned(),
            line,
            field: field.into(),
            message: message.into(),
        }
    }
}

impl fmt::Display for InputError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "{}:{}: field `{}`: {}",
            self.file, self.line, self.field, self.message
        )
    }
}

impl std::error::Error for InputError {}
