//! Placeholder: replaced by the module's owner.

pub fn run(_args: &[String]) -> Result<(), String> {
    Err("sitegen schema: not implemented yet".into())
}
