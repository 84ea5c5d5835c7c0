//! Reads a TOML document into a typed shape, reporting every problem at once with its line:
//! syntax errors, unknown fields (with a "did you mean"), missing fields and wrong types.

use super::lines::{LineMap, TomlText};
use super::suggest::hint;
use crate::validate::Problem;
use schemars::JsonSchema;
use serde::de::DeserializeOwned;
use std::any::TypeId;
use std::collections::HashMap;
use std::sync::{Mutex, OnceLock};
use toml::de::{DeTable, DeValue, Deserializer};
use toml::Spanned;

/// What reading a document gave: the value when it is fully valid, problems otherwise.
pub struct ReadToml<T> {
    pub value: Option<T>,
    pub problems: Vec<Problem>,
    pub lines: LineMap,
}

/// Field names of `T` and which of them are required, taken from its JSON Schema so the
/// checks and the schema editors use can never disagree.
/// Generated once per type: every file of a kind asks again.
fn fields_of<T: JsonSchema + 'static>() -> Fields {
    static CACHE: OnceLock<Mutex<HashMap<TypeId, Fields>>> = OnceLock::new();
    let cache = CACHE.get_or_init(Default::default);
    let mut cache = cache
        .lock()
        .unwrap_or_else(|poisoned| poisoned.into_inner());
    cache
        .entry(TypeId::of::<T>())
        .or_insert_with(fields_from_schema::<T>)
        .clone()
}

/// `(field names, required field names)`.
type Fields = (Vec<String>, Vec<String>);

fn fields_from_schema<T: JsonSchema>() -> Fields {
    let schema = schemars::schema_for!(T);
    let names = |key: &str| -> Vec<String> {
        match schema.get(key) {
            Some(serde_json::Value::Object(map)) => map.keys().cloned().collect(),
            Some(serde_json::Value::Array(items)) => items
                .iter()
                .filter_map(|v| v.as_str().map(String::from))
                .collect(),
            _ => Vec::new(),
        }
    };
    (names("properties"), names("required"))
}

pub fn read_toml<T: DeserializeOwned + JsonSchema + 'static>(
    file: &str,
    source: &TomlText,
) -> ReadToml<T> {
    let (mut table, syntax_errors) = DeTable::parse_recoverable(source.text);
    let lines = LineMap::of_table(table.get_ref(), source);
    let mut problems = Vec::new();
    if !syntax_errors.is_empty() {
        for error in syntax_errors {
            let mut problem =
                Problem::new(file, format!("TOML syntax: {}", one_line(error.message())));
            problem.line = error.span().map(|span| source.line_at(span.start));
            problems.push(problem);
        }
        return ReadToml {
            value: None,
            problems,
            lines,
        };
    }
    let (known, required) = fields_of::<T>();
    let known_refs: Vec<&str> = known.iter().map(String::as_str).collect();
    let unknown: Vec<Spanned<std::borrow::Cow<str>>> = table
        .get_ref()
        .keys()
        .filter(|key| !known.contains(&key.get_ref().to_string()))
        .cloned()
        .collect();
    for key in unknown {
        let name = key.get_ref().to_string();
        let message = format!("unknown field; {}", hint(&name, &known_refs));
        problems.push(
            Problem::in_field(file, name.clone(), message)
                .at_line(source.line_at(key.span().start)),
        );
        table.get_mut().remove(name.as_str());
    }
    for name in &required {
        if !table.get_ref().contains_key(name.as_str()) {
            problems.push(Problem::in_field(
                file,
                name.clone(),
                "is missing (it is required)",
            ));
        }
    }
    let value =
        deserialize_reporting_each_field(file, source, table, &lines, &required, &mut problems);
    ReadToml {
        value: value.filter(|_| problems.is_empty()),
        problems,
        lines,
    }
}

/// Deserializes `table`; on a type error, reports it, drops the offending top-level field and
/// tries again, so one bad field does not hide the next.
fn deserialize_reporting_each_field<T: DeserializeOwned>(
    file: &str,
    source: &TomlText,
    mut table: Spanned<DeTable<'_>>,
    lines: &LineMap,
    required: &[String],
    problems: &mut Vec<Problem>,
) -> Option<T> {
    loop {
        let error = match T::deserialize(Deserializer::from(table.clone())) {
            Ok(value) => return Some(value),
            Err(error) => error,
        };
        let message = one_line(error.message());
        let missing_top_level = message
            .strip_prefix("missing field `")
            .and_then(|rest| rest.split('`').next())
            .is_some_and(|name| {
                required.iter().any(|r| r == name) && !table.get_ref().contains_key(name)
            });
        if missing_top_level {
            return None; // already reported from the schema, or its field was dropped as wrong
        }
        let span = error.span();
        let path = span
            .as_ref()
            .and_then(|span| lines.path_at(span.start))
            .map(str::to_string);
        let top_key = path
            .as_deref()
            .map(|p| p.split(['.', '[']).next().unwrap_or(p).to_string());
        let Some((path, top_key)) = path
            .zip(top_key)
            .filter(|(_, key)| table.get_ref().contains_key(key.as_str()))
        else {
            let mut problem = Problem::new(file, message);
            problem.line = span.map(|span| source.line_at(span.start));
            problems.push(problem);
            return None;
        };
        let is_datetime = matches!(
            table.get_ref().get(top_key.as_str()).map(|v| v.get_ref()),
            Some(DeValue::Datetime(_))
        );
        let message = if message.starts_with("unknown field `") {
            with_nested_field_hint(&message)
        } else if is_datetime {
            format!("{message} (write dates in quotes: {top_key} = \"2016-11-22\")")
        } else {
            message
        };
        let line = span.map(|span| source.line_at(span.start));
        problems.push(Problem {
            line,
            ..Problem::in_field(file, path, message)
        });
        table.get_mut().remove(top_key.as_str());
    }
}

/// serde says "unknown field `lable`, expected `label` or `url`": add the likely intended one.
fn with_nested_field_hint(message: &str) -> String {
    let names: Vec<&str> = message.split('`').skip(1).step_by(2).collect();
    match names.split_first() {
        Some((typed, expected)) if !expected.is_empty() => {
            let hint = hint(typed, expected);
            if hint.starts_with("did you mean") {
                return format!("unknown field `{typed}`; {hint}");
            }
            message.to_string()
        }
        _ => message.to_string(),
    }
}

fn one_line(message: &str) -> String {
    message
        .trim()
        .lines()
        .map(str::trim)
        .filter(|l| !l.is_empty())
        .collect::<Vec<_>>()
        .join("; ")
}
