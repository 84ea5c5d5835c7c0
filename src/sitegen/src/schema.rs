//! `sitegen schema`: writes the JSON Schemas of the content files and of the bundle, generated
//! from the Rust types so they cannot drift from what the build accepts.

use site_domain::source::schema::all_schemas;
use std::path::PathBuf;

const USAGE: &str = "usage: sitegen schema [--out <dir>]   (default: content/schema)";

pub fn run(args: &[String]) -> Result<(), String> {
    let out = match args {
        [] => PathBuf::from("content/schema"),
        [flag, dir] if flag == "--out" => PathBuf::from(dir),
        _ => return Err(USAGE.to_string()),
    };
    std::fs::create_dir_all(&out).map_err(|e| format!("cannot create {}: {e}", out.display()))?;
    for (name, text) in rendered() {
        let path = out.join(name);
        std::fs::write(&path, text).map_err(|e| format!("cannot write {}: {e}", path.display()))?;
        println!("wrote {}", path.display());
    }
    Ok(())
}

/// `(file name, pretty JSON)` of every schema, exactly as written to disk.
pub fn rendered() -> Vec<(&'static str, String)> {
    all_schemas()
        .into_iter()
        .map(|(name, schema)| {
            let text = serde_json::to_string_pretty(&schema).expect("a schema is always JSON");
            (name, text + "\n")
        })
        .collect()
}

/// The committed schemas, for the drift test.
#[cfg(test)]
fn committed(name: &str) -> Option<String> {
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../../content/schema");
    std::fs::read_to_string(dir.join(name)).ok()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn committed_schemas_match_the_types() {
        for (name, fresh) in rendered() {
            let committed = committed(name);
            assert!(
                committed.as_deref() == Some(fresh.as_str()),
                "content/schema/{name} is out of date: run `cargo run -p sitegen -- schema --out content/schema` and commit it"
            );
        }
    }

    #[test]
    fn the_article_schema_lists_fields_and_forbids_others() {
        let (_, article) = all_schemas()
            .into_iter()
            .find(|(n, _)| *n == "article.schema.json")
            .unwrap();
        assert_eq!(article["additionalProperties"], serde_json::json!(false));
        assert_eq!(article["required"], serde_json::json!(["title"]));
        assert!(article["properties"]["undated"].is_object());
        assert_eq!(
            article["$schema"],
            "http://json-schema.org/draft-07/schema#"
        );
    }
}
