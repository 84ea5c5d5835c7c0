//! The kiosk's QR codes: one SVG per address it may show instead of leaving the site
//! (`site_domain::kiosk`), written at build time so the app needs no QR encoder and the
//! service worker keeps them for offline use.

use qrcode::render::svg;
use qrcode::{EcLevel, QrCode};
use site_domain::kiosk::{qr_addresses, qr_code_file};
use site_domain::routes::SiteAddress;
use site_domain::Bundle;
use std::collections::BTreeMap;
use std::fs;
use std::path::Path;

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
/// reads), dark on white with the standard quiet zone, drawn with crisp square modules.
pub fn qr_svg(url: &str) -> Result<String, String> {
    let code = QrCode::with_error_correction_level(url.as_bytes(), EcLevel::M)
        .map_err(|e| format!("cannot make a QR code of {url}: {e}"))?;
    Ok(code
        .render::<svg::Color>()
        .module_dimensions(8, 8)
        .dark_color(svg::Color("#000"))
        .light_color(svg::Color("#fff"))
        .build())
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

    #[test]
    fn an_address_too_long_for_any_qr_code_is_an_error_naming_it() {
        let long = format!("https://example.org/{}", "x".repeat(3000));
        assert!(qr_svg(&long)
            .unwrap_err()
            .contains("https://example.org/xxx"));
    }
}
