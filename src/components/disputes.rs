//! The disputes panel: the claims of the articles shown, grouped by what they are about.

use crate::cat::class_list;
use crate::components::{lang_toggle, stance_badge, MemoView};
use crate::context::{AppContext, UiLang};
use crate::corpus::shorten;
use crate::route::Route;
use crate::sorted_map::SortedMap;
use yew::prelude::*;

/// Claims listed per event in the side panel; a long article's others are a link away.
const CLAIMS_PER_EVENT: usize = 12;

/// The disputes panel, rendered in a `Memo` (`MemoView`): again only when the articles or the
/// app's context (corpus, interface language) change.
#[derive(PartialEq)]
pub struct Disputes {
    /// Indexes of the articles whose claims are listed.
    pub articles: Vec<usize>,
}

impl MemoView for Disputes {
    /// `section#disputes`: for each disputed event, who claims what, linked to the sentence.
    fn render(&self, app: &AppContext) -> Html {
        disputes(self, app)
    }
}

fn disputes(props: &Disputes, app: &AppContext) -> Html {
    let (corpus, dispatch) = (&app.corpus, &app.dispatch);
    let UiLang(lang) = app.ui_lang;
    let groups = SortedMap::grouped(props.articles.iter().flat_map(|&a| {
        let claims = corpus.article(a).into_iter().flat_map(|x| &x.claims);
        claims
            .enumerate()
            .map(move |(c, claim)| (claim.about.clone(), (a, c)))
    }));
    if groups.is_empty() {
        return html! {
            <section id="disputes" lang="en">
                <h2>{ "Disputes" }</h2>
                <p class="empty">{ "No claims found." }</p>
            </section>
        };
    }
    let sections = groups.iter().map(|(about, claims)| {
        let more = claims.len().saturating_sub(CLAIMS_PER_EVENT);
        let items = claims.iter().take(CLAIMS_PER_EVENT).filter_map(|&(a, c)| {
            let article = corpus.article(a)?;
            let claim = article.claims.get(c)?;
            let stem = &corpus.views[a].stem;
            let name = |p: &parallax_engine::claims::Party| corpus.claims.name(p, lang).text;
            let speaker = claim
                .speaker
                .as_ref()
                .map_or_else(|| crate::pages::disputes::model::speaker_label(None).to_string(), name);
            let target = claim.target.as_ref().map(|p| cat!(" → ", name(p)));
            Some(html! {
                <li key={cat!(a, "-", c)}>
                    { stance_badge(claim.stance) }
                    <span class={class_list(&["speaker", if claim.speaker.is_none() { "unknown" } else { "" }])}>{ speaker }</span>
                    { target.unwrap_or_default() }
                    { ": " }
                    <a href={Route::Sentence(stem.clone(), claim.sentence).href()} lang={article.lang.code()}>
                        { shorten(&claim.text, 110) }
                    </a>
                </li>
            })
        });
        html! {
            <li key={about.clone()}>
                <h3 lang={lang.code()}>{ corpus.claims.title(about, lang) }</h3>
                <ul>{ for items }</ul>
                if more > 0 {
                    <p class="more">
                        <a href={Route::Dispute(about.clone()).href()}>
                            { cat!(more, " more claim", if more == 1 { "" } else { "s" }, " on the Disputes page") }
                        </a>
                    </p>
                }
            </li>
        }
    });
    html! {
        <section id="disputes" lang="en">
            <h2>{ "Disputes" }</h2>
            { lang_toggle(lang, dispatch) }
            <ul>{ for sections }</ul>
        </section>
    }
}
