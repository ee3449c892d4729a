// Document knowledge: per doc type, its title and keyword evidence, sections, and fields with
// their labels, patterns and XML paths. Loaded from models/doctypes/*.xml, each validated
// against models/doctypes/doctype.xsd, so a new form variant is a data change.
//
// Failure: Load returns InvalidArgument naming the file and the schema error.
// Thread safety: a loaded Knowledge is immutable and may be shared by all threads.
#pragma once

#include <string>
#include <utility>
#include <vector>

#include "models/status.h"
#include "models/types.h"

namespace docval {

enum class FieldType { kAmount, kDate, kPeriodStart, kPeriodEnd, kBrn, kAccount, kName, kBank,
                       kCode, kSignature };

struct Phrase {
  std::string text;
  double weight = 1.0;
};

struct SectionSpec {
  std::string name;
  std::vector<std::string> anchors;
};

struct FieldSpec {
  std::string name;
  FieldType type = FieldType::kName;
  std::vector<std::string> labels;
  // Parallel to `labels`: the type the value after each label is read as, normally `type`;
  // a period field's label of one end ("보증개시일") reads a single date.
  std::vector<FieldType> label_types;
  // Parallel to `labels`: the section a label means this field in, empty for anywhere. An
  // "예금주명" beside 출금계좌번호 names the sender; under 입금계좌 it is the payee.
  std::vector<std::string> label_sections;
  std::vector<std::string> labels_below_value;  // the value is printed in the row above these
  std::vector<std::string> labels_after_value;  // the value comes just before these ("… 귀하")
  std::string pattern;   // ECMAScript regex, may be empty
  // How sure a value found by `pattern` alone, with no label, is: 0.9 when nothing else on the
  // page has its shape; lower when something may (the supplier's business number beside the
  // shop's), so that a mismatch asks for a look rather than blocks.
  double pattern_trust = 0.9;
  // Looser regex that finds where a misread value sits, for a second look, when neither its
  // label nor `pattern` found it; may be empty.
  std::string reread_pattern;
  std::string xpath;     // for XML uploads, may be empty
  std::string section;   // empty: anywhere on the page
  std::string whitelist; // characters a second look may read; empty: by type
  int occurrence = 1;
  // With no label: the date printed with a time of day (a transaction's stamp).
  bool timed = false;
  // With no label: the value of this type printed right of this other field's value, in its
  // row (the parties side by side, the buyer's number right of the supplier's). Only a value
  // that passes its own check counts.
  std::string right_of;
  // The only values the field takes; a read a few jamo away from one is reported as it.
  std::vector<std::string> known_values;
};

struct SumRule {
  std::string total;
  std::vector<std::string> parts;
};

// One field's value printed again at the start of another's: an NTS approval number begins
// with the issue date's eight digits. Two reads in different places that agree are not chance.
struct EchoRule {
  std::string field;      // e.g. approval_number
  std::string digits_of;  // e.g. issue_date: its digits, separators dropped
};

struct DocTypeSpec {
  DocType type = DocType::kUnknown;
  std::string name;                   // Korean
  std::vector<Phrase> titles;
  std::vector<Phrase> keywords;
  // Captions of what docval does not read (주소, 연락처, 업태): a value ends before one, and
  // none is a name. Not evidence of the type.
  std::vector<std::string> captions;
  // Words heading a table's totals row ("합계", "소계").
  std::vector<std::string> totals_rows;
  std::vector<std::pair<std::string, std::string>> namespaces;  // prefix, uri
  std::string xml_root;
  std::vector<SectionSpec> sections;
  std::vector<FieldSpec> fields;
  std::vector<SumRule> sums;
  std::vector<EchoRule> echoes;
};

class Knowledge {
 public:
  // Loads every *.xml in `dir` (normally DOCVAL_DATA_DIR "/doctypes").
  static Status Load(const std::string& dir, Knowledge* out);
  // The knowledge shipped with docval, loaded once; aborts the process if it is invalid
  // (a broken install), after printing the reason.
  static const Knowledge& Default();

  const std::vector<DocTypeSpec>& types() const { return types_; }
  const DocTypeSpec* Find(DocType type) const;

 private:
  std::vector<DocTypeSpec> types_;
};

std::string DefaultDoctypeDir();

}  // namespace docval
