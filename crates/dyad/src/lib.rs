//! The `dyad` binary's library half: the annotation pipeline that wires the
//! stage crates together, and the evaluation against gold files; shared by
//! the CLI, the benchmarks and the tests.

pub mod eval;
pub mod pipeline;
