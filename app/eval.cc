#include "app/eval.h"

#include <algorithm>
#include <chrono>
#include <filesystem>
#include <fstream>
#include <iomanip>
#include <nlohmann/json.hpp>
#include <set>
#include <sstream>

#include "pipeline/layout.h"
#include "pipeline/normalize.h"
#include "pipeline/understand.h"
#include "pipeline/worker_pool.h"
#include "app/batch.h"
#include "storage/file_hash.h"

namespace docval {
namespace fs = std::filesystem;
namespace {

std::u32string Compact(std::string_view s) {
  std::u32string out;
  for (char32_t c : DecodeUtf8(s))
    if (c != U' ' && c != U'\n' && c != U'\t') out.push_back(c);
  return out;
}

// An upload spoiled on purpose (a 60-dpi thumbnail, a photo in the dark): the LOW_QUALITY
// defect, scored apart from the acceptance figures.
bool Unfit(const EvalDocument& e) { return e.quality != "normal"; }

// Form groups the acceptance figures are stated for.
std::string FormGroup(const EvalDocument& e) {
  if (Unfit(e)) return "unfit (defect)";
  const std::string& form = e.form;
  if (form == "xml") return "xml";
  if (form == "pdf_text") return "text-layer";
  if (form == "skew" || form == "rotated" || form == "lowres" || form == "photo")
    return "degraded";
  return "clean-scan";
}

std::string Percent(size_t good, size_t total) {
  if (total == 0) return "   -  ";
  std::ostringstream o;
  o << std::fixed << std::setprecision(1) << std::setw(5) << 100.0 * good / total << "%";
  return o.str();
}

}  // namespace

double LineCharAccuracy(const std::vector<std::string>& truth, const std::string& read,
                        size_t* edits_out, size_t* chars_out) {
  std::u32string text = Compact(read);
  size_t edits = 0, chars = 0;
  for (const std::string& line : truth) {
    std::u32string key = Compact(line);
    if (key.empty()) continue;
    chars += key.size();
    edits += std::min(key.size(), SubstringEditDistance(key, text));
  }
  if (edits_out) *edits_out = edits;
  if (chars_out) *chars_out = chars;
  return chars ? 1.0 - static_cast<double>(edits) / chars : 1.0;
}

Status RunEvaluation(const EvalOptions& options, std::vector<EvalDocument>* out) {
  out->clear();
  std::ifstream in(options.truth_path);
  if (!in) return Status::NotFound("truth 파일이 없습니다: " + options.truth_path);
  nlohmann::json truth;
  try {
    truth = nlohmann::json::parse(in);
  } catch (const nlohmann::json::exception& e) {
    return Status::InvalidArgument(options.truth_path + ": " + e.what());
  }
  std::string uploads = options.uploads_dir.empty()
                            ? (fs::path(options.truth_path).parent_path() / "uploads").string()
                            : options.uploads_dir;
  auto wanted = [](const std::vector<std::string>& list, const std::string& v) {
    return list.empty() || std::find(list.begin(), list.end(), v) != list.end();
  };
  std::vector<nlohmann::json> lines, lines_per_page;
  for (const auto& c : truth.at("cases")) {
    for (const auto& d : c.at("documents")) {
      if (!d.value("broken", nlohmann::json()).is_null()) continue;
      std::string form = d.value("form", ""), layout = d.value("layout", "");
      if (!wanted(options.forms, form) || !wanted(options.layouts, layout)) continue;
      EvalDocument e;
      e.file = d.value("file", "");
      e.doc_type = d.value("doc_type", "");
      e.form = form;
      e.layout = layout;
      e.quality = d.value("quality", "normal");
      const nlohmann::json fields = d.value("fields", nlohmann::json::object());
      for (const auto& [k, v] : fields.items())
        e.truth_fields[k] = v.is_string() ? v.get<std::string>() : v.dump();
      out->push_back(std::move(e));
      lines.push_back(d.value("lines", nlohmann::json::array()));
      lines_per_page.push_back(d.value("lines_per_page", nlohmann::json::array()));
    }
  }
  // What is scored of a document, however it was obtained.
  auto score = [&](size_t i, const Document& doc) {
    EvalDocument& e = (*out)[i];
    e.pages = static_cast<int>(doc.pages.size());
    e.unread_pages = static_cast<int>(UnreadPageNumbers(doc).size());
    e.read_type = std::string(ToString(doc.doc_type));
    for (const auto& [k, f] : doc.fields) {
      e.read_fields[k] = f.value;
      e.read_confidence[k] = f.confidence;
    }
    if (doc.source != Source::kXml) {
      // The lines of pages left unread are not scored: the read did not try them.
      std::vector<std::string> truth_lines;
      size_t line = 0;
      for (size_t page = 0; line < lines[i].size(); ++page) {
        const size_t n = page < lines_per_page[i].size() ? lines_per_page[i][page].get<size_t>()
                                                          : lines[i].size() - line;
        const bool unread = page < doc.pages.size() && doc.pages[page].unread;
        for (size_t end = std::min(lines[i].size(), line + n); line < end; ++line)
          if (!unread) truth_lines.push_back(lines[i][line].get<std::string>());
      }
      std::string text;
      for (const Page& p : doc.pages) text += p.text + "\n";
      LineCharAccuracy(truth_lines, text, &e.char_edits, &e.chars);
    }
  };
  const std::string cache_version = options.store ? ReadCacheVersion(options.reader) : "";
  std::vector<ReaderJob> jobs;
  for (size_t i = 0; i < out->size(); ++i) {
    EvalDocument& e = (*out)[i];
    const std::string path = (fs::path(uploads) / e.file).string();
    std::string sha256;
    CachedRead cached;
    bool hit = false;
    if (options.store && Sha256File(path, &sha256).ok() &&
        options.store->LookupCachedDocument(sha256, cache_version, &cached, &hit).ok() && hit) {
      e.cached = true;
      if (!cached.status.ok()) {
        e.refused = true;
        e.refusal = cached.status.reason();
      } else {
        score(i, cached.doc);
      }
      continue;
    }
    jobs.push_back([&, i, path](DocumentReader& reader) {
      EvalDocument& e = (*out)[i];
      auto start = std::chrono::steady_clock::now();
      ReadResult read;
      Status s = ReadDocument(reader, Knowledge::Default(), path, &read);
      if (!s.ok()) {
        e.refused = true;
        e.refusal = s.reason();
        return;
      }
      e.seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
      score(i, read.doc);
    });
  }
  if (jobs.empty()) return Status::OK();
  return RunWithReaders(options.reader, options.jobs > 0 ? options.jobs : 2, std::move(jobs));
}

// Whether a read field value is the truth's. Exact, except for what carries no information:
// spaces (Korean spacing on forms is free), the one-glyph ㈜ against (주), and a bank's printed
// form against its canonical name (NH농협은행 is 농협은행: the bank is what is checked).
bool SameFieldValue(const std::string& field, const std::string& read, const std::string& truth) {
  if (read == truth) return true;
  if (field == "bank") {
    auto a = NormalizeBank(read), b = NormalizeBank(truth);
    return a && b && *a == *b;
  }
  auto plain = [](std::string v) {
    for (size_t at; (at = v.find("㈜")) != std::string::npos;) v.replace(at, 3, "(주)");
    std::erase_if(v, [](char c) { return c == ' '; });
    return v;
  };
  return plain(read) == plain(truth);
}

std::string FormatEvaluation(const std::vector<EvalDocument>& docs) {
  struct Tally {
    size_t docs = 0, classified = 0, fields = 0, fields_ok = 0, edits = 0, chars = 0, pages = 0;
    double seconds = 0;
  };
  std::map<std::pair<std::string, std::string>, Tally> cells;
  std::map<std::string, Tally> groups, forms;
  std::map<std::string, std::pair<size_t, size_t>> field_scores;  // type.field → ok, total
  std::map<std::string, std::vector<std::string>> field_misses;
  Tally all;
  for (const EvalDocument& e : docs) {
    const bool unfit = Unfit(e);
    const std::string form = unfit ? e.form + "/" + e.quality : e.form;
    std::vector<Tally*> tallies = {&cells[{e.doc_type, form}], &groups[FormGroup(e)],
                                   &forms[form], &all};
    bool class_ok = !e.refused && e.read_type == e.doc_type;
    for (Tally* t : tallies) {
      t->docs++;
      t->classified += class_ok;
      t->edits += e.char_edits;
      t->chars += e.chars;
      if (!e.cached) {
        t->seconds += e.seconds;
        t->pages += e.pages;
      }
    }
    for (const auto& [name, value] : e.truth_fields) {
      auto it = e.read_fields.find(name);
      bool ok = it != e.read_fields.end() && SameFieldValue(name, it->second, value);
      for (Tally* t : tallies) t->fields++, t->fields_ok += ok;
      if (unfit) continue;  // not expected to be read: kept out of the worst fields
      auto& fs = field_scores[e.doc_type + "." + name];
      fs.first += ok;
      fs.second++;
      if (!ok && field_misses[e.doc_type + "." + name].size() < 3)
        field_misses[e.doc_type + "." + name].push_back(
            e.form + ": '" + value + "' → '" +
            (it == e.read_fields.end() ? std::string("(없음)") : it->second) + "'");
    }
  }
  std::ostringstream o;
  o << "doc_type          form        docs  class   fields  char-acc  s/page\n";
  for (const auto& [key, t] : cells)
    o << std::left << std::setw(18) << key.first << std::setw(11) << key.second << std::right
      << std::setw(5) << t.docs << "  " << Percent(t.classified, t.docs) << "  "
      << Percent(t.fields_ok, t.fields) << "  " << Percent(t.chars - t.edits, t.chars) << "  "
      << std::fixed << std::setprecision(2) << (t.pages ? t.seconds / t.pages : 0.0) << "\n";
  o << "\nform group        docs  class   fields  char-acc  s/page\n";
  for (const auto& [g, t] : groups)
    o << std::left << std::setw(16) << g << std::right << std::setw(6) << t.docs << "  "
      << Percent(t.classified, t.docs) << "  " << Percent(t.fields_ok, t.fields) << "  "
      << Percent(t.chars - t.edits, t.chars) << "  " << std::fixed << std::setprecision(2)
      << (t.pages ? t.seconds / t.pages : 0.0) << "\n";
  o << std::left << std::setw(16) << "ALL" << std::right << std::setw(6) << all.docs << "  "
    << Percent(all.classified, all.docs) << "  " << Percent(all.fields_ok, all.fields) << "  "
    << Percent(all.chars - all.edits, all.chars) << "\n";
  o << "\nchar accuracy per form: ";
  for (const auto& [f, t] : forms) o << f << " " << Percent(t.chars - t.edits, t.chars) << "  ";
  std::vector<std::pair<double, std::string>> worst;
  for (const auto& [name, s] : field_scores)
    worst.emplace_back(static_cast<double>(s.first) / s.second, name);
  std::sort(worst.begin(), worst.end());
  o << "\n\nfields below 100%, worst first:\n";
  for (size_t i = 0; i < worst.size(); ++i) {
    if (worst[i].first >= 1.0) break;
    const auto& s = field_scores[worst[i].second];
    o << "  " << std::left << std::setw(34) << worst[i].second << Percent(s.first, s.second)
      << "  ";
    for (const std::string& miss : field_misses[worst[i].second]) o << miss << "; ";
    o << "\n";
  }
  std::vector<std::string> misclassified;
  for (const EvalDocument& e : docs)
    if (e.refused || e.read_type != e.doc_type)
      misclassified.push_back(e.file + " (" + e.form + "): " + e.doc_type + " → " +
                              (e.refused ? "refused " + e.refusal : e.read_type));
  if (!misclassified.empty()) {
    o << "\nmisclassified:\n";
    for (const std::string& m : misclassified) o << "  " << m << "\n";
  }
  int pages = 0, unread = 0;
  for (const EvalDocument& e : docs) pages += e.pages, unread += e.unread_pages;
  if (unread > 0)
    o << "\npages left unread (the pages before held all their document needs): " << unread
      << " of " << pages << "\n";
  return o.str();
}

Status EvaluateReport(const std::string& truth_path, const std::string& report_path,
                      std::string* table) {
  nlohmann::json truth, report;
  for (auto [path, json] : {std::pair{&truth_path, &truth}, std::pair{&report_path, &report}}) {
    std::ifstream in(*path);
    if (!in) return Status::NotFound("파일이 없습니다: " + *path);
    try {
      *json = nlohmann::json::parse(in);
    } catch (const nlohmann::json::exception& e) {
      return Status::InvalidArgument(*path + ": " + e.what());
    }
  }
  std::map<std::string, const nlohmann::json*> cases;
  for (const auto& c : report.at("cases")) cases[c.at("case_id").get<std::string>()] = &c;
  std::map<std::string, std::pair<size_t, size_t>> per_code;  // found, expected
  size_t clean = 0, clean_blocked = 0, clean_review = 0, found_all = 0, expected_all = 0;
  std::vector<std::string> missed;
  for (const auto& t : truth.at("cases")) {
    std::string id = t.at("case_id");
    auto it = cases.find(id);
    const nlohmann::json* c = it == cases.end() ? nullptr : it->second;
    const nlohmann::json& expected = t.at("expected_flags");
    for (const auto& e : expected) {
      std::string code = e.at("code");
      std::string doc_type = e.value("doc_type", nlohmann::json()).is_string()
                                 ? e.at("doc_type").get<std::string>()
                                 : "";
      bool hit = false;
      if (c)
        for (const auto& f : c->at("flags"))
          hit = hit || (f.at("code") == code && f.at("doc_type") == doc_type);
      per_code[code].first += hit;
      per_code[code].second++;
      found_all += hit;
      expected_all++;
      if (!hit) missed.push_back(id + " " + code + " " + doc_type);
    }
    if (expected.empty() && c) {
      ++clean;
      clean_blocked += c->at("status") == "BLOCKED";
      clean_review += c->at("status") == "REVIEW";
    }
  }
  std::ostringstream o;
  o << "flag code                 found/expected  recall\n";
  for (const auto& [code, n] : per_code)
    o << std::left << std::setw(26) << code << std::right << std::setw(5) << n.first << "/"
      << std::left << std::setw(9) << n.second << Percent(n.first, n.second) << "\n";
  o << std::left << std::setw(26) << "ALL" << std::right << std::setw(5) << found_all << "/"
    << std::left << std::setw(9) << expected_all << Percent(found_all, expected_all) << "\n";
  o << "\nclean cases: " << clean << ", BLOCKED " << clean_blocked << " ("
    << Percent(clean_blocked, clean) << "), REVIEW " << clean_review << " ("
    << Percent(clean_review, clean) << ")\n";
  if (!missed.empty()) {
    o << "\nmissed:\n";
    for (const std::string& m : missed) o << "  " << m << "\n";
  }
  *table = o.str();
  return Status::OK();
}

}  // namespace docval
