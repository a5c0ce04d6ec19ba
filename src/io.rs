//! Files in and out: the only place the CLI touches the file system.

use crate::error::CliError;
use gatebook_formats::{default_venue, parse_venue, InputError};
use gatebook_wire::VenueConfig;
use std::io::{Read, Write};
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicBool, Ordering};

/// Reads a whole file as bytes; `-` is standard input.
pub fn read_bytes(path: &Path) -> Result<Vec<u8>, CliError> {
    let io_error = |error| CliError::Io {
        path: path.display().to_string(),
        error,
    };
    if path.as_os_str() == "-" {
        let mut bytes = Vec::new();
        std::io::stdin().read_to_end(&mut bytes).map_err(io_error)?;
        return Ok(bytes);
    }
    std::fs::read(path).map_err(io_error)
}

/// Reads a whole text file; `-` is standard input. A byte that is not UTF-8 is an input
/// error naming its line and column.
pub fn read_text(path: &Path) -> Result<String, CliError> {
    String::from_utf8(read_bytes(path)?).map_err(|e| {
        let bytes = e.as_bytes();
        let at = e.utf8_error().valid_up_to();
        let line_start = bytes[..at]
            .iter()
            .rposition(|&b| b == b'\n')
            .map_or(0, |newline| newline + 1);
        let line = bytes[..at].iter().filter(|&&b| b == b'\n').count() + 1;
        CliError::Input(InputError::new(
            &path.display().to_string(),
            line,
            "encoding",
            format!(
                "byte 0x{:02X} at column {} is not UTF-8 text",
                bytes[at],
                at - line_start + 1
            ),
        ))
    })
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
        None => {
            check_stdout_open()?;
            Ok(Box::new(std::io::BufWriter::with_capacity(
                1 << 16,
                std::io::stdout().lock(),
            )))
        }
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
/// quietly; any other failure is an error, and so is a closed standard output.
pub fn say(text: &str) -> Result<(), CliError> {
    check_stdout_open()?;
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

/// Set when the process started without a standard output (`gatebook ... >&-`).
static STDOUT_CLOSED: AtomicBool = AtomicBool::new(false);

/// `EBADF`, the same number on every Unix.
#[cfg(unix)]
const EBADF: i32 = 9;

/// Runs before `main`, and so before the standard library's start-up puts the null device on a
/// closed descriptor 0, 1 or 2: after that, what is written to a closed standard output would
/// vanish and the command would exit 0. Here the closed descriptor is still closed, and seen.
#[cfg(target_os = "linux")]
#[used]
#[link_section = ".init_array"]
static SEE_A_CLOSED_STDOUT: extern "C" fn() = see_a_closed_stdout;

#[cfg(target_os = "linux")]
extern "C" fn see_a_closed_stdout() {
    use std::os::fd::AsFd;
    let probe = std::io::stdout().as_fd().try_clone_to_owned();
    if matches!(probe, Err(ref e) if e.raw_os_error() == Some(EBADF)) {
        STDOUT_CLOSED.store(true, Ordering::Relaxed);
    }
}

/// An error when the process has no standard output to write to.
fn check_stdout_open() -> Result<(), CliError> {
    if !STDOUT_CLOSED.load(Ordering::Relaxed) {
        return Ok(());
    }
    #[cfg(unix)]
    let cause = std::io::Error::from_raw_os_error(EBADF).to_string();
    #[cfg(not(unix))]
    let cause = String::from("closed");
    Err(CliError::Io {
        path: "<stdout>".into(),
        error: std::io::Error::other(format!(
            "standard output is closed ({cause}); redirect it to a file or a pipe"
        )),
    })
}

/// What makes two paths the same file: the file itself when it exists, else where it would
/// be created (its directory resolved, the name as given).
#[derive(PartialEq, Eq)]
enum FileIdentity {
    #[cfg(unix)]
    Node {
        device: u64,
        inode: u64,
    },
    Path(PathBuf),
}

fn file_identity(path: &Path) -> FileIdentity {
    if let Ok(metadata) = std::fs::metadata(path) {
        #[cfg(unix)]
        {
            use std::os::unix::fs::MetadataExt;
            return FileIdentity::Node {
                device: metadata.dev(),
                inode: metadata.ino(),
            };
        }
        #[cfg(not(unix))]
        {
            let _ = metadata;
            if let Ok(canonical) = path.canonicalize() {
                return FileIdentity::Path(canonical);
            }
        }
    }
    let absolute = std::path::absolute(path).unwrap_or_else(|_| path.to_path_buf());
    match (absolute.parent(), absolute.file_name()) {
        (Some(dir), Some(name)) => match dir.canonicalize() {
            Ok(dir) => FileIdentity::Path(dir.join(name)),
            Err(_) => FileIdentity::Path(absolute),
        },
        _ => FileIdentity::Path(absolute),
    }
}

/// The null device, which any number of outputs may share.
fn is_null_device(path: &Path) -> bool {
    path.canonicalize()
        .is_ok_and(|canonical| canonical == Path::new("/dev/null"))
}

/// The files given among `list`, with their identities; the null device, and `-` when it is
/// standard input, are left out.
fn identities<'a>(
    list: &[(&'a str, Option<&'a Path>)],
    dash_is_stdin: bool,
) -> Vec<(&'a str, &'a Path, FileIdentity)> {
    list.iter()
        .filter_map(|&(flag, path)| Some((flag, path?)))
        .filter(|&(_, path)| !(dash_is_stdin && path.as_os_str() == "-"))
        .filter(|&(_, path)| !is_null_device(path))
        .map(|(flag, path)| (flag, path, file_identity(path)))
        .collect()
}

/// Refuses two outputs that are the same file (they would overwrite or interleave each other)
/// and an output that is one of the inputs (it would be truncated). Each entry is a flag and
/// its path, if given; `-` as an input is standard input. The null device may be shared.
pub fn check_distinct_files(
    inputs: &[(&str, Option<&Path>)],
    outputs: &[(&str, Option<&Path>)],
) -> Result<(), CliError> {
    let inputs = identities(inputs, true);
    let outputs = identities(outputs, false);
    for (i, (flag, path, identity)) in outputs.iter().enumerate() {
        for (other_flag, other_path, other) in &outputs[..i] {
            if identity == other {
                return Err(CliError::Usage(format!(
                    "{other_flag} and {flag} name the same file (`{}` and `{}`): give each \
                     output a file of its own",
                    other_path.display(),
                    path.display()
                )));
            }
        }
        for (input_flag, input_path, input) in &inputs {
            if identity == input {
                return Err(CliError::Usage(format!(
                    "{flag} and {input_flag} name the same file (`{}` and `{}`): writing \
                     {flag} would overwrite the input; give it another path",
                    path.display(),
                    input_path.display()
                )));
            }
        }
    }
    Ok(())
}
