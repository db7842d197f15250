//! QR codes for share links, as SVG path data (a customer on another device scans the link
//! instead of typing it). Encoding by the qrcodegen crate; drawing is ours.

use qrcodegen::{QrCode, QrCodeEcc};

/// A QR code ready to draw: `size` modules square plus a 4-module quiet zone on each side,
/// and one SVG path that fills every dark module.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct QrSvg {
    pub view_box: u32,
    pub path: String,
}

const QUIET: i32 = 4;

/// Encodes `text` with medium error correction; `None` when it does not fit a QR code.
pub fn qr_svg(text: &str) -> Option<QrSvg> {
    let qr = QrCode::encode_text(text, QrCodeEcc::Medium).ok()?;
    let size = qr.size();
    let mut path = String::with_capacity((size * size) as usize * 8);
    for y in 0..size {
        let mut x = 0;
        while x < size {
            if !qr.get_module(x, y) {
                x += 1;
                continue;
            }
            // One rectangle per horizontal run of dark modules keeps the path short.
            let start = x;
            while x < size && qr.get_module(x, y) {
                x += 1;
            }
            path.push_str(&format!(
                "M{},{}h{}v1h-{}z",
                start + QUIET,
                y + QUIET,
                x - start,
                x - start
            ));
        }
    }
    Some(QrSvg {
        view_box: (size + 2 * QUIET) as u32,
        path,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_share_link_becomes_a_square_code_with_a_quiet_zone() {
        let link = format!(
            "https://help.example/diagnose#{}",
            "audience=admin&error_codes=90094&".repeat(20)
        );
        let svg = qr_svg(&link).unwrap();
        assert!(svg.view_box > 2 * QUIET as u32 + 21);
        assert!(
            svg.path.starts_with("M4,4h7v1h-7z"),
            "the finder pattern's top row: {}",
            &svg.path[..20]
        );
    }

    #[test]
    fn too_much_text_is_refused() {
        assert_eq!(qr_svg(&"x".repeat(5000)), None);
    }
}
