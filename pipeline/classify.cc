#include "pipeline/classify.h"

#include <algorithm>
#include <map>

#include "pipeline/layout.h"

namespace docval {
namespace {

// How many times a titled type's evidence another type needs to outrank it.
constexpr double kFarMoreEvidence = 2.0;

// Best similarity of `phrase` anywhere in the rows; 0 when absent. `top` says whether the
// best match sits in the top fifth of its page (where titles are printed), `alone` whether
// it is most of its row (a heading) rather than a mention inside a sentence ("…검수확인서,
// 지급보증보험증권 등 증빙서류를 갖추어…").
// A row in `lists` names papers of two or more types ("1. 전자세금계산서 사본 1부 2. 검수확인서
// 1부"): a list of attachments, where no title is a heading.
double FindAnywhere(const std::vector<TextRow>& rows, const std::vector<bool>& lists,
                    const std::string& phrase, int page_height, bool* top, bool* alone,
                    size_t* at_row) {
  std::u32string key = MatchKey(phrase);
  double min_sim = MinSimilarityFor(key);
  double best = 0.0;
  *top = *alone = false;
  for (size_t r = 0; r < rows.size(); ++r) {
    const TextRow& row = rows[r];
    auto m = FindPhrase(row, key, min_sim);
    if (m && m->similarity > best) {
      best = m->similarity;
      *at_row = r;
      *top = page_height > 0 && row.box.y < page_height / 5;
      // Most of its row, or of its part of a heading band set apart by gaps of two letters'
      // height or more ("하나은행 | 입금영수증 | 거래일자 2026. 7. 15.").
      const size_t most = 2 * static_cast<size_t>(m->end_char - m->first_char) + 12;
      size_t part = row.compact.size();
      for (const auto& [first, last] : ColumnRuns(row, std::max(1, 2 * row.box.h)))
        if (first <= m->first_word && m->last_word <= last) {
          part = std::count_if(row.char_word.begin(), row.char_word.end(),
                               [&](int w) { return w >= first && w <= last; });
        }
      *alone = !lists[r] && (row.compact.size() <= most || part <= most);
    }
  }
  return best;
}

std::vector<bool> ListRows(const std::vector<TextRow>& rows, const Knowledge& knowledge) {
  std::vector<bool> lists(rows.size(), false);
  for (size_t r = 0; r < rows.size(); ++r) {
    // Where each type's titles are named in the row. Two types named at one place are one
    // heading read loosely as either ("거래확인서" is near 검수확인서 too), not a list.
    std::vector<std::vector<std::pair<int, int>>> named;
    for (const DocTypeSpec& spec : knowledge.types()) {
      named.emplace_back();
      for (const Phrase& p : spec.titles) {
        std::u32string key = MatchKey(p.text);
        if (auto m = FindPhrase(rows[r], key, MinSimilarityFor(key)))
          named.back().push_back({m->first_char, m->end_char});
      }
    }
    for (size_t a = 0; a < named.size() && !lists[r]; ++a)
      for (size_t b = a + 1; b < named.size() && !lists[r]; ++b)
        for (const auto& [a_first, a_end] : named[a])
          for (const auto& [b_first, b_end] : named[b])
            lists[r] = lists[r] || a_end <= b_first || b_end <= a_first;
  }
  return lists;
}

}  // namespace

Classification Classify(const Document& doc, const Knowledge& knowledge,
                        const std::string& xml_root, const ClassifyOptions& options) {
  Classification out;
  if (!xml_root.empty()) {
    for (const DocTypeSpec& spec : knowledge.types()) {
      if (!spec.xml_root.empty() && spec.xml_root == xml_root) {
        out.type = spec.type;
        out.confidence = 1.0f;
        out.scores.push_back({spec.type, 100.0, true, {"<" + xml_root + ">"}});
        return out;
      }
    }
  }
  // Titles and keywords are looked for on the first two pages: attachments behind a form
  // (a second page of terms) must not outvote its title.
  std::vector<std::vector<TextRow>> page_rows;
  std::vector<std::vector<bool>> page_lists;
  for (size_t i = 0; i < doc.pages.size() && i < 2; ++i) {
    page_rows.push_back(BuildRows(doc.pages[i]));
    page_lists.push_back(ListRows(page_rows.back(), knowledge));
  }

  for (const DocTypeSpec& spec : knowledge.types()) {
    ClassifyScore s;
    s.type = spec.type;
    // One heading is one title, however many of the type's titles it resembles: "계좌이체
    // 거래확인서" is loosely like 검수확인서, 인수확인서 and 검사확인서 alike.
    std::map<std::pair<size_t, size_t>, double> title_rows;  // (page, row) → its best title
    auto add = [&](const Phrase& p, bool is_title) {
      double best = 0.0;
      bool best_top = false, best_alone = false;
      std::pair<size_t, size_t> best_at;
      for (size_t i = 0; i < page_rows.size(); ++i) {
        bool top = false, alone = false;
        size_t row = 0;
        double sim = FindAnywhere(page_rows[i], page_lists[i], p.text, doc.pages[i].height,
                                  &top, &alone, &row);
        if (sim > best) best = sim, best_top = top && i == 0, best_alone = alone, best_at = {i, row};
      }
      if (best <= 0.0) return;
      s.evidence.push_back(p.text);
      if (!is_title) {
        s.score += p.weight * best;
        return;
      }
      // A title named inside a sentence is another paper mentioned, worth a keyword.
      double weight = !best_alone ? 1.0 : p.weight * (best_top ? 1.5 : 1.0);
      if (best_alone && best_top) s.title_on_top = true;
      double& row_score = title_rows[best_at];
      row_score = std::max(row_score, weight * best);
    };
    for (const Phrase& p : spec.titles) add(p, true);
    for (const Phrase& p : spec.keywords) add(p, false);
    for (const auto& [at, score] : title_rows) s.score += score;
    out.scores.push_back(std::move(s));
  }
  // A title at the top outranks more keywords, but only for a type with enough evidence:
  // a garbled heading ("검ㅅ수즈확인서" is near "송금 확인서") must not outvote a form's labels.
  auto titled = [&](const ClassifyScore& c) {
    return c.title_on_top && c.score >= options.min_score;
  };
  std::sort(out.scores.begin(), out.scores.end(),
            [&](const ClassifyScore& a, const ClassifyScore& b) {
              if (titled(a) != titled(b)) return titled(a);
              return a.score > b.score;
            });
  // Unless another type has far more evidence: a word of the form read as a short title
  // ("영수/청구" as 청구서) does not outvote an invoice's every caption.
  if (!out.scores.empty() && titled(out.scores[0])) {
    auto strongest = std::max_element(out.scores.begin(), out.scores.end(),
                                      [](const ClassifyScore& a, const ClassifyScore& b) {
                                        return a.score < b.score;
                                      });
    if (strongest->score >= kFarMoreEvidence * out.scores[0].score)
      std::rotate(out.scores.begin(), strongest, strongest + 1);
  }
  if (out.scores.empty() || out.scores[0].score < options.min_score) {
    out.type = DocType::kUnknown;
    out.confidence = out.scores.empty() ? 0.0f
                                        : static_cast<float>(1.0 - out.scores[0].score /
                                                                       options.min_score);
    return out;
  }
  double best = out.scores[0].score;
  double second = out.scores.size() > 1 ? out.scores[1].score : 0.0;
  out.type = out.scores[0].type;
  // Margin over the runner-up, scaled by how much evidence there is at all.
  double margin = (best - second) / best;
  double amount = std::min(1.0, best / (2.0 * options.min_score));
  out.confidence = static_cast<float>(std::clamp(0.5 + 0.5 * margin * amount, 0.0, 1.0));
  return out;
}

}  // namespace docval
