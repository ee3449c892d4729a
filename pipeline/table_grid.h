// TableGrid: the cells of the bordered tables on a page, recovered from their ruling lines.
//
// Korean forms (통장사본, 지급보증보험증권, 검수확인서) put a label in one cell and its value in
// the cell to the right or below. The extractor pairs them through this grid instead of
// guessing from word positions: CellAt finds the cell under a word, RightNeighbour and
// BelowNeighbour give the value cell.
//
// Coordinates: every box is in the coordinates of the deskewed page at its own dpi
// (PreprocessResult::upright_gray), the frame the OCR word boxes are mapped back into.
// Plain value types; safe to copy and to read from several threads.
#pragma once

#include <vector>

#include "models/document.h"
#include "models/status.h"
#include "pipeline/pix.h"

namespace docval {

struct TableCell {
  BBox box;           // the cell's inside, between its ruling lines
  int table = 0;      // which table on the page, 0-based, in reading order (top, then left)
  int row = 0;        // first grid row and column the cell covers, 0-based within its table
  int col = 0;
  int row_span = 1;   // a merged cell covers several grid rows or columns
  int col_span = 1;
};

struct TableGrid {
  std::vector<TableCell> cells;  // sorted by table, row, col
  int table_count = 0;
  bool empty() const { return cells.empty(); }
};

// The cell whose inside contains (x, y), or nullptr (a point on a ruling line or outside every
// table). The pointer lives as long as `grid` is not modified.
const TableCell* CellAt(const TableGrid& grid, int x, int y);
// The cell under the middle of `box` (a word's, a label's), or nullptr.
const TableCell* CellAt(const TableGrid& grid, const BBox& box);

// The cell directly right of `cell` in the same table: the one starting at the column after
// `cell`'s last column that shares `cell`'s first row (or, failing that, the topmost one that
// overlaps its rows). nullptr at the table's right edge.
const TableCell* RightNeighbour(const TableGrid& grid, const TableCell& cell);

// The cell directly below `cell`, by the same rule turned 90 degrees. nullptr at the bottom.
const TableCell* BelowNeighbour(const TableGrid& grid, const TableCell& cell);

// Recovers the grid from two 1-bpp masks of the same size holding only horizontal and only
// vertical ruling lines (foreground = line). A cell is a region fully enclosed by lines, at
// least `min_cell_size` pixels in both directions and close to rectangular; regions open to the
// outside of a table (a table without an outer frame) are not cells. Boxes are in mask
// coordinates. Returns InvalidArgument for masks that are missing, not 1 bpp or differ in size.
Status FindTableGrid(PIX* horizontal_lines, PIX* vertical_lines, int min_cell_size,
                     TableGrid* grid);

}  // namespace docval
