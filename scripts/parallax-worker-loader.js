// The engine's web worker, served: load the glue and the wasm that Trunk writes beside the page
// (workers keep their names: parallax-worker.js, parallax-worker_bg.wasm), and say so if the wasm
// cannot be had, which would otherwise fail silently inside the worker and leave the page waiting.
// The worker's own messages are bytes; a string is this failure, which the app shows as it is.
importScripts("./parallax-worker.js");
wasm_bindgen("./parallax-worker_bg.wasm").catch(function (e) {
  self.postMessage("the engine could not load (" + e + ")");
});
