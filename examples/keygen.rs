//! Makes a new pseudonymisation key from the operating system's randomness
//! and writes it to a new key file.
//!
//! ```text
//! cargo run --example keygen -- --out keys/k1.key [--id k1]
//! ```
//!
//! The file is created only if it does not exist yet (an existing file is
//! never overwritten), readable by its owner only on Unix (mode 0600).
//! Only the key id and the path are printed, never the secret.
//!
//! Exit codes: 0 written; 1 refused or failed (nothing left behind).

use std::fs::{File, OpenOptions};
use std::io::{self, Write};
use std::path::{Path, PathBuf};
use std::process::ExitCode;
use std::time::{SystemTime, UNIX_EPOCH};

use clap::Parser;
use report_shield::Key;

/// Make a new report-shield key file.
#[derive(Debug, Parser)]
#[command(
    name = "keygen",
    version,
    after_help = "Use the key with: anonymise --key-file PATH, or put the file's text in the \
                  REPORT_SHIELD_KEY environment variable.\nKeep the file secret: anyone who \
                  holds it can test guesses against tokens."
)]
struct Args {
    /// Where to write the key file (must not exist).
    #[arg(
        value_name = "PATH",
        required_unless_present = "out",
        conflicts_with = "out"
    )]
    path: Option<PathBuf>,

    /// Where to write the key file (must not exist).
    #[arg(long, short, value_name = "PATH")]
    out: Option<PathBuf>,

    /// The key id written into every token (1 to 16 of A-Z a-z 0-9 _ -;
    /// public, so nothing secret). Default: `k` and today's date
    /// (`k20260513`), so that keys made on different days differ.
    #[arg(long, value_name = "ID")]
    id: Option<String>,
}

fn main() -> ExitCode {
    let args = Args::parse();
    let Some(path) = args.out.as_deref().or(args.path.as_deref()) else {
        eprintln!("keygen: give the path of the new key file (--out PATH)");
        return ExitCode::FAILURE;
    };
    let id = args.id.clone().unwrap_or_else(default_id);
    match write_key(path, &id) {
        Ok(()) => {
            println!("wrote key {id} to {}", path.display());
            ExitCode::SUCCESS
        }
        Err(message) => {
            eprintln!("keygen: {message}");
            ExitCode::FAILURE
        }
    }
}

fn write_key(path: &Path, id: &str) -> Result<(), String> {
    let key = Key::generate(id).map_err(|e| format!("cannot make the key: {e}"))?;
    let mut file = create_new(path).map_err(|e| {
        if e.kind() == io::ErrorKind::AlreadyExists {
            format!(
                "{} already exists; refusing to overwrite a key file (tokens made with it \
                 could no longer be matched). Choose another path.",
                path.display()
            )
        } else {
            format!("cannot create {}: {e}", path.display())
        }
    })?;
    let text = key.to_key_file();
    let written = file
        .write_all(text.as_bytes())
        .and_then(|()| file.sync_all());
    drop(text);
    if let Err(e) = written {
        drop(file);
        // Never leave a partial key file behind.
        let _ = std::fs::remove_file(path);
        return Err(format!("cannot write {}: {e}", path.display()));
    }
    Ok(())
}

/// Creates `path`, failing if it exists; on Unix readable and writable by
/// its owner only from the moment it exists.
fn create_new(path: &Path) -> io::Result<File> {
    let mut options = OpenOptions::new();
    options.write(true).create_new(true);
    #[cfg(unix)]
    {
        use std::os::unix::fs::OpenOptionsExt;
        options.mode(0o600);
    }
    let file = options.open(path)?;
    #[cfg(unix)]
    {
        // The mode above is reduced by the umask, never widened; set it
        // exactly in case the file system ignored it.
        use std::os::unix::fs::PermissionsExt;
        if let Err(e) = file.set_permissions(std::fs::Permissions::from_mode(0o600)) {
            drop(file);
            let _ = std::fs::remove_file(path);
            return Err(e);
        }
    }
    Ok(file)
}

/// `k` and today's UTC date, `kYYYYMMDD`.
fn default_id() -> String {
    let days = SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .map_or(0, |d| d.as_secs() / 86_400);
    let (y, m, d) = civil_from_days(days);
    format!("k{y:04}{m:02}{d:02}")
}

/// The Gregorian date of a day count since 1970-01-01 (H. Hinnant's
/// algorithm, for non-negative day counts).
fn civil_from_days(days: u64) -> (u64, u64, u64) {
    let z = days + 719_468;
    let era = z / 146_097;
    let doe = z - era * 146_097;
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let d = doy - (153 * mp + 2) / 5 + 1;
    let m = if mp < 10 { mp + 3 } else { mp - 9 };
    let y = yoe + era * 400 + u64::from(m <= 2);
    (y, m, d)
}
