//! What the visitor did on the prerendered page before the app took it over, carried over to
//! the app's page: the text typed in a box, the boxes ticked, the buttons pressed, and where
//! the focus and the cursor were.
//!
//! On a slow link the prerendered page is read, and used, for seconds before the app arrives.
//! Its controls accept input but nothing answers it: without this, the takeover would drop the
//! text typed, move the focus to the top of the page (a keyboard or screen-reader user loses
//! their place) and forget the language button pressed.
//!
//! The app's page is drawn by the same components from the same content, so each control has
//! a counterpart in the same place: found by its id, or else by its path of tags from the root
//! (a link's must also have the same address). Replayed as the visitor's own input would be
//! (an `input` event, a click), so the app's handlers do the work: the URL, the results.

use wasm_bindgen::JsCast;
use web_sys::{Element, HtmlElement, HtmlInputElement};

/// Set by `boot.js` on a button pressed before the app took over: its order among those
/// presses (the last press of each button counts).
const EARLY_CLICK_ATTRIBUTE: &str = "data-early-click";

/// Where an element is in the page, found again in the app's page.
#[derive(Clone, Debug, PartialEq)]
enum Place {
    Id(String),
    /// From the root down: each element's tag and its index among its siblings of that tag.
    Path(Vec<(String, u32)>),
}

/// What the visitor changed in one input.
#[derive(Clone, Debug, PartialEq)]
enum Change {
    Checked(bool),
    Text(String),
}

#[derive(Clone, Debug, PartialEq)]
struct Focus {
    place: Place,
    href: Option<String>,
    /// The cursor or selection in a text box.
    selection: Option<(u32, u32)>,
}

/// Read from the prerendered page just before the takeover, replayed on the app's page just
/// after it.
#[derive(Debug, Default)]
pub struct VisitorState {
    changes: Vec<(Place, Change)>,
    clicks: Vec<Place>,
    focus: Option<Focus>,
}

impl VisitorState {
    /// What the visitor did within `root`, the prerendered page.
    pub fn read(root: &Element) -> Self {
        let changes = elements(root, "input")
            .into_iter()
            .filter_map(|element| {
                let input = element.dyn_into::<HtmlInputElement>().ok()?;
                let change = changed(&input)?;
                Some((place_of(&input, root), change))
            })
            .collect();
        let mut pressed: Vec<(u32, Element)> =
            elements(root, &format!("[{EARLY_CLICK_ATTRIBUTE}]"))
                .into_iter()
                .filter_map(|button| {
                    let order = button.get_attribute(EARLY_CLICK_ATTRIBUTE)?.parse().ok()?;
                    Some((order, button))
                })
                .collect();
        site_domain::sort::sort_by(&mut pressed, |a, b| a.0.cmp(&b.0));
        let clicks = pressed
            .into_iter()
            .map(|(_, button)| place_of(&button, root))
            .collect();
        Self {
            changes,
            clicks,
            focus: focus_within(root),
        }
    }

    /// Does it again on `root`, the app's page, now in the document: the changes first, then
    /// the presses, then the focus (which the presses may have moved).
    pub fn replay(self, root: &Element) {
        for (place, change) in self.changes {
            let Some(input) = find(root, &place, None).and_then(|found| found.dyn_into().ok())
            else {
                continue;
            };
            replay_change(&input, change);
        }
        for place in self.clicks {
            if let Some(button) = find(root, &place, None) {
                if let Ok(button) = button.dyn_into::<HtmlElement>() {
                    button.click();
                }
            }
        }
        if let Some(focus) = self.focus {
            restore_focus(root, focus);
        }
    }
}

/// What the visitor changed in `input`, if anything: a box ticked or unticked, or text that
/// is not the page's own.
fn changed(input: &HtmlInputElement) -> Option<Change> {
    match input.type_().as_str() {
        "checkbox" | "radio" => {
            (input.checked() != input.default_checked()).then(|| Change::Checked(input.checked()))
        }
        "hidden" | "submit" | "button" | "reset" | "image" | "file" => None,
        _ => (input.value() != input.default_value()).then(|| Change::Text(input.value())),
    }
}

fn replay_change(input: &HtmlInputElement, change: Change) {
    match change {
        // A click, as the visitor's own: the app's handler sees the box change.
        Change::Checked(checked) if input.checked() != checked => input.click(),
        Change::Checked(_) => {}
        Change::Text(text) if input.value() != text => {
            input.set_value(&text);
            let init = web_sys::EventInit::new();
            init.set_bubbles(true);
            if let Ok(event) = web_sys::Event::new_with_event_init_dict("input", &init) {
                let _ = input.dispatch_event(&event);
            }
        }
        Change::Text(_) => {}
    }
}

fn focus_within(root: &Element) -> Option<Focus> {
    let active = root.owner_document()?.active_element()?;
    if &active == root || !root.contains(Some(&active)) {
        return None;
    }
    let selection = active
        .dyn_ref::<HtmlInputElement>()
        .and_then(|input| Some((input.selection_start().ok()??, input.selection_end().ok()??)));
    Some(Focus {
        place: place_of(&active, root),
        href: active.get_attribute("href"),
        selection,
    })
}

fn restore_focus(root: &Element, focus: Focus) {
    let Some(element) = find(root, &focus.place, focus.href.as_deref()) else {
        return;
    };
    let Ok(element) = element.dyn_into::<HtmlElement>() else {
        return;
    };
    let options = web_sys::FocusOptions::new();
    // Where the visitor has scrolled to stays: the counterpart is where the original was.
    options.set_prevent_scroll(true);
    let _ = element.focus_with_options(&options);
    if let (Some((start, end)), Some(input)) =
        (focus.selection, element.dyn_ref::<HtmlInputElement>())
    {
        let _ = input.set_selection_range(start, end);
    }
}

fn place_of(element: &Element, root: &Element) -> Place {
    let id = element.id();
    if !id.is_empty() {
        return Place::Id(id);
    }
    let mut path = Vec::new();
    let mut current = element.clone();
    while &current != root {
        let tag = current.tag_name();
        let mut index = 0;
        let mut sibling = current.previous_element_sibling();
        while let Some(before) = sibling {
            if before.tag_name() == tag {
                index += 1;
            }
            sibling = before.previous_element_sibling();
        }
        path.push((tag, index));
        match current.parent_element() {
            Some(parent) => current = parent,
            // Not within `root` after all: a path from elsewhere would find the wrong element.
            None => return Place::Path(Vec::new()),
        }
    }
    path.reverse();
    Place::Path(path)
}

/// The element at `place` within `root`; with `href`, only a link to that same address.
fn find(root: &Element, place: &Place, href: Option<&str>) -> Option<Element> {
    let found = match place {
        Place::Id(id) => root.owner_document()?.get_element_by_id(id)?,
        Place::Path(path) if path.is_empty() => return None,
        Place::Path(path) => {
            let mut current = root.clone();
            for (tag, index) in path {
                let children = current.children();
                current = (0..children.length())
                    .filter_map(|child| children.item(child))
                    .filter(|child| &child.tag_name() == tag)
                    .nth(*index as usize)?;
            }
            current
        }
    };
    (root.contains(Some(&found)) && found.get_attribute("href").as_deref() == href).then_some(found)
}

fn elements(root: &Element, selector: &str) -> Vec<Element> {
    let Ok(list) = root.query_selector_all(selector) else {
        return Vec::new();
    };
    (0..list.length())
        .filter_map(|index| list.item(index)?.dyn_into().ok())
        .collect()
}
