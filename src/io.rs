//! Files in and out: the only place the CLI touches the file system.

use crate::error::CliError;
use gatebook_formats::{default_venue, parse_venue};
use gatebook_wire::VenueConfig;
use std::io::{Read, Write};
use std::path::Path;

/// Reads a whole text file; `-` is standard input.
pub fn read_text(path: &Path) -> Result<String, CliError> {
    let io_error = |error| CliError::Io {
        path: path.display().to_string(),
        error,
    };
    if path.as_os_str() == "-" {
        let mut text = String::new();
        std::io::stdin()
            .read_to_string(&mut text)
            .map_err(io_error)?;
        return Ok(text);
    }
    std::fs::read_to_string(path).map_err(io_error)
}

/// The venue of `--config`, or the embedded default.
pub fn load_venue(config: Option<&Path>) -> Result<VenueConfig, CliError> {
    match config {
        None => Ok(default_venue()),
        Some(path) => Ok(parse_venue(&read_text(path)?, &path.display().to_string())?),
    }
}

/// A buffered writer to a file, or to stdout when no path is given.
pub fn create_output(path: Option<&Path>) -> Result<Box<dyn Write>, CliError> {
    match path {
        None => Ok(Box::new(std::io::BufWriter::with_capacity(
            1 << 16,
            std::io::stdout().lock(),
        ))),
        Some(path) => {
            let file = std::fs::File::create(path).map_err(|error| CliError::Io {
                path: path.display().to_string(),
                error,
            })?;
            Ok(Box::new(std::io::BufWriter::with_capacity(1 << 16, file)))
        }
    }
}

/// Maps a write failure to an error naming the output.
pub fn write_error(path: Option<&Path>) -> impl Fn(std::io::Error) -> CliError + '_ {
    move |error| CliError::Io {
        path: path.map_or_else(|| "<stdout>".to_owned(), |p| p.display().to_string()),
        error,
    }
}

/// Writes text to standard output. A closed pipe (`gatebook ... | head`) ends the output
/// quietly; any other failure is an error.
pub fn say(text: &str) -> Result<(), CliError> {
    let mut stdout = std::io::stdout().lock();
    match stdout
        .write_all(text.as_bytes())
        .and_then(|()| stdout.flush())
    {
        Err(e) if e.kind() != std::io::ErrorKind::BrokenPipe => Err(CliError::Io {
            path: "<stdout>".into(),
            error: e,
        }),
        _ => Ok(()),
    }
}
