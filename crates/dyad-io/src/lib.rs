//! dyad-io (in progress).
