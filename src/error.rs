use gatebook_formats::InputError;
use std::fmt;

/// Everything that ends a command early, with the exit code the spec gives it.
#[derive(Debug)]
pub enum CliError {
    /// Bad input: the message names the file, line and field.
    Input(InputError),
    /// A file that cannot be read or written.
    Io { path: String, error: std::io::Error },
    /// A backend that this build or machine cannot provide, and how to get it.
    Unavailable(String),
    /// Arguments that parse but do not make sense together.
    Usage(String),
    /// `crosscheck` found backends disagreeing; the details were already printed.
    Difference(String),
}

impl CliError {
    pub fn exit_code(&self) -> u8 {
        match self {
            CliError::Difference(_) => 1,
            _ => 2,
        }
    }
}

impl fmt::Display for CliError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            CliError::Input(e) => write!(f, "{e}"),
            CliError::Io { path, error } => write!(f, "{path}: {error}"),
            CliError::Unavailable(m) | CliError::Usage(m) | CliError::Difference(m) => {
                f.write_str(m)
            }
        }
    }
}

impl From<InputError> for CliError {
    fn from(e: InputError) -> Self {
        CliError::Input(e)
    }
}

impl From<gatebook_margin::LoopError> for CliError {
    fn from(e: gatebook_margin::LoopError) -> Self {
        CliError::Usage(e.to_string())
    }
}
