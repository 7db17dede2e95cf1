//! One entity on a page of its own (`#/entity/<id>`): a link a reader can share.
//!
//! Its names in both languages (the knowledge base's and the texts' own spellings), type and
//! affiliation, the disputes it takes part in, the claims it makes and those made against it,
//! and every sentence that names it, quoted and linked. Read once per corpus, id and language
//! ([`entity_facts`]); an id nothing knows says so, with a way back.

use crate::components::{entity_claims, entity_mentions, reference_links, type_word, MemoView};
use crate::context::AppContext;
use crate::entity_facts::{entity_facts, EntityFacts};
use crate::route::Route;
use parallax_engine::Lang;
use yew::prelude::*;

/// The entity page, rendered in a `Memo` (`MemoView`): again only when the id or the app's
/// context (corpus, interface language) changes, when its facts are read again.
#[derive(PartialEq)]
pub struct EntityPage {
    /// The entity id (from the route).
    pub id: AttrValue,
}

/// "3 claims", "1 claim".
fn counted(n: usize, word: &str) -> String {
    cat!(n, " ", word, if n == 1 { "" } else { "s" })
}

/// The page of an id nothing knows.
fn unknown(id: &str) -> Html {
    html! {
        <main id="entity-page" class="unknown-entity" lang="en">
            <h1>{ "Unknown entity" }</h1>
            <p>
                { "No entity with the id " }<code>{ id.to_string() }</code>
                { " is in the knowledge base or named in this library's articles." }
            </p>
            <p class="way-back">
                <a href={Route::Library.href()}>{ "Back to the library" }</a>
                { " · " }
                <a href={Route::Disputes.href()}>{ "All disputes" }</a>
            </p>
        </main>
    }
}

/// The names, type and affiliation, as a description list.
fn names(facts: &EntityFacts) -> Html {
    let spellings = facts.spellings.iter().map(|(lang, names)| {
        let label = match lang {
            Lang::Fr => "In the French texts",
            Lang::En => "In the English texts",
        };
        html! {
            <>
                <dt>{ label }</dt>
                <dd lang={lang.code()}>{ names.join(" · ") }</dd>
            </>
        }
    });
    let known = facts.known.as_ref().map(|k| {
        html! {
            <>
                <dt>{ "In English" }</dt>
                <dd lang="en">{ k.name_en.clone() }</dd>
                <dt>{ "In French" }</dt>
                <dd lang="fr">{ k.name_fr.clone() }</dd>
                if !k.aliases.is_empty() {
                    <dt>{ "Also known as" }</dt>
                    <dd>{ k.aliases.join(" · ") }</dd>
                }
            </>
        }
    });
    let see = facts.known.as_ref().and_then(reference_links);
    html! {
        <dl class="entity-facts">
            <dt>{ "Type" }</dt>
            <dd>{ facts.kind.map_or("a party to claims, not a name the texts mark", type_word) }</dd>
            { known.unwrap_or_default() }
            if let Some((id, name)) = &facts.country {
                <dt>{ "Stands for" }</dt>
                <dd><a href={Route::Entity(id.clone()).href()}>{ name.clone() }</a></dd>
            }
            { for spellings }
            if let Some(see) = see {
                <dt>{ "See" }</dt>
                <dd>{ see }</dd>
            }
        </dl>
    }
}

impl MemoView for EntityPage {
    /// `main#entity-page`.
    fn render(&self, app: &AppContext) -> Html {
        entity_page(&self.id, app)
    }
}

fn entity_page(id: &str, app: &AppContext) -> Html {
    let facts = entity_facts(&app.corpus, id, app.ui_lang.0);
    let Some(facts) = &facts else {
        return unknown(id);
    };
    let name = AttrValue::from(facts.title.clone());
    let disputes = facts.disputes.iter().map(|d| {
        html! {
            <li key={d.about.clone()}>
                <a href={Route::Dispute(d.about.clone()).href()}>{ d.title.clone() }</a>
                <span class="claim-count">{ cat!(" (", counted(d.claims, "claim"), ")") }</span>
            </li>
        }
    });
    html! {
        <main id="entity-page" lang="en">
            <h1>{ facts.title.clone() }</h1>
            { names(facts) }
            <section aria-labelledby="entity-disputes">
                <h2 id="entity-disputes">{ cat!("Disputes it takes part in (", facts.disputes.len(), ")") }</h2>
                if facts.disputes.is_empty() {
                    <p class="empty">{ "None in this library." }</p>
                } else {
                    <ul class="entity-disputes">{ for disputes }</ul>
                }
            </section>
            <section aria-labelledby="entity-by">
                <h2 id="entity-by">{ cat!("Claims it makes (", facts.by.len(), ")") }</h2>
                { entity_claims(&facts.by, true, &name) }
            </section>
            <section aria-labelledby="entity-against">
                <h2 id="entity-against">{ cat!("Claims against it (", facts.against.len(), ")") }</h2>
                { entity_claims(&facts.against, false, &name) }
            </section>
            <section aria-labelledby="entity-mentions">
                <h2 id="entity-mentions">{ cat!("Mentions (", facts.mentions.iter().map(|a| a.count).sum::<usize>(), ")") }</h2>
                { entity_mentions(&facts.mentions) }
            </section>
        </main>
    }
}
