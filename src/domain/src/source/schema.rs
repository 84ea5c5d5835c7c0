//! JSON Schemas of the content files and of the bundle, generated from the Rust types.

use super::files::{ArticleFront, ProjectFront, SiteFile, TaxonomiesFile, VacancyFront};
use crate::model::Bundle;
use schemars::generate::SchemaSettings;
use schemars::JsonSchema;

/// Draft 7: the version editors' TOML/JSON plugins understand best.
fn schema_of<T: JsonSchema>() -> serde_json::Value {
    SchemaSettings::draft07()
        .into_generator()
        .into_root_schema_for::<T>()
        .to_value()
}

/// `(file name, schema)` for every schema `sitegen schema` writes.
pub fn all_schemas() -> Vec<(&'static str, serde_json::Value)> {
    vec![
        ("article.schema.json", schema_of::<ArticleFront>()),
        ("project.schema.json", schema_of::<ProjectFront>()),
        ("vacancy.schema.json", schema_of::<VacancyFront>()),
        ("site.schema.json", schema_of::<SiteFile>()),
        ("taxonomies.schema.json", schema_of::<TaxonomiesFile>()),
        ("bundle.schema.json", schema_of::<Bundle>()),
    ]
}
