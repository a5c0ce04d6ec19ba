//! Files in and out: the only place the CLI touches the file system.

use crate::error::CliError;
use gatebook_formats::{default_venue, parse_venue, FlowParser, InputError};
use gatebook_wire::{FlowItem, VenueConfig};
use std::io::{BufRead, Read, Write};
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicBool, Ordering};

/// The largest text configuration read (`--config`, `--sessions`): far above any valid one (a
/// venue of 65,536 accounts is a few MiB), so a wrong file is refused before it fills memory.
pub const CONFIG_LIMIT: u64 = 64 << 20;

/// The longest line of an order-flow file read line by line: a valid row is about 120 bytes,
/// so only a file that is not an order flow (or has no line ends) reaches it, and the reader
/// never holds more than this of one line.
pub const FLOW_LINE_LIMIT: usize = 64 << 10;

/// Maps an I/O failure to an error naming `path`.
pub fn io_error(path: &Path) -> impl Fn(std::io::Error) -> CliError + '_ {
    move |error| CliError::Io {
        path: path.display().to_string(),
        error,
    }
}

/// Reads a text configuration whole, refusing one larger than [`CONFIG_LIMIT`] before it is
/// read (a regular file by its size, a pipe by reading one byte past the limit). `-` is
/// standard input.
pub fn read_config(path: &Path) -> Result<String, CliError> {
    let too_large = || {
        CliError::Input(InputError::new(
            &path.display().to_string(),
            0,
            "size",
            format!(
                "the file is larger than {} MiB ({CONFIG_LIMIT} bytes), the limit for a \
                 configuration file; a venue of 65,536 accounts takes a few MiB",
                CONFIG_LIMIT >> 20
            ),
        ))
    };
    let source: Box<dyn Read> = if path.as_os_str() == "-" {
        Box::new(std::io::stdin().lock())
    } else {
        let file = std::fs::File::open(path).map_err(io_error(path))?;
        let metadata = file.metadata().map_err(io_error(path))?;
        if metadata.is_file() && metadata.len() > CONFIG_LIMIT {
            return Err(too_large());
        }
        Box::new(file)
    };
    let mut bytes = Vec::new();
    source
        .take(CONFIG_LIMIT + 1)
        .read_to_end(&mut bytes)
        .map_err(io_error(path))?;
    if bytes.len() as u64 > CONFIG_LIMIT {
        return Err(too_large());
    }
    decode_text(path, bytes)
}

/// The file's bytes as text; a byte that is not UTF-8 is an input error naming its line and
/// column.
fn decode_text(path: &Path, bytes: Vec<u8>) -> Result<String, CliError> {
    String::from_utf8(bytes).map_err(|e| {
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
        Some(path) => Ok(parse_venue(
            &read_config(path)?,
            &path.display().to_string(),
        )?),
    }
}

/// An order-flow file (`-`: standard input) read one line at a time, so memory does not grow
/// with its length. Yields each message or mark with its line; the first error (bad input, a
/// line longer than [`FLOW_LINE_LIMIT`], a failed read) ends it.
pub struct FlowInput<'a> {
    name: &'a str,
    reader: Box<dyn BufRead>,
    parser: FlowParser<'a>,
    line: Vec<u8>,
    line_no: usize,
    ended: bool,
}

impl<'a> FlowInput<'a> {
    /// Opens `path`; `name` is the file's name in error messages.
    pub fn open(path: &Path, name: &'a str) -> Result<FlowInput<'a>, CliError> {
        let reader: Box<dyn BufRead> = if path.as_os_str() == "-" {
            Box::new(std::io::stdin().lock())
        } else {
            let file = std::fs::File::open(path).map_err(io_error(path))?;
            Box::new(std::io::BufReader::with_capacity(1 << 16, file))
        };
        Ok(FlowInput {
            name,
            reader,
            parser: FlowParser::new(name),
            line: Vec::new(),
            line_no: 0,
            ended: false,
        })
    }

    fn fail(&mut self, error: CliError) -> Option<<Self as Iterator>::Item> {
        self.ended = true;
        Some(Err(error))
    }
}

impl Iterator for FlowInput<'_> {
    /// The item, with the 1-based line it came from.
    type Item = Result<(usize, FlowItem), CliError>;

    fn next(&mut self) -> Option<Self::Item> {
        while !self.ended {
            self.line.clear();
            let read = (&mut self.reader)
                .take(FLOW_LINE_LIMIT as u64 + 1)
                .read_until(b'\n', &mut self.line);
            match read {
                Err(error) => {
                    let path = self.name.to_owned();
                    return self.fail(CliError::Io { path, error });
                }
                Ok(0) => {
                    self.ended = true;
                    return self.parser.finish().map(|e| Err(e.into()));
                }
                Ok(_) => self.line_no += 1,
            }
            let raw = self.line.strip_suffix(b"\n").unwrap_or(&self.line);
            if raw.len() > FLOW_LINE_LIMIT {
                let error = InputError::new(
                    self.name,
                    self.line_no,
                    "line",
                    format!(
                        "longer than {FLOW_LINE_LIMIT} bytes: not an orders.csv row (is this \
                         the right file?)"
                    ),
                );
                return self.fail(error.into());
            }
            if let Some(item) = self.parser.line(self.line_no, raw) {
                self.ended = item.is_err();
                return Some(item.map_err(CliError::from));
            }
        }
        None
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
