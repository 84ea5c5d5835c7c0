//! The kiosk's QR codes: one SVG per address it may show instead of leaving the site
//! (`site_domain::kiosk`), written at build time so the app needs no QR encoder and the
//! service worker keeps them for offline use.

use qrcode::{Color, EcLevel, QrCode};
use site_domain::kiosk::{qr_addresses, qr_code_file};
use site_domain::routes::SiteAddress;
use site_domain::Bundle;
use std::collections::BTreeMap;
use std::fmt::Write;
use std::fs;
use std::path::Path;

/// The light margin a reader needs around the code, in modules (the standard's minimum).
const QUIET_ZONE: usize = 4;
/// The drawn size of a module, in CSS pixels (the page scales the image to its box).
const MODULE_PX: usize = 8;

/// Writes `qr/<hash>.svg` for every address; returns how many. Two addresses that would share
/// a file name are refused (never one code shown for another address).
pub fn write_qr_codes(
    dist: &Path,
    bundle: &Bundle,
    address: &SiteAddress,
) -> Result<usize, String> {
    let mut files: BTreeMap<String, String> = BTreeMap::new();
    for url in qr_addresses(bundle, address) {
        let file = qr_code_file(&url);
        if let Some(other) = files.get(&file) {
            return Err(format!(
                "the QR codes of {other} and {url} would share the file {file}; change one address"
            ));
        }
        files.insert(file, url);
    }
    for (file, url) in &files {
        let path = dist.join(file);
        if let Some(folder) = path.parent() {
            fs::create_dir_all(folder)
                .map_err(|e| format!("cannot create {}: {e}", folder.display()))?;
        }
        fs::write(&path, qr_svg(url)?)
            .map_err(|e| format!("cannot write {}: {e}", path.display()))?;
    }
    Ok(files.len())
}

/// A QR code of `url` as SVG: medium error correction (a scratched or badly lit screen still
/// reads), dark on white with the standard quiet zone, crisp square modules. Each row's runs of
/// dark modules are strokes one module wide along the row's middle, in one path: 2–4 KB, where
/// drawing each module (the qrcode crate's own SVG) took 17 KB; a kiosk keeps one per article.
pub fn qr_svg(url: &str) -> Result<String, String> {
    let code = QrCode::with_error_correction_level(url.as_bytes(), EcLevel::M)
        .map_err(|e| format!("cannot make a QR code of {url}: {e}"))?;
    let modules = code.width();
    let dark: Vec<bool> = code.to_colors().iter().map(|c| *c == Color::Dark).collect();
    let mut path = String::new();
    for (y, row) in dark.chunks(modules).enumerate() {
        // After a run the pen is at its end: the next run of the row starts `gap` further on.
        let mut pen = None;
        for (start, length) in dark_runs(row) {
            match pen {
                None => write!(
                    path,
                    "M{} {}.5h{length}",
                    start + QUIET_ZONE,
                    y + QUIET_ZONE
                ),
                Some(end) => write!(path, "m{} 0h{length}", start - end),
            }
            .expect("writing to a String");
            pen = Some(start + length);
        }
    }
    let side = modules + 2 * QUIET_ZONE;
    let pixels = side * MODULE_PX;
    Ok(format!(
        r##"<svg xmlns="http://www.w3.org/2000/svg" width="{pixels}" height="{pixels}" viewBox="0 0 {side} {side}" shape-rendering="crispEdges"><rect width="{side}" height="{side}" fill="#fff"/><path stroke="#000" d="{path}"/></svg>"##
    ))
}

/// The runs of dark modules in a row: (first module, how many).
fn dark_runs(row: &[bool]) -> Vec<(usize, usize)> {
    let mut runs = Vec::new();
    let mut x = 0;
    while x < row.len() {
        if row[x] {
            let start = x;
            while x < row.len() && row[x] {
                x += 1;
            }
            runs.push((start, x - start));
        } else {
            x += 1;
        }
    }
    runs
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn draws_a_square_svg_with_a_quiet_zone() {
        let svg = qr_svg("https://example.org/news/x").unwrap();
        assert!(
            svg.contains("<svg xmlns=\"http://www.w3.org/2000/svg\""),
            "{svg}"
        );
        assert!(svg.contains("shape-rendering=\"crispEdges\""));
        // Version 2 (25 modules) with 4 modules of quiet zone each side, 8 px a module.
        assert!(
            svg.contains("width=\"264\" height=\"264\""),
            "{}",
            &svg[..200]
        );
    }

    /// Reads the path back into modules: exactly the code's dark ones, inside the quiet zone.
    #[test]
    fn the_path_draws_exactly_the_dark_modules() {
        let url = "https://example.org/news/a-rather-long-address-of-an-article-2026";
        let code = QrCode::with_error_correction_level(url.as_bytes(), EcLevel::M).unwrap();
        let modules = code.width();
        let side = modules + 2 * QUIET_ZONE;
        let svg = qr_svg(url).unwrap();
        let path = svg
            .split(" d=\"")
            .nth(1)
            .unwrap()
            .split('"')
            .next()
            .unwrap();
        let mut drawn = vec![false; side * side];
        let (mut x, mut y) = (0, 0);
        // Commands: "M x y.5" (a row), "m gap 0" (on along it), "h length" (a stroke).
        let mut rest = path;
        while let Some(letter) = rest.chars().next() {
            let end = rest[1..]
                .find(['M', 'm', 'h'])
                .map_or(rest.len(), |at| at + 1);
            let numbers: Vec<&str> = rest[1..end].split(' ').collect();
            match (letter, numbers.as_slice()) {
                ('M', &[to_x, to_y]) => {
                    x = to_x.parse().unwrap();
                    y = to_y.strip_suffix(".5").unwrap().parse().unwrap();
                }
                ('m', &[gap, "0"]) => x += gap.parse::<usize>().unwrap(),
                ('h', &[length]) => {
                    let length: usize = length.parse().unwrap();
                    for module in &mut drawn[y * side + x..y * side + x + length] {
                        assert!(!*module, "drawn twice at row {y}");
                        *module = true;
                    }
                    x += length;
                }
                _ => panic!("unexpected {}", &rest[..end]),
            }
            rest = &rest[end..];
        }
        let expected: Vec<bool> = (0..side * side)
            .map(|i| {
                let (x, y) = (i % side, i / side);
                let inside = |v: usize| (QUIET_ZONE..QUIET_ZONE + modules).contains(&v);
                inside(x) && inside(y) && code[(x - QUIET_ZONE, y - QUIET_ZONE)] == Color::Dark
            })
            .collect();
        assert_eq!(drawn, expected);
        assert!(svg.len() < 4_000, "{} bytes", svg.len());
    }

    #[test]
    fn an_address_too_long_for_any_qr_code_is_an_error_naming_it() {
        let long = format!("https://example.org/{}", "x".repeat(3000));
        assert!(qr_svg(&long)
            .unwrap_err()
            .contains("https://example.org/xxx"));
    }
}
