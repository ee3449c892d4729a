#include "pipeline/table_grid.h"

#include <algorithm>
#include <map>
#include <memory>
#include <utility>

namespace docval {
namespace {

struct PixaDeleter {
  void operator()(PIXA* pixa) const { pixaDestroy(&pixa); }
};
using PixaPtr = std::unique_ptr<PIXA, PixaDeleter>;

BBox BoxAt(BOXA* boxa, int index) {
  BBox b;
  boxaGetBoxGeometry(boxa, index, &b.x, &b.y, &b.w, &b.h);
  return b;
}

bool Contains(const BBox& outer, const BBox& inner, int slack) {
  return inner.x >= outer.x - slack && inner.y >= outer.y - slack &&
         inner.x + inner.w <= outer.x + outer.w + slack &&
         inner.y + inner.h <= outer.y + outer.h + slack;
}

bool RangesOverlap(int a_first, int a_count, int b_first, int b_count) {
  return a_first < b_first + b_count && b_first < a_first + a_count;
}

// Grid lines of one table: the distinct start positions of its cells, merged when they lie
// within `tolerance` of each other (the same ruling line seen from two cells).
std::vector<int> GridStarts(std::vector<int> positions, int tolerance) {
  std::sort(positions.begin(), positions.end());
  std::vector<int> starts;
  int last = 0;
  for (int p : positions) {
    if (starts.empty() || p - last > tolerance) starts.push_back(p);
    last = p;
  }
  return starts;
}

// Index of the grid line a cell starts at, and how many grid lines it spans.
void Place(const std::vector<int>& starts, int begin, int length, int tolerance, int* index,
           int* span) {
  *index = 0;
  for (size_t i = 0; i < starts.size(); ++i)
    if (starts[i] <= begin + tolerance) *index = static_cast<int>(i);
  *span = 0;
  for (size_t i = *index; i < starts.size(); ++i)
    if (starts[i] < begin + length - tolerance) ++*span;
  *span = std::max(*span, 1);
}

// The cell next to `cell` along a grid direction (`along` gives a cell's first index and span
// that way, `across` the other way's, `extent` a box's start and length across): among the
// cells starting where `cell` ends along and overlapping its grid range across, the one sharing
// the most pixels of its extent across. Grid indices alone can mislead: on a photo a ruling
// line drifts a few pixels from one column to the next, the grid gets one row per drifted
// line, and cells of two columns span overlapping pairs of rows; the neighbour of a label is
// then the cell level with it, not the first whose rows overlap.
template <typename AlongFn, typename AcrossFn, typename ExtentFn>
const TableCell* Neighbour(const TableGrid& grid, const TableCell& cell, AlongFn along,
                           AcrossFn across, ExtentFn extent) {
  const auto [along_first, along_span] = along(cell);
  const auto [first, count] = across(cell);
  const auto [start, length] = extent(cell.box);
  const TableCell* best = nullptr;
  int best_shared = -1;
  for (const TableCell& c : grid.cells) {
    if (c.table != cell.table || along(c).first != along_first + along_span) continue;
    auto [c_first, c_count] = across(c);
    if (!RangesOverlap(c_first, c_count, first, count)) continue;
    const auto [c_start, c_length] = extent(c.box);
    const int shared = std::min(start + length, c_start + c_length) - std::max(start, c_start);
    if (shared > best_shared) best = &c, best_shared = shared;
  }
  return best;
}

}  // namespace

const TableCell* CellAt(const TableGrid& grid, int x, int y) {
  for (const TableCell& c : grid.cells)
    if (x >= c.box.x && x < c.box.x + c.box.w && y >= c.box.y && y < c.box.y + c.box.h) return &c;
  return nullptr;
}

const TableCell* CellAt(const TableGrid& grid, const BBox& box) {
  return CellAt(grid, box.x + box.w / 2, box.y + box.h / 2);
}

const TableCell* RightNeighbour(const TableGrid& grid, const TableCell& cell) {
  return Neighbour(
      grid, cell, [](const TableCell& c) { return std::pair(c.col, c.col_span); },
      [](const TableCell& c) { return std::pair(c.row, c.row_span); },
      [](const BBox& b) { return std::pair(b.y, b.h); });
}

const TableCell* BelowNeighbour(const TableGrid& grid, const TableCell& cell) {
  return Neighbour(
      grid, cell, [](const TableCell& c) { return std::pair(c.row, c.row_span); },
      [](const TableCell& c) { return std::pair(c.col, c.col_span); },
      [](const BBox& b) { return std::pair(b.x, b.w); });
}

Status FindTableGrid(PIX* horizontal_lines, PIX* vertical_lines, int min_cell_size,
                     TableGrid* grid) {
  *grid = TableGrid();
  if (!horizontal_lines || !vertical_lines || pixGetDepth(horizontal_lines) != 1 ||
      pixGetDepth(vertical_lines) != 1 || !pixSizesEqual(horizontal_lines, vertical_lines))
    return Status::InvalidArgument("FindTableGrid: line masks must be 1 bpp and equal in size");
  const int width = pixGetWidth(horizontal_lines);
  const int height = pixGetHeight(horizontal_lines);
  min_cell_size = std::max(min_cell_size, 2);
  const int tolerance = std::max(3, min_cell_size / 3);

  PixPtr lines(pixOr(nullptr, horizontal_lines, vertical_lines));
  // Line structures: each connected set of ruling lines is one table (or a page frame).
  BoxaPtr structures(pixConnComp(lines.get(), nullptr, 8));
  // Regions enclosed by lines: 4-connected so that regions do not leak through diagonal
  // junction pixels.
  PixPtr open_space(pixInvert(nullptr, lines.get()));
  PIXA* region_pixa = nullptr;
  BoxaPtr regions(pixConnComp(open_space.get(), &region_pixa, 4));
  PixaPtr region_pix(region_pixa);
  if (!structures || !regions) return Status::Internal("FindTableGrid: pixConnComp failed");

  std::vector<BBox> candidates;
  for (int i = 0; i < boxaGetCount(regions.get()); ++i) {
    BBox b = BoxAt(regions.get(), i);
    bool open_to_page = b.x == 0 || b.y == 0 || b.x + b.w == width || b.y + b.h == height;
    if (open_to_page || b.w < min_cell_size || b.h < min_cell_size) continue;
    // A cell is a rectangle; an L-shaped or framed region (the space around a table inside a
    // page border) is not.
    PixPtr region(pixaGetPix(region_pix.get(), i, L_CLONE));
    int area = 0;
    pixCountPixels(region.get(), &area, nullptr);
    if (area < 0.8 * b.w * b.h) continue;
    candidates.push_back(b);
  }
  // A region that encloses another is a frame around a table, not a cell.
  std::vector<BBox> cell_boxes;
  for (const BBox& b : candidates) {
    bool encloses = std::any_of(candidates.begin(), candidates.end(), [&](const BBox& other) {
      return &other != &b && Contains(b, other, 0);
    });
    if (!encloses) cell_boxes.push_back(b);
  }

  // Assign each cell to the smallest line structure around it.
  std::vector<BBox> structure_boxes;
  for (int i = 0; i < boxaGetCount(structures.get()); ++i)
    structure_boxes.push_back(BoxAt(structures.get(), i));
  std::map<int, std::vector<TableCell>> by_structure;
  for (const BBox& b : cell_boxes) {
    int owner = -1;
    for (size_t s = 0; s < structure_boxes.size(); ++s) {
      const BBox& sb = structure_boxes[s];
      if (!Contains(sb, b, 1)) continue;
      if (owner < 0 || sb.w * sb.h < structure_boxes[owner].w * structure_boxes[owner].h)
        owner = static_cast<int>(s);
    }
    if (owner < 0) continue;
    TableCell cell;
    cell.box = b;
    by_structure[owner].push_back(cell);
  }

  // Number tables in reading order: top to bottom, then left to right.
  std::vector<int> order;
  for (const auto& [s, cells] : by_structure) order.push_back(s);
  std::sort(order.begin(), order.end(), [&](int a, int b) {
    const BBox& ba = structure_boxes[a];
    const BBox& bb = structure_boxes[b];
    return ba.y != bb.y ? ba.y < bb.y : ba.x < bb.x;
  });
  for (size_t t = 0; t < order.size(); ++t) {
    std::vector<TableCell>& cells = by_structure[order[t]];
    std::vector<int> lefts, tops;
    for (const TableCell& c : cells) {
      lefts.push_back(c.box.x);
      tops.push_back(c.box.y);
    }
    std::vector<int> col_starts = GridStarts(lefts, tolerance);
    std::vector<int> row_starts = GridStarts(tops, tolerance);
    for (TableCell& c : cells) {
      c.table = static_cast<int>(t);
      Place(col_starts, c.box.x, c.box.w, tolerance, &c.col, &c.col_span);
      Place(row_starts, c.box.y, c.box.h, tolerance, &c.row, &c.row_span);
      grid->cells.push_back(c);
    }
  }
  grid->table_count = static_cast<int>(order.size());
  std::sort(grid->cells.begin(), grid->cells.end(), [](const TableCell& a, const TableCell& b) {
    if (a.table != b.table) return a.table < b.table;
    if (a.row != b.row) return a.row < b.row;
    return a.col < b.col;
  });
  return Status::OK();
}

}  // namespace docval
