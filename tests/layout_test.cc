#include <gtest/gtest.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <map>
#include <random>

#include "pipeline/classify.h"
#include "pipeline/knowledge.h"
#include "pipeline/layout.h"

namespace docval {
namespace {

Word W(const std::string& text, int x, int y, float conf = 0.95f) {
  Word w;
  w.text = text;
  w.confidence = conf;
  w.bbox = BBox{x, y, 30 * static_cast<int>(text.size()) / 3, 40};
  return w;
}

// A row of words from `x` on, `gap` apart, on `page` at height `y`.
void AddRow(Page* page, std::initializer_list<const char*> words, int y, int x = 100, int gap = 40) {
  for (const char* w : words) {
    page->words.push_back(W(w, x, y));
    x += 30 * static_cast<int>(std::string(w).size()) / 3 + gap;
  }
}

// A word as Tesseract gives it: its line id, confidence and exact box.
Word Boxed(const std::string& text, int line, float conf, int x, int y, int w, int h) {
  Word out;
  out.text = text;
  out.line = line;
  out.confidence = conf;
  out.bbox = BBox{x, y, w, h};
  return out;
}

// Loads the shipped schema with one knowledge file `file` holding `xml`, in a fresh folder.
Status LoadKnowledgeWith(const std::string& folder, const std::string& file, const std::string& xml) {
  std::string dir = ::testing::TempDir() + "/" + folder;
  std::filesystem::create_directories(dir);
  std::filesystem::copy_file(DefaultDoctypeDir() + "/doctype.xsd", dir + "/doctype.xsd",
                             std::filesystem::copy_options::overwrite_existing);
  std::ofstream(dir + "/" + file) << xml;
  Knowledge k;
  return Knowledge::Load(dir, &k);
}

// A knowledge folder refused, the message naming each of `names` (file, field, section…).
void ExpectRefusedNaming(const Status& s, std::initializer_list<const char*> names) {
  ASSERT_FALSE(s.ok());
  for (const char* name : names) EXPECT_NE(s.message().find(name), std::string::npos) << s.message();
}

}  // namespace

TEST(LayoutTest, RowsFollowGeometryNotLineIds) {
  Page page;
  page.words = {W("계좌번호", 100, 100), W("예금주", 100, 200), W("110-123-456789", 500, 104),
                W("(주)스마트포스", 500, 198)};
  page.words[2].line = 7;  // Tesseract put the value cell in another block
  auto rows = BuildRows(page);
  ASSERT_EQ(rows.size(), 2u);
  ASSERT_EQ(rows[0].words.size(), 2u);
  EXPECT_EQ(rows[0].words[0]->text, "계좌번호");
  EXPECT_EQ(rows[0].words[1]->text, "110-123-456789");
  EXPECT_EQ(rows[1].words[1]->text, "(주)스마트포스");
}

// A caption printed high in its cell over a gloss, beside a value centred in the next cell:
// the value's band overlaps the caption's by a fifth, and it stands in the row's gaps, so it
// joins the row. A word under the caption, in its column, is the next row.
TEST(LayoutTest, AValueSetLowerThanItsCaptionJoinsItsRow) {
  Page page;
  page.words = {W("출금", 100, 100), W("예금주", 180, 100), W("정경숙", 500, 132), W("수취인", 900, 100),
                W("(주)큐알오더", 1200, 132), W("Remitter", 110, 160)};
  for (size_t i = 0; i < page.words.size(); ++i) page.words[i].line = static_cast<int>(i);
  auto rows = BuildRows(page);
  ASSERT_EQ(rows.size(), 2u);
  ASSERT_EQ(rows[0].words.size(), 5u);
  EXPECT_EQ(rows[0].words[2]->text, "정경숙");
  EXPECT_EQ(rows[0].words[4]->text, "(주)큐알오더");
  EXPECT_EQ(rows[1].words[0]->text, "Remitter");
}

// Boxes as Tesseract gave them on a phone photo of an invoice: a tall unreadable box (the
// approval number, 54 px) and short glyph boxes (자, 17 px) on one printed line, the next
// line 40 px lower.
TEST(LayoutTest, TallAndShortBoxesOfOneLineStayInOneRow) {
  auto word = [](const std::string& text, int x, int y, int w, int h) {
    return Boxed(text, 0, 0.9f, x, y, w, h);
  };
  Page page;
  page.words = {word("승인번호", 322, 397, 111, 29), word(":2026072641008152", 433, 381, 384, 54),
                word("작", 1320, 405, 26, 29),     word("성", 1351, 406, 16, 28),
                word("일", 1381, 406, 27, 28),     word("자", 1423, 411, 5, 17),
                word(":2026-07-26", 1427, 405, 166, 29), word("공급자", 322, 445, 90, 29)};
  auto rows = BuildRows(page);
  ASSERT_EQ(rows.size(), 2u);
  std::string first;
  for (const Word* w : rows[0].words) first += w->text;
  EXPECT_EQ(first, "승인번호:2026072641008152작성일자:2026-07-26");
  ASSERT_EQ(rows[1].words.size(), 1u);
  EXPECT_EQ(rows[1].words[0]->text, "공급자");
}

// Word boxes as Tesseract gave them for one stretch it read twice, as lines 0 and 1; line 2
// is the next printed line, tilted so that its box overlaps line 1's.
TEST(LayoutTest, AStretchReadTwiceKeepsTheMoreConfidentRead) {
  auto word = Boxed;
  Page page;
  page.words = {word("스", 0, 0.14f, 1454, 234, 35, 20),  word("인", 0, 0.93f, 1492, 196, 34, 76),
                word("번호", 0, 0.97f, 1558, 235, 27, 9), word("_", 0, 0.39f, 1866, 248, 17, 4),
                word("승", 1, 0.93f, 1459, 234, 40, 37),  word("인", 1, 0.92f, 1502, 206, 37, 84),
                word("번호", 1, 0.68f, 1539, 234, 50, 37),
                word("20261123-41009494-5db724e0", 1, 0.5f, 1665, 234, 639, 33),
                word("작성일자", 2, 0.9f, 1500, 300, 120, 37), word("2026.11.23", 2, 0.9f, 1665, 280, 200, 37)};
  auto rows = BuildRows(page);
  ASSERT_GE(rows.size(), 1u);
  std::string first;
  for (const Word* w : rows[0].words) first += w->text;
  EXPECT_EQ(first, "승인번호20261123-41009494-5db724e0");
  size_t total = 0;
  for (const TextRow& r : rows) total += r.words.size();
  EXPECT_EQ(total, 6u);  // line 2 is kept whole

  // A line of totals under a merged cell whose tall glyph boxes cover some of its specks is
  // not a second read of that cell.
  page.words = {word("액", 18, 0.93f, 2026, 1637, 36, 94), word("을", 18, 0.93f, 2061, 1637, 24, 94),
                word("수", 18, 0.93f, 2161, 1637, 24, 94),
                word("4,630,000", 19, 0.89f, 389, 1705, 197, 38),
                word("4,630,000", 19, 0.88f, 722, 1705, 197, 38), word("싸", 19, 0.1f, 2030, 1690, 25, 15),
                word("시", 19, 0.0f, 2061, 1688, 20, 17), word("000", 19, 0.02f, 2161, 1687, 20, 18)};
  rows = BuildRows(page);
  total = 0;
  for (const TextRow& r : rows) total += r.words.size();
  EXPECT_EQ(total, 8u);
}

// Boxes as Tesseract gave them on a skewed phone slip: a speck read "으" (line 1) inside the
// tall box of the amount (line 2), more confidently than the amount itself.
TEST(LayoutTest, ASpeckInsideATallWordDoesNotDropTheLineThatReadsOn) {
  Page page;
  page.words = {Boxed("으", 1, 0.929f, 823, 604, 44, 35),
                Boxed("1,089,000", 2, 0.904f, 387, 603, 505, 91),
                Boxed("원", 2, 0.881f, 810, 599, 84, 112),
                Boxed("이체를", 3, 0.93f, 430, 739, 130, 47)};
  auto rows = BuildRows(page);
  std::string all;
  for (const TextRow& r : rows)
    for (const Word* w : r.words) all += w->text + " ";
  EXPECT_EQ(all, "1,089,000 원 이체를 ");
}

// A "COPY 사본" tint tiled behind a bankbook copy lands in the text layer between the form's
// words; a statement's column of the same word ("입금" in every row) is the form's own.
TEST(LayoutTest, ABackgroundPatternsWordsAreDroppedAColumnOfOneWordIsKept) {
  Page page;
  page.width = 2480;
  page.height = 3508;
  for (int y = 100; y < 3400; y += 300)
    for (int x = 50; x < 2400; x += 500) {
      page.words.push_back(W("CO", x, y));
      page.words.push_back(W("사본", x + 120, y));
    }
  page.words.push_back(W("예금주", 300, 1000));
  page.words.push_back(W("(주)에이아이서빙", 700, 1000));
  for (int y = 1500; y < 3300; y += 120) page.words.push_back(W("입금", 900, y));
  // Letter-spaced captions down the form's left column ("보 험 료", "보 험 기 간") and the
  // same syllable read alone here and there in its text.
  for (int y = 1530; y < 2300; y += 130) page.words.push_back(W("보", 120, y));
  for (int i = 0; i < 8; ++i) page.words.push_back(W("보", 300 + 260 * i, 2400 + 97 * i));
  DropBackgroundPattern(&page);
  int pattern = 0, kept_column = 0, kept_syllable = 0;
  for (const Word& w : page.words) {
    pattern += w.text == "CO" || w.text == "사본";
    kept_column += w.text == "입금";
    kept_syllable += w.text == "보";
  }
  EXPECT_EQ(pattern, 0);
  EXPECT_EQ(kept_column, 15);
  EXPECT_EQ(kept_syllable, 14);
  EXPECT_EQ(page.words.size(), 31u);
}

TEST(LayoutTest, FindPhraseToleratesOneJamoSlipAndSpaces) {
  Page page;
  page.words = {W("보험가입", 10, 10), W("금액", 200, 10), W("1,234,000원", 400, 10)};
  auto rows = BuildRows(page);
  auto key = MatchKey("보험가입금액");
  auto exact = FindPhrase(rows[0], key, MinSimilarityFor(key));
  ASSERT_TRUE(exact);
  EXPECT_DOUBLE_EQ(exact->similarity, 1.0);
  EXPECT_EQ(exact->first_word, 0);
  EXPECT_EQ(exact->last_word, 1);

  page.words = {W("보험가입금액", 10, 10)};
  page.words[0].text = "보험가입곰액";  // ㅡ read as ㅗ: one jamo
  rows = BuildRows(page);
  auto slip = FindPhrase(rows[0], key, MinSimilarityFor(key));
  ASSERT_TRUE(slip);
  EXPECT_LT(slip->similarity, 1.0);
  EXPECT_GT(slip->similarity, 0.9);
}

TEST(LayoutTest, SpecksBetweenTheSyllablesOfALabelCostNothing) {
  Page page;
  page.words = {W("확", 10, 10), W("_", 60, 10), W("인", 110, 10), W("자", 160, 10),
                W("(소상공인", 260, 10), W("대표)", 420, 10)};
  auto rows = BuildRows(page);
  auto key = MatchKey("확인자");
  auto found = FindPhrase(rows[0], key, MinSimilarityFor(key));
  ASSERT_TRUE(found);
  EXPECT_DOUBLE_EQ(found->similarity, 1.0);
  EXPECT_EQ(found->first_word, 0);
  EXPECT_EQ(found->last_word, 3);
}

// Out of register, a spaced caption's syllables come with strokes between them read as marks.
TEST(LayoutTest, StrokesReadBetweenASpacedCaptionsSyllablesCostNothing) {
  Page page;
  page.words = {W("보", 10, 10), W("~", 60, 10), W("혐", 110, 10), W("기", 160, 10),
                W(">", 210, 10), W("간", 260, 10), W("2026-03-23", 360, 10)};
  auto rows = BuildRows(page);
  auto key = MatchKey("보험기간");
  auto found = FindPhrase(rows[0], key, MinSimilarityFor(key));
  ASSERT_TRUE(found);  // 혐 for 험: one look-alike jamo, the marks nothing
  EXPECT_EQ(found->first_word, 0);
  EXPECT_EQ(found->last_word, 5);
  // A bar between cells is no speck: "상호 | 명동카페" holds the caption 상호, not 상호명.
  page.words = {W("상호", 10, 10), W("|", 110, 10), W("명동카페", 160, 10)};
  rows = BuildRows(page);
  key = MatchKey("상호명");
  EXPECT_FALSE(FindPhrase(rows[0], key, MinSimilarityFor(key)));
}

// FindPhrase gives up on a row early when the key's missing characters, or the distance so
// far, already rule a match out. Giving up early must never change an answer: with no
// threshold nothing is given up, and with one the answer is that one's or none.
TEST(LayoutTest, GivingUpEarlyNeverChangesWhatFindPhraseFinds) {
  const std::vector<std::string> syllables = {"예", "금", "주", "여", "수", "확", "인", "자",
                                              "화", "상", "호", "오", "번", "1", ".", "_"};
  std::mt19937 random(7);
  auto text = [&](int length) {
    std::string out;
    for (int i = 0; i < length; ++i) out += syllables[random() % syllables.size()];
    return out;
  };
  for (int trial = 0; trial < 3000; ++trial) {
    Page page;
    page.words = {W(text(1 + random() % 8), 10, 10), W(text(1 + random() % 8), 400, 10)};
    const auto rows = BuildRows(page);
    const std::u32string key = MatchKey(text(2 + random() % 4));
    const auto best = FindPhrase(rows[0], key, 0.0);
    for (double threshold : {MinSimilarityFor(key), 0.8, 0.6}) {
      const auto found = FindPhrase(rows[0], key, threshold);
      ASSERT_EQ(found.has_value(), best && best->similarity >= threshold) << trial;
      if (!found) continue;
      EXPECT_DOUBLE_EQ(found->similarity, best->similarity);
      EXPECT_EQ(found->first_char, best->first_char);
      EXPECT_EQ(found->end_char, best->end_char);
    }
  }
}

TEST(LayoutTest, FindAllPhrasesFindsTheSameLabelInEachColumn) {
  Page page;
  page.words = {W("등록번호", 100, 10), W("120-81-47521", 300, 10), W("등록번호", 900, 10),
                W("123-45-67891", 1100, 10)};
  auto rows = BuildRows(page);
  ASSERT_EQ(rows.size(), 1u);
  auto matches = FindAllPhrases(rows[0], MatchKey("등록번호"), 1.0);
  ASSERT_EQ(matches.size(), 2u);
  EXPECT_EQ(matches[0].first_word, 0);
  EXPECT_EQ(matches[1].first_word, 2);
  // A search from after the first occurrence finds only the second.
  auto second = FindPhrase(rows[0], MatchKey("등록번호"), 1.0, matches[0].end_char);
  ASSERT_TRUE(second.has_value());
  EXPECT_EQ(second->first_word, 2);
  EXPECT_FALSE(FindPhrase(rows[0], MatchKey("등록번호"), 1.0, matches[1].end_char).has_value());
}

TEST(LayoutTest, ShortLabelsMustMatchExactly) {
  Page page;
  page.words = {W("상회", 10, 10)};
  auto rows = BuildRows(page);
  auto key = MatchKey("상호");
  EXPECT_FALSE(FindPhrase(rows[0], key, MinSimilarityFor(key)));
}

TEST(LayoutTest, ShortLabelsTolerateOneLookAlikeVowelOnly) {
  Page page;
  page.words = {W("에금주", 10, 10)};  // 예 read as 에: one short stroke
  auto rows = BuildRows(page);
  auto key = MatchKey("예금주");
  auto slip = FindPhrase(rows[0], key, MinSimilarityFor(key));
  ASSERT_TRUE(slip);
  EXPECT_LT(slip->similarity, 1.0);
  page.words = {W("여", 10, 10), W("금주", 60, 10)};  // 예's right stroke lost (1-bit scan)
  rows = BuildRows(page);
  EXPECT_TRUE(FindPhrase(rows[0], key, MinSimilarityFor(key)));
  page.words = {W("예", 10, 10), W("금", 60, 10), W("수", 110, 10)};  // 주's bar lost
  rows = BuildRows(page);
  EXPECT_TRUE(FindPhrase(rows[0], key, MinSimilarityFor(key)));
  page.words = {W("예금자", 10, 10)};  // another word, not a slip
  rows = BuildRows(page);
  EXPECT_FALSE(FindPhrase(rows[0], key, MinSimilarityFor(key)));
  page.words = {W("에금구", 10, 10)};  // a look-alike vowel and a wrong consonant
  rows = BuildRows(page);
  EXPECT_FALSE(FindPhrase(rows[0], key, MinSimilarityFor(key)));
  // ㅎ read as ㅇ, with a speck between the syllables.
  page.words = {W("상", 10, 10), W(".", 50, 10), W("오", 70, 10), W(":", 110, 10)};
  rows = BuildRows(page);
  auto shop = FindPhrase(rows[0], MatchKey("상호"), MinSimilarityFor(MatchKey("상호")));
  ASSERT_TRUE(shop);
  EXPECT_EQ(shop->first_word, 0);
  EXPECT_EQ(shop->last_word, 2);
}

TEST(LayoutTest, LabelsOfThreeSyllablesTolerateALostFinalConsonant) {
  Page page;
  page.words = {W("화인자", 10, 10)};  // the ㄱ under 확 lost
  auto rows = BuildRows(page);
  auto key = MatchKey("확인자");
  auto slip = FindPhrase(rows[0], key, MinSimilarityFor(key));
  ASSERT_TRUE(slip);
  EXPECT_LT(slip->similarity, 1.0);
  page.words = {W("확인서", 10, 10)};  // another word
  rows = BuildRows(page);
  EXPECT_FALSE(FindPhrase(rows[0], key, MinSimilarityFor(key)));
  // Two syllables: 서명 (signature) is not 성명 (name).
  page.words = {W("서명", 10, 10)};
  rows = BuildRows(page);
  EXPECT_FALSE(FindPhrase(rows[0], MatchKey("성명"), MinSimilarityFor(MatchKey("성명"))));
}

TEST(KnowledgeTest, ShippedFilesValidateAndCoverEveryContractField) {
  Knowledge k;
  Status s = Knowledge::Load(DefaultDoctypeDir(), &k);
  ASSERT_TRUE(s.ok()) << s.ToString();
  const std::map<DocType, std::vector<std::string>> contract = {
      {DocType::kTaxInvoice, {"approval_number", "supplier_brn", "buyer_brn", "issue_date",
                              "supply_amount", "tax_amount", "total_amount"}},
      {DocType::kTransferReceipt,
       {"amount", "payee_account", "payee_name", "sender_name", "transfer_date"}},
      {DocType::kBankbookCopy, {"bank", "account_number", "account_holder"}},
      {DocType::kGuaranteePolicy,
       {"policy_number", "policyholder", "insured", "insured_amount", "start_date", "end_date"}},
      {DocType::kInspectionForm,
       {"shop_name", "shop_owner", "shop_brn", "install_date", "inspection_date", "signed"}}};
  for (const auto& [type, fields] : contract) {
    const DocTypeSpec* spec = k.Find(type);
    ASSERT_NE(spec, nullptr) << ToString(type);
    for (const std::string& f : fields) {
      bool present = std::any_of(spec->fields.begin(), spec->fields.end(),
                                 [&](const FieldSpec& fs) { return fs.name == f; });
      EXPECT_TRUE(present) << ToString(type) << "." << f;
    }
  }
  EXPECT_NE(k.Find(DocType::kOther), nullptr);
}

TEST(KnowledgeTest, SchemaViolationNamesTheFile) {
  Status s = LoadKnowledgeWith(
      "bad_knowledge", "broken.xml",
      "<?xml version=\"1.0\"?><doctype id=\"tax_invoice\" name=\"x\"><title>t</title>"
      "<field name=\"a\" type=\"money\"/></doctype>");
  ExpectRefusedNaming(s, {"broken.xml"});
}

TEST(KnowledgeTest, BrokenPatternNamesTheFileAndField) {
  Status s = LoadKnowledgeWith(
      "bad_pattern", "bankbook.xml",
      "<?xml version=\"1.0\"?><doctype id=\"bankbook_copy\" name=\"x\"><title>t</title>"
      "<field name=\"account_number\" type=\"account\"><pattern>(\\d{3</pattern></field>"
      "</doctype>");
  ExpectRefusedNaming(s, {"bankbook.xml", "account_number"});
}

TEST(KnowledgeTest, ALabelInAnUndeclaredSectionNamesTheFieldAndSection) {
  Status s = LoadKnowledgeWith(
      "bad_section", "receipt.xml",
      "<?xml version=\"1.0\"?><doctype id=\"transfer_receipt\" name=\"x\"><title>t</title>"
      "<section name=\"withdrawal\"><anchor>출금계좌</anchor></section>"
      "<field name=\"sender_name\" type=\"name\"><label section=\"withdrawl\">예금주</label>"
      "</field></doctype>");
  ExpectRefusedNaming(s, {"sender_name", "withdrawl"});
}

// A value right of another field's is looked for after that field is read: it must be one
// defined before it.
TEST(KnowledgeTest, RightOfALaterFieldNamesBothFields) {
  Status s = LoadKnowledgeWith(
      "bad_right_of", "invoice.xml",
      "<?xml version=\"1.0\"?><doctype id=\"tax_invoice\" name=\"x\"><title>t</title>"
      "<field name=\"buyer_brn\" type=\"brn\" right-of=\"supplier_brn\"/>"
      "<field name=\"supplier_brn\" type=\"brn\"/></doctype>");
  ExpectRefusedNaming(s, {"buyer_brn", "supplier_brn"});
}

TEST(ClassifyTest, TitleAndKeywordsDecideEvenWithOcrSlips) {
  Document doc;
  Page page;
  page.height = 3500;
  page.words = {W("통장샤본", 900, 100),  // 사 read as 샤
                W("예금주", 100, 600), W("(주)스마트포스", 500, 600), W("계좌번호", 100, 800),
                W("110-123-456789", 500, 800)};
  doc.pages.push_back(page);
  Classification c = Classify(doc, Knowledge::Default());
  EXPECT_EQ(c.type, DocType::kBankbookCopy);
  EXPECT_GT(c.confidence, 0.6f);
}

// An agreement whose own title was misread names the guarantee policy in a sentence: that
// is a paper it mentions, not what it is.
TEST(ClassifyTest, ATitleNamedInsideASentenceIsOnlyAMention) {
  Document doc;
  Page page;
  page.height = 3500;
  int x = 100;
  auto sentence = [&](std::initializer_list<const char*> words, int y) {
    x = 100;
    for (const char* w : words) {
      page.words.push_back(W(w, x, y));
      x += 30 * static_cast<int>(std::string(w).size()) / 3 + 20;
    }
  };
  sentence({"스마트상점", "기술보급사업", "던약서"}, 100);  // 협약서 misread
  sentence({"제1조", "(목적)"}, 400);
  sentence({"이", "협약은", "세", "당사자의", "권리와", "의무를", "정한다."}, 480);
  sentence({"공급기업은", "전자세금계산서,", "검수확인서,", "지급보증보험증권", "등", "증빙서류를",
            "갖추어", "보조금을", "청구한다."},
           700);
  doc.pages.push_back(page);
  EXPECT_EQ(Classify(doc, Knowledge::Default()).type, DocType::kOther);

  // The same title as a heading of its own makes the paper a guarantee policy.
  Document policy;
  Page heading;
  heading.height = 3500;
  heading.words = {W("지급보증보험증권", 900, 100), W("보험계약자", 100, 500),
                   W("(주)스마트포스", 500, 500), W("피보험자", 100, 600),
                   W("소상공인시장진흥공단", 500, 600)};
  policy.pages.push_back(heading);
  EXPECT_EQ(Classify(policy, Knowledge::Default()).type, DocType::kGuaranteePolicy);
}

// A garbled heading that happens to come near another type's title does not outvote the
// labels of the form it heads.
TEST(ClassifyTest, AGarbledTitleOfTooLittleEvidenceDoesNotOutvoteLabels) {
  Document doc;
  Page page;
  page.height = 3500;
  // "스마트기술 설치 검수확인서" as read off a 1-bit scan: specks inside, 검수 garbled.
  int x = 800;
  for (const char* w : {"스", "마", "트", "기술", "ㅅ", "설치", "검", "ㅅ", "수", "즈", "확", "인", "서"}) {
    page.words.push_back(W(w, x, 316));
    x += 60;
  }
  for (auto [label, y] : {std::pair{"도입기술", 1000}, {"설치일자", 1200}, {"검수일자", 1400}}) {
    page.words.push_back(W(label, 300, y));
    page.words.push_back(W("2026년", 800, y));
  }
  page.words.push_back(W("확인합니다.", 300, 1700));
  doc.pages.push_back(page);
  Classification c = Classify(doc, Knowledge::Default());
  EXPECT_EQ(c.type, DocType::kInspectionForm);
}

// A slip's heading band: the bank, the title and the date apart on one line. The title is
// alone in its part of the band, so it is a heading; a bankbook's captions on the slip
// (예금주, 계좌번호, 은행명) do not outvote it.
TEST(ClassifyTest, ATitleSetApartInAHeadingBandIsAHeading) {
  Document doc;
  Page page;
  page.height = 1500;
  page.words.push_back(W("하나은행", 100, 100));
  page.words.push_back(W("입금영수증", 700, 100));
  for (auto [w, x] : {std::pair{"거래일자", 1400}, {"2026.", 1580}, {"7.", 1700}, {"15.", 1760}})
    page.words.push_back(W(w, x, 100));
  for (auto [label, y] : {std::pair{"은행명", 400}, {"계좌번호", 500}, {"예금주", 600}}) {
    page.words.push_back(W(label, 100, y));
    page.words.push_back(W("값", 500, y));
  }
  page.words.push_back(W("송금액", 100, 700));
  page.words.push_back(W("통장", 100, 800));
  doc.pages.push_back(page);
  Classification c = Classify(doc, Knowledge::Default());
  EXPECT_EQ(c.type, DocType::kTransferReceipt);
}

// A word of the form near the top read as another type's short title ("청구 정구" as 청구서)
// does not outvote an invoice whose heading was garbled but whose every caption was read.
TEST(ClassifyTest, AShortTitleMisreadDoesNotOutvoteFarMoreEvidence) {
  Document doc;
  Page page;
  page.height = 3500;
  for (auto [w, x] : {std::pair{"작성일", 100}, {"2026.", 250}, {"10.", 380}, {"9.", 450},
                      {"영수", 900}, {"/", 1000}, {"청구", 1050}, {"정구", 1150},
                      {"수정사유", 1700}, {"해당없음", 1900}})
    page.words.push_back(W(w, x, 300));
  int y = 600;
  for (const char* caption : {"공급자", "공급받는자", "세액", "품목", "종사업장번호", "전자세금계산서 발행 시스템"}) {
    page.words.push_back(W(caption, 100, y));
    y += 300;
  }
  page.words.push_back(W("붙임", 100, 3000));  // a word of the other papers, too
  doc.pages.push_back(page);
  EXPECT_EQ(Classify(doc, Knowledge::Default()).type, DocType::kTaxInvoice);
}

// A bank's "계좌이체 거래확인서" is loosely like several inspection titles at once (검수확인서,
// 인수확인서, 검사확인서): one heading is one title, however many it resembles, and two types
// named at one place in a row are one heading, not a list of attachments.
TEST(ClassifyTest, OneHeadingCountsOnceHoweverManyTitlesItResembles) {
  Document doc;
  Page page;
  page.height = 3500;
  page.words = {W("계좌이체", 800, 150), W("거래확인서", 1000, 150)};
  for (auto [label, y] : {std::pair{"이체금액", 900}, {"수수료", 1000}, {"받는분", 1100}}) {
    page.words.push_back(W(label, 100, y));
    page.words.push_back(W("값", 600, y));
  }
  page.words.push_back(W("확인합니다.", 100, 1500));
  doc.pages.push_back(page);
  Classification c = Classify(doc, Knowledge::Default());
  EXPECT_EQ(c.type, DocType::kTransferReceipt);
  for (const ClassifyScore& s : c.scores) {
    if (s.type == DocType::kTransferReceipt) {
      EXPECT_TRUE(s.title_on_top);
    }
  }
}

TEST(ClassifyTest, NoEvidenceIsUnknown) {
  Document doc;
  Page page;
  page.words = {W("오늘의", 10, 10), W("메뉴", 200, 10), W("김치찌개", 10, 100)};
  doc.pages.push_back(page);
  EXPECT_EQ(Classify(doc, Knowledge::Default()).type, DocType::kUnknown);
}

TEST(ClassifyTest, XmlRootDecides) {
  Document doc;
  Classification c = Classify(doc, Knowledge::Default(), "TaxInvoice");
  EXPECT_EQ(c.type, DocType::kTaxInvoice);
  EXPECT_FLOAT_EQ(c.confidence, 1.0f);
}


// A claim form lists the papers sent with it ("1. 전자세금계산서 사본 1부 2. 검수확인서 1부"):
// titles in a list are mentions, and the claim's own heading decides.
TEST(ClassifyTest, TitlesInAListOfAttachmentsAreOnlyMentions) {
  Document doc;
  Page page;
  page.height = 3500;
  AddRow(&page, {"보조금", "지급", "청구서"}, 100);
  AddRow(&page, {"입금은행", "우리은행", "계좌번호", "1006-100-302718"}, 500);
  AddRow(&page, {"예금주", "주식회사", "키오스크랩"}, 560);
  AddRow(&page, {"총사업비", "4,300,000원", "자부담금", "1,290,000원"}, 700);
  AddRow(&page, {"1.", "전자세금계산서", "사본", "1부", "2.", "검수확인서", "1부"}, 900);
  AddRow(&page, {"3.", "지급보증보험증권", "사본", "1부", "4.", "통장사본", "1부"}, 960);
  doc.pages.push_back(page);
  EXPECT_EQ(Classify(doc, Knowledge::Default()).type, DocType::kOther);
}

// A business registration certificate sent with the evidence is another paper, told by its
// own captions; its title is a letter from the label 사업자등록번호 that forms print.
TEST(ClassifyTest, ABusinessRegistrationCertificateIsAnotherPaper) {
  Document doc;
  Page page;
  page.height = 3500;
  AddRow(&page, {"사업자등록증"}, 100);
  AddRow(&page, {"(일반과세자)"}, 160);
  AddRow(&page, {"등록번호", ":", "593-17-41215"}, 300);
  AddRow(&page, {"①", "상호", ":", "해뜨는포차"}, 360);
  AddRow(&page, {"④", "개업연월일", ":", "2022년", "02월", "17일"}, 480);
  AddRow(&page, {"⑥", "사업의", "종류", ":", "업태", "음식점업", "종목", "한식"}, 1300);
  AddRow(&page, {"⑩", "전자세금계산서", "전용", "전자우편주소", ":"}, 1600);
  doc.pages.push_back(page);
  EXPECT_EQ(Classify(doc, Knowledge::Default()).type, DocType::kOther);
}

// Minutes of a meeting with the shop talk of the installation, the invoice and the inspection
// form; they are none of them.
TEST(ClassifyTest, MinutesOfAMeetingAreAnotherPaper) {
  Document doc;
  Page page;
  page.height = 3500;
  AddRow(&page, {"회", "의", "록"}, 100);
  AddRow(&page, {"회의명", "스마트상점", "기술", "도입", "사전", "협의"}, 300);
  AddRow(&page, {"참석자", "정지민", "(행복마트", "대표)"}, 400);
  AddRow(&page, {"1.", "안건"}, 600);
  AddRow(&page, {"○", "설치", "일정", "및", "매장", "영업", "중", "작업", "방법", "협의"}, 660);
  AddRow(&page, {"2.", "협의", "내용"}, 800);
  AddRow(&page, {"-", "보조금", "청구에", "필요한", "전자세금계산서,", "검수확인서", "등은", "설치", "완료", "후",
       "제출한다."},
      860);
  AddRow(&page, {"3.", "결정", "사항"}, 1000);
  AddRow(&page, {"▶", "설치", "예정일", "2026.05.26"}, 1060);
  AddRow(&page, {"소속", "직위", "성명", "서명"}, 1300);
  doc.pages.push_back(page);
  EXPECT_EQ(Classify(doc, Knowledge::Default()).type, DocType::kOther);
}

// A banking app's slip scanned to one bit: its grey captions all but gone, the large lines
// ("X님에게", the amount, "이체를 완료했습니다" read with slips) still say what it is.
TEST(ClassifyTest, ABankingAppSlipWhoseCaptionsAreLost) {
  Document doc;
  Page page;
  page.height = 2500;
  AddRow(&page, {"우", "리", "은행"}, 60, 400, 20);
  AddRow(&page, {"주식회사", "페", "이", "앤", "오", "더", "님", "에게"}, 510, 400, 20);
  AddRow(&page, {"540,000", "원"}, 600, 400, 20);
  AddRow(&page, {"이제는", "완", "료", "앵", "습니다"}, 740, 400, 20);
  AddRow(&page, {"비이", "고", "주식회사", "페이앤오더"}, 930, 400, 20);
  AddRow(&page, {"입금", "제지", "344-5555-7645-03"}, 1300, 400, 20);
  doc.pages.push_back(page);
  EXPECT_EQ(Classify(doc, Knowledge::Default()).type, DocType::kTransferReceipt);

  // Its sentence lost too: "X님에게" over the sum is the app's own phrase.
  Document lost;
  Page slip;
  slip.height = 2500;
  AddRow(&slip, {"신", "한", "은행"}, 60, 400, 20);
  AddRow(&slip, {"주식회사", "스", "마", "트", "포", "스", "님", "에게"}, 510, 400, 20);
  AddRow(&slip, {"924,000", "원"}, 600, 400, 20);
  AddRow(&slip, {"이", "게", "늘", "인", "료", "있", "스", "니", "디"}, 740, 400, 20);
  AddRow(&slip, {"이", "개", "기", "1004-131-853884"}, 1200, 400, 20);
  AddRow(&slip, {"이이", "이", "시", "2026.10.02", "10:40"}, 1560, 400, 20);
  lost.pages.push_back(slip);
  EXPECT_EQ(Classify(lost, Knowledge::Default()).type, DocType::kTransferReceipt);
}

// A date printed on the upper line of a two-line cell, with specks of its line lying on the
// tall words of the row beside it: the specks are a second read, the date is not.
TEST(LayoutTest, ADroppedSecondReadKeepsTheWordsOnlyItSaw) {
  Page page;
  page.words = {Boxed("2026-08-23", 5, 0.873f, 390, 711, 188, 31), Boxed(".", 5, 0.0f, 765, 744, 12, 4),
                Boxed(".", 5, 0.0f, 890, 744, 10, 4), Boxed(".", 5, 0.128f, 1639, 743, 10, 3),
                Boxed("-", 5, 0.0f, 2866, 748, 18, 3), Boxed(".", 5, 0.479f, 3237, 744, 11, 4),
                Boxed("하", 6, 0.933f, 759, 740, 39, 41), Boxed("은행", 6, 0.969f, 849, 740, 70, 41),
                Boxed("주식회사", 6, 0.9f, 1547, 740, 164, 41), Boxed("별빛카페", 6, 0.9f, 2741, 740, 150, 40),
                Boxed("정상처리", 6, 0.933f, 3149, 740, 156, 40), Boxed("1", 6, 0.756f, 222, 745, 14, 32),
                Boxed("093-005206-37972", 6, 0.913f, 1085, 745, 361, 32),
                Boxed("1,155,000", 6, 0.35f, 2266, 745, 184, 38), Boxed("500", 6, 0.853f, 2624, 745, 69, 32)};
  std::string all;
  for (const TextRow& r : BuildRows(page))
    for (const Word* w : r.words) all += w->text + " ";
  EXPECT_NE(all.find("2026-08-23"), std::string::npos) << all;
  EXPECT_EQ(all.find(". "), std::string::npos) << all;
}

}  // namespace docval
