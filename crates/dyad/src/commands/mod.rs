//! One module per subcommand; each parses nothing and prints its own output.

pub mod analytics;
pub mod code;
pub mod dedup;
pub mod eval;
pub mod export;
pub mod ingest;
pub mod query;
pub mod serve;

/// How a command ended when it did not fail outright.
pub enum Status {
    Complete,
    /// Some inputs were bad; the rest were processed.
    PartialFailure,
}

impl Status {
    #[must_use]
    pub fn from_errors(errors: usize) -> Status {
        if errors == 0 {
            Status::Complete
        } else {
            Status::PartialFailure
        }
    }
}

/// `--format` values.
pub fn parse_format(s: &str) -> Result<dyad_io::Format, String> {
    s.parse::<dyad_io::Format>().map_err(|e| e.to_string())
}
