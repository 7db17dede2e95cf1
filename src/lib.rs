//! Parallax app (placeholder until the UI lands).
