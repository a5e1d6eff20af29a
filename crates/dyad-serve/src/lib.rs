//! `dyad serve`: HTTP API and web UI over a Dyad store.
