//! Parsing of content files (work in progress).
