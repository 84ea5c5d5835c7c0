//! Site facts from the legacy page: the "in brief" sidebar and the footer's contact line.

use crate::clean::Paragraph;
use crate::curated::{FOOTER_NAVIGATION, SIDEBAR_INTRO};
use site_domain::model::Contact;

/// The year in "Azerbaijan has been an IOM Member State since 2001", checked to be on the page.
pub fn member_state_since(chrome: &[String]) -> Result<u16, String> {
    if !chrome.iter().any(|text| text == SIDEBAR_INTRO) {
        return Err(format!(
            "the sidebar sentence \"{SIDEBAR_INTRO}\" was not found above the news"
        ));
    }
    SIDEBAR_INTRO
        .rsplit(' ')
        .next()
        .and_then(|year| year.parse().ok())
        .ok_or_else(|| format!("no year at the end of \"{SIDEBAR_INTRO}\""))
}

/// Footer: the organisation's name line, then "address, Tel. phone, Fax: fax".
pub fn contact(footer: &[Paragraph]) -> Result<Contact, String> {
    let contact_line = footer
        .iter()
        .find(|paragraph| paragraph.text.contains("Tel.") && paragraph.text.contains("Fax"))
        .ok_or("the footer has no line with \"Tel.\" and \"Fax\"")?;
    let organisation = footer
        .iter()
        .find(|paragraph| paragraph.text != FOOTER_NAVIGATION && paragraph.line < contact_line.line)
        .ok_or("the footer names no organisation above the contact line")?;
    let at = |what: &str| {
        format!(
            "line {}: cannot read the {what} in \"{}\"",
            contact_line.line, contact_line.text
        )
    };
    let (address, rest) = contact_line
        .text
        .split_once(", Tel.")
        .ok_or_else(|| at("address"))?;
    let (phone, fax) = rest.split_once(", Fax").ok_or_else(|| at("phone"))?;
    let fax = fax.trim_start_matches(':').trim();
    if fax.is_empty() {
        return Err(at("fax"));
    }
    Ok(Contact {
        organisation: organisation.text.clone(),
        address: address.trim().to_string(),
        phone: phone.trim().to_string(),
        fax: fax.to_string(),
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn paragraph(text: &str, line: usize) -> Paragraph {
        Paragraph {
            photo_credit: false,
            text: text.to_string(),
            line_count: 1,
            after_separator: true,
            line,
        }
    }

    #[test]
    fn reads_the_footer_contact_line() {
        let footer = [
            paragraph("International Organization for Migration (IOM)", 347),
            paragraph("Home | Contact Us | Copyright & Disclaimer", 349),
            paragraph("18, Yashar Huseynov, Baku, AZ-1069, Azerbaijan, Tel. +994.12.465.9071/72, Fax: +994.12.465.9073", 351),
        ];
        assert_eq!(
            contact(&footer).unwrap(),
            Contact {
                organisation: "International Organization for Migration (IOM)".into(),
                address: "18, Yashar Huseynov, Baku, AZ-1069, Azerbaijan".into(),
                phone: "+994.12.465.9071/72".into(),
                fax: "+994.12.465.9073".into(),
            }
        );
        assert!(contact(&footer[..2]).unwrap_err().contains("Tel."));
    }

    #[test]
    fn reads_the_member_state_year() {
        assert_eq!(member_state_since(&[SIDEBAR_INTRO.to_string()]), Ok(2001));
        assert!(member_state_since(&[]).is_err());
    }
}
