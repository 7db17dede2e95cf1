//! The reader's notices: what was added, refused, recovered or removed, each with its way out
//! (dismiss, undo, download).

use crate::cat::class_list;
use crate::context::Dispatch;
use crate::export::download;
use crate::state::{Action, Level, Notice};
use yew::prelude::*;

/// `section.notices`: a live region named `label` (two regions on a page need two names), so
/// a screen reader hears each new notice; `notices` oldest first. A view, not a component:
/// each component costs the app's wasm its own copy of Yew's code.
pub fn notices(notices: &[Notice], label: &'static str, dispatch: &Option<Dispatch>) -> Html {
    let dispatch = dispatch.clone();
    let send = move |action: Action| {
        if let Some(d) = &dispatch {
            d.dispatch(action);
        }
    };
    let items = notices.iter().map(|notice| {
        let (class, role) = match notice.level {
            Level::Busy => ("notice-busy", "status"),
            Level::Info => ("notice-info", "status"),
            Level::Warning => ("notice-warning", "alert"),
            Level::Error => ("notice-error", "alert"),
        };
        let id = notice.id;
        let dismiss = {
            let send = send.clone();
            Callback::from(move |_: MouseEvent| send(Action::Dismiss(id)))
        };
        let undo = notice.undo.clone().map(|article| {
            let send = send.clone();
            let onclick = Callback::from(move |_: MouseEvent| {
                send(Action::AddArticles(vec![article.clone()]));
            });
            html! { <button type="button" class="notice-undo" {onclick}>{ "Undo" }</button> }
        });
        let file = notice.download.clone().map(|(name, content)| {
            let send = send.clone();
            let onclick = Callback::from(move |_: MouseEvent| {
                if let Err(why) = download(&name, "application/json", &content) {
                    send(Action::Notify(Notice::error(&cat!(
                        "Download failed: ",
                        why,
                        "."
                    ))));
                }
            });
            html! {
                <button type="button" class="notice-download" {onclick}>{ "Download it" }</button>
            }
        });
        html! {
            <div key={id} class={class_list(&["notice", class])} {role}>
                <p>{ notice.text.clone() }</p>
                if let Some((done, total)) = notice.progress {
                    <progress max={total.to_string()} value={done.to_string()}
                        aria-label="Analysis progress">{ cat!(done, " of ", total) }</progress>
                }
                { for undo }
                { for file }
                if notice.level != Level::Busy {
                    <button type="button" class="notice-dismiss" aria-label="Dismiss this message"
                        onclick={dismiss}>{ "×" }</button>
                }
            </div>
        }
    });
    html! {
        <section class="notices" lang="en" aria-label={label} aria-live="polite">
            { for items }
        </section>
    }
}
