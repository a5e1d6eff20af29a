//! `dyad serve`: the HTTP API and web UI over the store (dyad-serve).

use super::Status;
use anyhow::{bail, Context, Result};
use std::net::SocketAddr;
use std::path::Path;

#[derive(clap::Args)]
pub struct Args {
    /// Address to listen on. Loopback by default; another address exposes
    /// the store to the network and must be asked for explicitly.
    #[arg(long, default_value = dyad_serve::DEFAULT_ADDR)]
    addr: SocketAddr,
}

pub fn run(db: &Path, args: Args) -> Result<Status> {
    if !db.exists() {
        bail!(
            "no store at {}: run `dyad ingest` first, or pass --db",
            db.display()
        );
    }
    if !args.addr.ip().is_loopback() {
        eprintln!(
            "warning: serving on {}, reachable from other machines",
            args.addr
        );
    }
    dyad_serve::serve_blocking(db, args.addr)
        .with_context(|| format!("serving {}", db.display()))?;
    Ok(Status::Complete)
}
