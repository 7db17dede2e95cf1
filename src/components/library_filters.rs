//! The library's filters: an actor (a party that speaks or is targeted) and a stance, native
//! selects with labels; how many articles match, and a way to clear both.
//!
//! A choice writes the library's address (`#/?actor=china&stance=denial`, see `filter.rs`), so
//! a filtered library can be shared and the back button undoes a choice; the hash route reads
//! it back into the reducer.

use crate::components::{stance_parts, STANCES};
use crate::context::Dispatch;
use crate::filter::{stance_of_slug, LibraryFilter};
use crate::hooks::use_corpus;
use crate::hooks::{use_dispatch, use_effect_on};
use crate::state::Action;
use wasm_bindgen::JsCast;
use yew::prelude::*;

/// Props of [`LibraryFilters`].
#[derive(Properties, PartialEq)]
pub struct LibraryFiltersProps {
    /// The filter in force.
    pub filter: LibraryFilter,
    /// How many articles it lets through.
    pub shown: usize,
    /// How many articles the library holds.
    pub total: usize,
}

/// Put a filter in force: in the reducer now, and in the address.
fn apply(dispatch: Option<&Dispatch>, filter: LibraryFilter) {
    if let Some(location) = web_sys::window().map(|w| w.location()) {
        // The hash route reads it back; setting the same filter twice changes nothing.
        let _ = location.set_hash(&filter.href());
    }
    if let Some(d) = dispatch {
        d.dispatch(Action::SetFilter(filter));
    }
}

/// "3 articles match", "1 article matches", "All 3 articles".
pub fn match_phrase(shown: usize, total: usize, filtered: bool) -> String {
    match (filtered, shown) {
        (false, 1) => "1 article".to_string(),
        (false, n) => cat!("All ", n, " articles"),
        (true, 1) => cat!("1 of ", total, " articles matches"),
        (true, n) => cat!(n, " of ", total, " articles match"),
    }
}

/// `form.library-filters`.
#[function_component]
pub fn LibraryFilters(props: &LibraryFiltersProps) -> Html {
    let corpus = use_corpus();
    let dispatch = use_dispatch();
    // A select's change: the filter in force, changed by `with` according to the chosen value.
    let on_select = |with: fn(LibraryFilter, String) -> LibraryFilter| {
        let (dispatch, filter) = (dispatch.clone(), props.filter.clone());
        Callback::from(move |e: Event| {
            let value = e
                .target_unchecked_into::<web_sys::HtmlSelectElement>()
                .value();
            apply(dispatch.as_ref(), with(filter.clone(), value));
        })
    };
    let on_actor = on_select(|filter, value| LibraryFilter {
        actor: (!value.is_empty()).then(|| AttrValue::from(value)),
        ..filter
    });
    let on_stance = on_select(|filter, value| LibraryFilter {
        stance: stance_of_slug(&value),
        ..filter
    });
    let on_clear = Callback::from(move |_: MouseEvent| {
        apply(dispatch.as_ref(), LibraryFilter::default());
        // The button goes with the filter: the focus moves to the first control, not the page.
        let first = gloo::utils::document().get_element_by_id("filter-actor");
        if let Some(select) = first.and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok()) {
            let _ = select.focus();
        }
    });
    let chosen_actor = props.filter.actor.as_deref().unwrap_or("");
    let chosen_stance = props.filter.stance.map_or("", |s| stance_parts(s).0);
    // An option's `selected` attribute no longer moves a select the reader has touched: the
    // selects are given the filter's values after each render (a shared address, "back").
    let (actor_ref, stance_ref) = (use_node_ref(), use_node_ref());
    use_effect_on(
        (
            chosen_actor.to_string(),
            chosen_stance,
            actor_ref.clone(),
            stance_ref.clone(),
        ),
        |(actor, stance, actor_ref, stance_ref)| {
            for (node, value) in [(actor_ref, actor.as_str()), (stance_ref, *stance)] {
                if let Some(select) = node.cast::<web_sys::HtmlSelectElement>() {
                    select.set_value(value);
                }
            }
        },
    );
    let actors = corpus.claims.board.actors.iter().map(|(id, name)| {
        html! {
            <option key={id.clone()} value={id.clone()} selected={id == chosen_actor}>{ name.clone() }</option>
        }
    });
    let present: Vec<_> = STANCES
        .into_iter()
        .filter(|&s| {
            let mut claims = corpus.analysis.articles.iter().flat_map(|a| &a.claims);
            claims.any(|c| c.stance == s) || props.filter.stance == Some(s)
        })
        .collect();
    let stances = present.into_iter().map(|s| {
        let (slug, _, word) = stance_parts(s);
        html! {
            <option key={slug} value={slug} selected={props.filter.stance == Some(s)}>{ word }</option>
        }
    });
    let filtered = !props.filter.is_empty();
    html! {
        <form class="library-filters" aria-label="Filter the articles" onsubmit={Callback::from(|e: SubmitEvent| e.prevent_default())}>
            <label for="filter-actor">{ "Actor" }</label>
            <select id="filter-actor" ref={actor_ref} onchange={on_actor}>
                <option value="" selected={chosen_actor.is_empty()}>{ "Anyone" }</option>
                { for actors }
            </select>
            <label for="filter-stance">{ "Stance" }</label>
            <select id="filter-stance" ref={stance_ref} onchange={on_stance}>
                <option value="" selected={props.filter.stance.is_none()}>{ "Any stance" }</option>
                { for stances }
            </select>
            <p class="match-count" role="status">{ match_phrase(props.shown, props.total, filtered) }</p>
            if filtered {
                <button type="button" class="clear-filters" onclick={on_clear}>{ "Clear filters" }</button>
            }
        </form>
    }
}

#[cfg(test)]
mod tests {
    use super::match_phrase;

    #[test]
    fn the_count_agrees_in_number() {
        assert_eq!(match_phrase(3, 3, false), "All 3 articles");
        assert_eq!(match_phrase(1, 1, false), "1 article");
        assert_eq!(match_phrase(1, 3, true), "1 of 3 articles matches");
        assert_eq!(match_phrase(0, 3, true), "0 of 3 articles match");
        assert_eq!(match_phrase(2, 3, true), "2 of 3 articles match");
    }
}
