"""The page ``veille serve`` shows: plain HTML, CSS, SVG and JavaScript, with the map's country outlines
(world-110m.json, Natural Earth via world-atlas: see NOTICE.md)."""
