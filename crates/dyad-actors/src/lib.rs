//! dyad-actors (in progress).
