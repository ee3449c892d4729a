// Document layouts: one small drawing function per (document type, visual design).
//
// A layout paints one page of a DocumentSpec on a PageCanvas in points. To add a layout, write
// a Draw* function next to its siblings (layout_<type>.cc), declare it in layout_parts.h and add
// one row to the table in layouts.cc; the planner picks it up automatically.
// The table is immutable after start-up; reading it is thread-safe.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "models/types.h"
#include "samples/generator/canvas.h"
#include "samples/generator/documents.h"

namespace docval::samplegen {

// `page` is 0-based. `rng` is seeded per document, for hand-made marks (signature, seal).
using DrawPageFn = void (*)(PageCanvas& canvas, const DocumentSpec& spec, int page, Rng& rng);

struct Layout {
  std::string_view name;
  DocType doc_type;
  double width_pt;
  double height_pt;
  int pages;
  bool natural_color;  // printed in colour (logos, seals) so colour scans are typical
  DrawPageFn draw;
  // Held-out layouts (names end in "_holdout", "_holdout2", … or "_holdout16") measure
  // the extractor on designs it was never tuned on: the presets skip them and only `--layouts`
  // naming them draws them.
  bool held_out;
};

const std::vector<Layout>& AllLayouts();
// The layouts of one type, in table order (for `other`: one per kind of paper), held-out ones
// included (they come after the type's regular layouts).
std::vector<const Layout*> LayoutsFor(DocType type);
// The names of every held-out layout, in table order.
std::vector<std::string> HeldOutLayoutNames();
const Layout* FindLayout(std::string_view name);

}  // namespace docval::samplegen
