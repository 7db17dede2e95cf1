//! The analysis JSON printed by the command line (see the evaluation's SCHEMA.md).

use crate::Analysis;

/// Serialise an analysis as pretty JSON. Serialising plain data cannot fail.
pub fn to_json(analysis: &Analysis) -> String {
    serde_json::to_string_pretty(analysis).unwrap_or_else(|e| format!("{{\"error\": \"{e}\"}}"))
}
