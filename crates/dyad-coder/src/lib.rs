//! dyad-coder (in progress).
