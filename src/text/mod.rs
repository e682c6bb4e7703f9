//! The normalised view of a text and its offset map back to the original.
