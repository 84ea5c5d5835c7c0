//! The `--name [value]` options of `sitegen build` and `sitegen finish`, read in one way.

/// Hands each option of `args` to `take` with a way to read its value (the next argument);
/// `take` answers whether it knows the option. `--help`, an unknown option and a missing
/// value end the reading with `usage`.
pub fn read_options(
    args: &[String],
    usage: &str,
    mut take: impl FnMut(&str, &mut dyn FnMut() -> Result<String, String>) -> Result<bool, String>,
) -> Result<(), String> {
    let mut args = args.iter();
    while let Some(arg) = args.next() {
        if arg == "--help" || arg == "-h" {
            return Err(usage.to_string());
        }
        let mut value = || {
            args.next()
                .cloned()
                .ok_or_else(|| format!("{arg} needs a value\n{usage}"))
        };
        if !take(arg, &mut value)? {
            return Err(format!("unknown option \"{arg}\"\n{usage}"));
        }
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn read(args: &[&str]) -> Result<Vec<(String, Option<String>)>, String> {
        let args: Vec<String> = args.iter().map(|a| a.to_string()).collect();
        let mut seen = Vec::new();
        read_options(&args, "USAGE", |name, value| {
            match name {
                "--out" => seen.push((name.to_string(), Some(value()?))),
                "--check" => seen.push((name.to_string(), None)),
                _ => return Ok(false),
            }
            Ok(true)
        })?;
        Ok(seen)
    }

    #[test]
    fn options_and_values_in_order() {
        assert_eq!(
            read(&["--check", "--out", "a.json"]).unwrap(),
            vec![
                ("--check".to_string(), None),
                ("--out".to_string(), Some("a.json".to_string()))
            ]
        );
    }

    #[test]
    fn help_unknown_options_and_missing_values_end_with_the_usage() {
        assert_eq!(read(&["--help"]).unwrap_err(), "USAGE");
        assert_eq!(
            read(&["--outt", "x"]).unwrap_err(),
            "unknown option \"--outt\"\nUSAGE"
        );
        assert_eq!(read(&["--out"]).unwrap_err(), "--out needs a value\nUSAGE");
    }
}
