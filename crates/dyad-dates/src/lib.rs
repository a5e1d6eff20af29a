//! dyad-dates (in progress).
