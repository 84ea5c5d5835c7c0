//! Shared pieces for the domain's unit tests: a minimal valid `Site`, so each test bundle
//! only spells out what its test is about.

use crate::{Contact, Site};

/// A site with every required fact filled in and no lists.
pub fn minimal_site() -> Site {
    Site {
        name: "IOM Azerbaijan".into(),
        member_state_since: 2001,
        intro: vec![],
        history: vec![],
        areas: vec![],
        government_partners: vec![],
        contact: Contact {
            organisation: "IOM".into(),
            address: "Baku".into(),
            phone: "+994".into(),
            fax: "+994".into(),
        },
    }
}
