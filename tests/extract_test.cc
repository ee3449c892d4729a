// Field extraction on word fixtures: label pairing, sections, typed values, cross-checks; the
// second looks with the real Tesseract on rendered pages. End-to-end accuracy on real OCR is
// measured by the eval command and e2e tests.
#include <gtest/gtest.h>

#include <cmath>

#include "pipeline/extract.h"
#include "pipeline/knowledge.h"
#include "pipeline/ocr_engine.h"
#include "pipeline/pix.h"
#include "tests/canvas.h"
#include "tests/tesseract_fixture.h"

namespace docval {
namespace {

struct PageBuilder {
  Page page;
  PageBuilder& Add(const std::string& text, int x, int y, float conf = 0.95f) {
    Word w;
    w.text = text;
    w.confidence = conf;
    w.bbox = BBox{x, y, 25 * static_cast<int>(text.size()) / 3 + 10, 40};
    page.words.push_back(w);
    return *this;
  }
};

Document Extract(DocType type, const Page& page) {
  Document doc;
  doc.pages.push_back(page);
  ExtractFields(*Knowledge::Default().Find(type), {}, nullptr, {}, &doc);
  return doc;
}

// Extracts as after preprocessing that found one table of two cells side by side.
Document ExtractInTwoCells(DocType type, const Page& page, BBox left, BBox right) {
  TableGrid grid;
  grid.cells.push_back(TableCell{left});
  grid.cells.push_back(TableCell{right, 0, 0, 1});
  grid.table_count = 1;
  PageContext ctx;
  ctx.grid = &grid;
  Document doc;
  doc.pages.push_back(page);
  ExtractFields(*Knowledge::Default().Find(type), {ctx}, nullptr, {}, &doc);
  return doc;
}

std::string Value(const Document& doc, const std::string& name) {
  auto it = doc.fields.find(name);
  return it == doc.fields.end() ? "<missing>" : it->second.value;
}

}  // namespace

TEST(ExtractTest, BankbookLabelsLeftOfValues) {
  PageBuilder b;
  b.Add("신한은행", 800, 100)
      .Add("통장사본", 800, 300)
      .Add("계좌번호", 100, 600).Add(":", 400, 600).Add("110-123-456789", 500, 600)
      .Add("예금주", 100, 700).Add("(주)스마트포스", 500, 700);
  Document doc = Extract(DocType::kBankbookCopy, b.page);
  EXPECT_EQ(Value(doc, "bank"), "신한은행");
  EXPECT_EQ(Value(doc, "account_number"), "110123456789");
  EXPECT_EQ(Value(doc, "account_holder"), "(주)스마트포스");
  EXPECT_EQ(doc.fields["account_number"].page, 1);
  EXPECT_FALSE(doc.fields["account_number"].bbox.empty());
}

TEST(ExtractTest, LabelInsideASentenceIsTriedLast) {
  PageBuilder b;
  b.Add("통장사본", 800, 100)
      .Add("예금주", 100, 400)
      .Add("(주)스마트포스", 100, 460)  // the value under its label
      // The footnote names the label too, in running text, before nothing useful.
      .Add("있는", 100, 250).Add("예금주", 175, 250).Add("명의의", 280, 250).Add("계좌임을", 400, 250);
  Document doc = Extract(DocType::kBankbookCopy, b.page);
  EXPECT_EQ(Value(doc, "account_holder"), "(주)스마트포스");

  // With the real label unreadable, what follows the sentence's label word is kept but unsure.
  PageBuilder sentence_only;
  sentence_only.Add("통장사본", 800, 100)
      .Add("있는", 100, 250).Add("예금주", 175, 250).Add("명의의", 280, 250).Add("계좌임을", 400, 250);
  doc = Extract(DocType::kBankbookCopy, sentence_only.page);
  ASSERT_TRUE(doc.fields.count("account_holder"));
  EXPECT_LT(doc.fields["account_holder"].confidence, 0.6f);
}

TEST(ExtractTest, AccountNumberByItsShapeWhenTheLabelIsUnreadable) {
  PageBuilder b;
  b.Add("통장사본", 800, 100)
      .Add("고객센터", 100, 300).Add("010-1234-5678", 400, 300)  // a phone number is no account
      .Add("사업자", 100, 400).Add("120-81-47521", 400, 400)     // nor a business number
      .Add("겨l쫘분오", 100, 500).Add("393-5086-1397-07", 400, 500);
  Document doc = Extract(DocType::kBankbookCopy, b.page);
  EXPECT_EQ(Value(doc, "account_number"), "393508613970" "7");
  EXPECT_LT(doc.fields["account_number"].confidence, 0.95f);  // no label: less sure
}

TEST(ExtractTest, AccountHyphensReadDoubleOrWavy) {
  PageBuilder b;
  b.Add("이체확인증", 800, 100)
      .Add("입금계좌번호", 100, 500).Add("073-026544=26~-360", 500, 500)
      .Add("받는", 100, 600).Add("분", 180, 600).Add("(주)페이앤오더", 500, 600);
  Document doc = Extract(DocType::kTransferReceipt, b.page);
  EXPECT_EQ(Value(doc, "payee_account"), "07302654426360");

  // The Korean model reads a hyphen in some faces as the jamo ㅋ, set apart ("2329 ㅋ 25").
  PageBuilder kieuk;
  kieuk.Add("통장사본", 800, 100)
      .Add("계좌번호", 100, 500).Add("331-8182-2329", 500, 500).Add("ㅋ", 800, 500).Add("25", 830, 500);
  doc = Extract(DocType::kBankbookCopy, kieuk.page);
  EXPECT_EQ(Value(doc, "account_number"), "3318182232925");
}

// A table of the transfer's two accounts, the parties as its rows ("출금 (보내는 분) | …" and
// "입금 (받는 분) | …") under a header row of captions ("구분 | 은행 | 계좌번호 | 예금주 | …"):
// each party's account and holder are in its row, under their captions, a table's rule read
// as a stroke ahead of a row or not.
TEST(ExtractTest, AccountsTabledWithThePartiesAsRows) {
  for (bool rule_read : {false, true}) {
    SCOPED_TRACE(rule_read);
    PageBuilder b;
    b.Add("이체확인증", 800, 100);
    b.Add("구분", 100, 440).Add("은행", 400, 440).Add("계좌번호", 700, 440).Add("예금주", 1100, 440)
        .Add("통장", 1400, 440).Add("표시내용", 1470, 440);
    if (rule_read) b.Add("ㅣ", 10, 500);  // a column gap before the heading
    b.Add("출금", 120, 500).Add("(보내는", 185, 500).Add("분)", 290, 500).Add("IBK기업은행", 400, 500)
        .Add("005-******-25-813", 700, 500).Add("한결피자", 1100, 500).Add("디지털스토어(주)", 1400, 500);
    b.Add("입금", 100, 560).Add("(받는", 165, 560).Add("분)", 250, 560).Add("우리은행", 400, 560)
        .Add("1001-136-872473", 700, 560).Add("디지털스토어(주)", 1100, 560).Add("한결피자", 1400, 560);
    Document doc = Extract(DocType::kTransferReceipt, b.page);
    EXPECT_EQ(Value(doc, "payee_account"), "1001136872473");
    EXPECT_EQ(Value(doc, "payee_name"), "디지털스토어(주)");
    EXPECT_EQ(Value(doc, "sender_name"), "한결피자");
  }
}

// "상호 또는 성명" (name or, for a person, full name) is one caption: its value is what follows
// it, not "또는".
TEST(ExtractTest, ACaptionOfTwoAlternativesIsOneCaption) {
  PageBuilder b;
  b.Add("지급보증보험증권", 800, 100).Add("1.", 100, 300).Add("보험계약자", 150, 300).Add("(채무자)", 400, 300)
      .Add("상호", 100, 400).Add("또는", 180, 400).Add("성명", 260, 400)
      .Add("주식회사", 500, 400).Add("디지털스토어", 660, 400);
  Document doc = Extract(DocType::kGuaranteePolicy, b.page);
  EXPECT_EQ(Value(doc, "policyholder"), "주식회사 디지털스토어");
}

// A notice names the policyholder with its business number in brackets after the name.
TEST(ExtractTest, APolicyholdersNumberBesideItsName) {
  PageBuilder b;
  b.Add("보험증권", 800, 100).Add("보험계약자", 100, 400).Add(":", 500, 400).Add("주식회사", 540, 400)
      .Add("스마트미러", 700, 400).Add("(826-88-68749)", 900, 400);
  Document doc = Extract(DocType::kGuaranteePolicy, b.page);
  EXPECT_EQ(Value(doc, "policyholder"), "주식회사 스마트미러");
  EXPECT_EQ(Value(doc, "policyholder_brn"), "8268868749");
}

// An identifier holds no l, I, | or O: read in one (the Latin model's "…1f9clble" for
// "…1f9c1b1e"), they are the digits they look like, and the value is less sure for it.
TEST(ExtractTest, AnIdentifiersLookAlikeLettersAreItsDigits) {
  PageBuilder b;
  b.Add("전자세금계산서", 800, 100).Add("승인번호", 100, 400).Add("20260713-41009425-1f9clble", 500, 400);
  Document doc = Extract(DocType::kTaxInvoice, b.page);
  EXPECT_EQ(Value(doc, "approval_number"), "20260713410094251f9c1b1e");
  EXPECT_LT(doc.fields["approval_number"].confidence, 0.9f);

  PageBuilder policy;
  policy.Add("보증보험증권", 800, 100).Add("증권번호", 100, 400).Add("100-000-2026-2O28826", 500, 400);
  doc = Extract(DocType::kGuaranteePolicy, policy.page);
  EXPECT_EQ(Value(doc, "policy_number"), "10000020262028826");
}

// A misread glyph glued into the number ("100/7-…", a 7's stroke read apart) cuts it: what
// follows is a piece of the account, unsure, so a mismatch it shows is a doubt, not an error.
TEST(ExtractTest, AnAccountCutByAGluedGlyphIsAPieceAndUnsure) {
  PageBuilder head;
  head.Add("통장사본", 800, 100).Add("계좌번호", 100, 500).Add("100/7-938-245497", 500, 500);
  Document doc = Extract(DocType::kBankbookCopy, head.page);
  EXPECT_EQ(Value(doc, "account_number"), "7938245497");
  EXPECT_LT(doc.fields["account_number"].confidence, 0.6f);

  PageBuilder tail;
  tail.Add("통장사본", 800, 100).Add("계좌번호", 100, 500).Add("1007-938-24549/7", 500, 500);
  doc = Extract(DocType::kBankbookCopy, tail.page);
  EXPECT_EQ(Value(doc, "account_number"), "100793824549");
  EXPECT_LT(doc.fields["account_number"].confidence, 0.6f);

  // A grouped amount after a gap is the next cell's, not a cut.
  PageBuilder amount;
  amount.Add("통장사본", 800, 100).Add("계좌번호", 100, 500).Add("1007-938-245497", 500, 500)
      .Add("1.023,000", 900, 500);
  doc = Extract(DocType::kBankbookCopy, amount.page);
  EXPECT_EQ(Value(doc, "account_number"), "1007938245497");
  EXPECT_GE(doc.fields["account_number"].confidence, 0.8f);
}

TEST(ExtractTest, ALoneDigitBeforeAGroupedAccountIsASpeck) {
  PageBuilder b;
  b.Add("통장사본", 800, 100)
      .Add("계좌번호", 100, 500).Add("8", 420, 500).Add("825244-53-803141", 500, 500);
  Document doc = Extract(DocType::kBankbookCopy, b.page);
  EXPECT_EQ(Value(doc, "account_number"), "82524453803141");
}

TEST(ExtractTest, ANameEndsBeforeTheRuleAfterIt) {
  PageBuilder b;
  b.Add("이체확인증", 800, 100)
      .Add("받는", 100, 500).Add("분", 180, 500).Add("주식회사", 500, 500)
      .Add("에이아이서빙|", 650, 500)
      .Add("보내는", 100, 600).Add("분", 200, 600).Add("별빛식당", 500, 600).Add("||", 700, 600)
      .Add("입금은행", 100, 700).Add("미래기술(주)", 500, 700);
  Document doc = Extract(DocType::kTransferReceipt, b.page);
  EXPECT_EQ(Value(doc, "payee_name"), "주식회사 에이아이서빙");
  EXPECT_EQ(Value(doc, "sender_name"), "별빛식당");
}

// 정명숙 opens like the caption 성명 (ㅈ and ㅅ look alike): a loose match that runs on into
// more syllables, glued or letter-spaced, is the value, not the next caption.
TEST(ExtractTest, ANameThatOpensLikeACaptionIsTheValue) {
  PageBuilder glued;
  glued.Add("이체확인증", 800, 100).Add("보내는", 100, 600).Add("분", 200, 600).Add("정명숙", 500, 600);
  EXPECT_EQ(Value(Extract(DocType::kTransferReceipt, glued.page), "sender_name"), "정명숙");

  PageBuilder spaced;
  spaced.Add("검수확인서", 800, 100).Add("대표자", 100, 600);
  for (const auto& [syllable, x] : {std::pair{"정", 500}, {"명", 545}, {"숙", 590}})
    spaced.Add(syllable, x, 600);
  EXPECT_EQ(Value(Extract(DocType::kInspectionForm, spaced.page), "shop_owner"), "정명숙");

  // A caption longer than two syllables, loosely read ("종금인" for 송금인), stays a caption
  // even with letter-spaced words right after it.
  PageBuilder longer;
  longer.Add("이체확인증", 800, 100).Add("종금인", 100, 600);
  for (const auto& [syllable, x] : {std::pair{"정", 195}, {"명", 240}, {"숙", 285}})
    longer.Add(syllable, x, 600);
  EXPECT_EQ(Value(Extract(DocType::kTransferReceipt, longer.page), "sender_name"), "정명숙");

  // The caption itself, loosely read but standing alone, still ends the value before it.
  PageBuilder caption;
  caption.Add("검수확인서", 800, 100).Add("상호", 100, 600).Add("다온카페", 300, 600)
      .Add("정명", 700, 600).Add("김민수", 900, 600);
  EXPECT_EQ(Value(Extract(DocType::kInspectionForm, caption.page), "shop_name"), "다온카페");
}

// A table's rule read beside a value: "|" before a bank's name, the vowel stroke ㅣ after a
// company's.
// A bank's certificate prints the parties as columns ("구 분 | 출금 (보내는 분) | 입금 (받는
// 분)"): a row caption left of them (계좌번호, 예금주(성명)) is each party's, by column.
TEST(ExtractTest, RowCaptionsLeftOfThePartiesColumnsReadEachPartysColumn) {
  PageBuilder b;
  b.Add("계좌이체", 700, 100).Add("거래확인서", 900, 100)
      .Add("구", 100, 400).Add("분", 160, 400)
      .Add("출금", 600, 400).Add("(보내는", 700, 400).Add("분)", 820, 400)
      .Add("입금", 1300, 400).Add("(받는", 1400, 400).Add("분)", 1500, 400)
      .Add("계좌번호", 100, 500).Add("1009-***-707141", 600, 500).Add("1003-564-639398", 1300, 500)
      .Add("예금주(성명)", 100, 600).Add("류서연", 600, 600)
      .Add("주식회사", 1300, 600).Add("미래기술", 1420, 600)
      .Add("이체금액", 100, 700).Add("1,800,000원", 600, 700);
  Document doc = Extract(DocType::kTransferReceipt, b.page);
  EXPECT_EQ(Value(doc, "payee_account"), "1003564639398");
  EXPECT_EQ(Value(doc, "payee_name"), "주식회사 미래기술");
  EXPECT_EQ(Value(doc, "sender_name"), "류서연");
}

// "보험료 영수증 (계약자 보관용)" is the contractor's copy: a role inside a bracketed note is
// no caption; the contractor is named further down.
TEST(ExtractTest, ARoleInsideABracketedNoteIsNoCaption) {
  PageBuilder b;
  b.Add("보험증권", 800, 100)
      .Add("보험료", 100, 2600).Add("영수증", 250, 2600).Add("(계약자", 420, 2600).Add("보관용)", 560, 2600)
      .Add("증권번호", 100, 2700).Add("100-000-2026-9513465", 300, 2700)
      .Add("계약자", 900, 2700).Add("큐알오더(주)", 1100, 2700);
  Document doc = Extract(DocType::kGuaranteePolicy, b.page);
  EXPECT_EQ(Value(doc, "policyholder"), "큐알오더(주)");
}

// A period's caption centred beside its two ends, one above the other ("자 2026년 03월 27일
// 0시" / "지 2026년 12월 31일 24시"): between the rows, or read into the row of either.
TEST(ExtractTest, APeriodsEndsInTheRowsBesideItsCaption) {
  for (int caption_y : {1060, 1120, 1000}) {
    PageBuilder b;
    b.Add("보험증권", 800, 100).Add("보험기간", 300, caption_y);
    for (auto [y, words] : {std::pair{1000, std::vector<const char*>{"자", "2026년", "03월", "27일", "0시"}},
                            {1120, {"지", "2026년", "12월", "31일", "24시"}}}) {
      int x = 700;
      for (const char* w : words) b.Add(w, x, y), x += 130;
    }
    Document doc = Extract(DocType::kGuaranteePolicy, b.page);
    EXPECT_EQ(Value(doc, "start_date"), "2026-03-27") << caption_y;
    EXPECT_EQ(Value(doc, "end_date"), "2026-12-31") << caption_y;
  }
}

// A panel drawn as one box with small captions stacked down it, each over its value ("매장
// 상호" / 바다떡집 / "사업주 성명" / 류서연): a value ends at the next caption in the box, though
// a panel beside it prints the same captions on the same lines.
TEST(ExtractTest, AValueUnderItsCaptionEndsAtTheNextCaptionInTheBox) {
  PageBuilder b;
  b.Add("설치완료", 800, 100).Add("확인서", 1000, 100)
      .Add("성명", 100, 560).Add("김하나", 100, 620).Add("대표자", 100, 720)
      .Add("매장", 1100, 400).Add("상호", 1180, 400).Add("바다떡집", 1100, 460)
      .Add("사업주", 1100, 560).Add("성명", 1200, 560).Add("류서연", 1100, 620)
      .Add("사업자", 1100, 720).Add("등록번호", 1200, 720).Add("886-30-77967", 1100, 780);
  Document doc = ExtractInTwoCells(DocType::kInspectionForm, b.page, BBox{80, 380, 900, 500},
                                   BBox{1080, 380, 900, 500});
  EXPECT_EQ(Value(doc, "shop_name"), "바다떡집");
  EXPECT_EQ(Value(doc, "shop_owner"), "류서연");
  EXPECT_EQ(Value(doc, "shop_brn"), "8863077967");
}

// Panels headed "보내는 분 (출금)" and "받는 분 (입금)", one above the other: each panel's 예금주
// is its party, and the bracketed note after a heading is no name.
TEST(ExtractTest, PanelsHeadedByThePartiesOneAboveTheOther) {
  PageBuilder b;
  b.Add("전자금융", 700, 100).Add("이체확인증", 900, 100)
      .Add("보내는", 100, 400).Add("분", 210, 400).Add("(출금)", 260, 400)
      .Add("예금주", 100, 500).Add("：", 300, 500).Add("청춘분식", 400, 500)
      .Add("받는", 100, 700).Add("분", 190, 700).Add("(입금)", 240, 700)
      .Add("예금주", 100, 800).Add("：", 300, 800).Add("(주)에이아이서빙", 400, 800);
  Document doc = Extract(DocType::kTransferReceipt, b.page);
  EXPECT_EQ(Value(doc, "payee_name"), "(주)에이아이서빙");
  EXPECT_EQ(Value(doc, "sender_name"), "청춘분식");
}

// An invoice printed two-up: each copy has the supplier's block above the buyer's, and the
// copies' headings stand side by side in one row of text ("공급자 (공급하는 자) 공급자
// (공급하는 자)"). `copy_notes`: over each copy a note naming whose copy it is, its brackets
// lost to OCR ("세금계산서 공급자 보관용 | 세금계산서 공급받는자 보관용").
Document TwoUpInvoice(bool copy_notes) {
  PageBuilder b;
  for (int x : {100, 1500}) {
    b.Add("세금계산서", x, 100);
    if (copy_notes) b.Add(x == 100 ? "공급자" : "공급받는자", x + 900, 100).Add("보관용", x + 1100, 100);
    b.Add("공급자", x, 300).Add("(공급하는", x + 150, 300).Add("자)", x + 330, 300)
        .Add("등록번호", x, 400).Add("621-81-78997", x + 250, 400)
        .Add("공급받는자", x, 600)
        .Add("등록번호", x, 700).Add("745-21-44348", x + 250, 700);
  }
  return Extract(DocType::kTaxInvoice, b.page);
}

// Each copy's headings govern its own copy; copy notes that name both parties make no table of
// the parties' columns.
TEST(ExtractTest, AnInvoicePrintedTwoUpKeepsEachCopysParties) {
  for (bool copy_notes : {false, true}) {
    SCOPED_TRACE(copy_notes ? "under copy notes" : "no copy notes");
    Document doc = TwoUpInvoice(copy_notes);
    EXPECT_EQ(Value(doc, "supplier_brn"), "6218178997");
    EXPECT_EQ(Value(doc, "buyer_brn"), "7452144348");
  }
}

// An insurer's inquiry page: the parties as two cards headed by their roles, each naming its
// party under its own caption (상호, 명칭), and the period as a timeline with its ends
// captioned over the dates ("개시 | 만료").
TEST(ExtractTest, PartyCardsSideBySideAndATimelinesEnds) {
  PageBuilder b;
  b.Add("보험증권", 700, 100).Add("조회", 900, 100)
      .Add("보험기간", 100, 500).Add("총", 300, 500).Add("365일", 350, 500)
      .Add("개시", 100, 600).Add("만료", 1500, 600)
      .Add("2026.04.01", 100, 700).Add("00:00", 300, 700).Add("2027.03.31", 1500, 700).Add("24:00", 1700, 700)
      .Add("보험계약자", 100, 900).Add("(채무자)", 300, 900).Add("피보험자", 1300, 900).Add("(채권자)", 1500, 900)
      .Add("상호", 100, 1000).Add("(주)에이아이서빙", 700, 1000)
      .Add("명칭", 1300, 1000).Add("소상공인시장진흥공단", 1700, 1000);
  Document doc = Extract(DocType::kGuaranteePolicy, b.page);
  EXPECT_EQ(Value(doc, "policyholder"), "(주)에이아이서빙");
  EXPECT_EQ(Value(doc, "insured"), "소상공인시장진흥공단");
  EXPECT_EQ(Value(doc, "start_date"), "2026-04-01");
  EXPECT_EQ(Value(doc, "end_date"), "2027-03-31");
}

// A bilingual form glosses each label in English before the colon ("작성일자 Date of Issue ：").
TEST(ExtractTest, ALabelsEnglishGlossIsPartOfTheLabel) {
  PageBuilder b;
  b.Add("전자세금계산서", 800, 100)
      .Add("작성일자", 100, 400).Add("Date", 300, 400).Add("of", 400, 400).Add("Issue", 450, 400)
      .Add("：", 560, 400).Add("2026년", 620, 400).Add("9월", 760, 400).Add("6일", 840, 400)
      .Add("승인번호", 100, 300).Add("Approval", 300, 300).Add("No.", 470, 300)
      .Add("20260906-41006440-8c818abe", 560, 300);
  Document doc = Extract(DocType::kTaxInvoice, b.page);
  EXPECT_EQ(Value(doc, "issue_date"), "2026-09-06");
  EXPECT_EQ(Value(doc, "approval_number"), "20260906410064408c818abe");
}

// Captions side by side in a row that holds values too ("확 인 자 | 성명(대표자) 홍건우 | 전 화
// 번 호 010-…") do not make a header row: the name is beside its caption, not under it.
TEST(ExtractTest, ARowOfCaptionsAndValuesIsNoHeaderRow) {
  PageBuilder b;
  b.Add("설치", 800, 100).Add("확인서", 900, 100)
      .Add("확", 100, 500).Add("인", 140, 500).Add("자", 180, 500)
      .Add("성명(대표자)", 300, 500).Add("홍건우", 700, 500)
      .Add("전", 1100, 500).Add("화", 1140, 500).Add("번", 1180, 500).Add("호", 1220, 500)
      .Add("010-8577-3094", 1400, 500)
      .Add("사", 300, 600).Add("업", 340, 600).Add("장", 380, 600).Add("소", 420, 600)
      .Add("재", 460, 600).Add("지", 500, 600).Add("부산광역시", 700, 600);
  Document doc = Extract(DocType::kInspectionForm, b.page);
  EXPECT_EQ(Value(doc, "shop_owner"), "홍건우");
}

// A gloss in small print between a caption and its colon reads as specks on a scan ("작 성
// 일 자 [ ㅁ ㅎ ㄷ 15946 : 2026 년 …"): the value follows the colon. A colon after another
// caption is that caption's.
TEST(ExtractTest, TheValueFollowsTheColonAfterSpecksOfAGloss) {
  PageBuilder b;
  b.Add("전자세금계산서", 800, 100);
  int x = 100;
  for (const char* w : {"작", "성", "일", "자", "[", "ㅁ", "ㅎ", "ㄷ", "15946", ":", "2026", "년", "8", "월", "26", "일"})
    b.Add(w, x, 400), x += 70;
  Document doc = Extract(DocType::kTaxInvoice, b.page);
  EXPECT_EQ(Value(doc, "issue_date"), "2026-08-26");

  PageBuilder other;
  other.Add("전자세금계산서", 800, 100)
      .Add("작성일자", 100, 400).Add("승인번호", 300, 400).Add(":", 500, 400)
      .Add("20260901-41003386-99b4f1a3", 550, 400);
  doc = Extract(DocType::kTaxInvoice, other.page);
  EXPECT_EQ(Value(doc, "issue_date"), "<missing>");
  EXPECT_EQ(Value(doc, "approval_number"), "2026090141003386" "99b4f1a3");

  PageBuilder blank;
  blank.Add("설치", 800, 100).Add("확인서", 900, 100)
      .Add("상호", 100, 400).Add("대표자", 400, 400).Add(":", 560, 400).Add("홍건우", 620, 400)
      .Add("전화번호", 900, 400).Add("010-8577-3094", 1100, 400);
  doc = Extract(DocType::kInspectionForm, blank.page);
  EXPECT_EQ(Value(doc, "shop_owner"), "홍건우");
  EXPECT_NE(Value(doc, "shop_name"), "홍건우");
}

TEST(ExtractTest, RuleMarksAtAValuesEndsAreNotPartOfIt) {
  PageBuilder b;
  b.Add("통장사본", 800, 100)
      .Add("은행명", 100, 500).Add("#|농협은행", 500, 500).Add("「", 680, 500)
      .Add("예금주", 100, 600).Add("(주)미래기술ㅣ【", 500, 600);
  Document doc = Extract(DocType::kBankbookCopy, b.page);
  EXPECT_EQ(Value(doc, "bank"), "농협은행");
  EXPECT_EQ(Value(doc, "account_holder"), "(주)미래기술");
}

TEST(ExtractTest, ValueBoxLeavesOutTheSeparatorBeforeIt) {
  PageBuilder b;
  b.Add("통장사본", 800, 100).Add("계좌번호", 100, 500).Add(",", 420, 500).Add("110-123-456789", 700, 500);
  Document doc = Extract(DocType::kBankbookCopy, b.page);
  ASSERT_EQ(Value(doc, "account_number"), "110123456789");
  EXPECT_EQ(doc.fields["account_number"].bbox.x, 700);  // the number's box, not the comma's
}

TEST(ExtractTest, LabelGluedToABracketBeforeTheValue) {
  PageBuilder b;
  b.Add("이체확인증", 800, 100).Add("받는", 100, 500).Add("분", 180, 500)
      .Add("(수취인.(주)스마트포스", 260, 500);
  Document doc = Extract(DocType::kTransferReceipt, b.page);
  EXPECT_EQ(Value(doc, "payee_name"), "(주)스마트포스");
}

TEST(ExtractTest, HolderBeforeItsMarkerWhenTheLabelIsUnreadable) {
  PageBuilder b;
  b.Add("보통예금", 800, 100)
      .Add("에그", 100, 500)  // 예금주, printed light grey, misread
      .Add("주식회사", 400, 500).Add("한빛정보통신", 510, 500).Add("귀하", 690, 500);
  Document doc = Extract(DocType::kBankbookCopy, b.page);
  EXPECT_EQ(Value(doc, "account_holder"), "주식회사 한빛정보통신");
}

// A photo's border read as marks around a caption alone on its line ("| 예금주 … [") and as a
// line of its own ("|"): the caption's value is still the next line with words.
TEST(ExtractTest, MarksAroundACaptionAloneOnItsLineLeaveItAlone) {
  PageBuilder b;
  b.Add("통장", 800, 100).Add("사본", 900, 100)
      .Add("예금주", 343, 500).Add("[", 1796, 500)
      .Add("|", 52, 560)
      .Add(".", 53, 620).Add("(주)테크오더", 342, 620).Add(":", 1802, 620);
  EXPECT_EQ(Value(Extract(DocType::kBankbookCopy, b.page), "account_holder"), "(주)테크오더");
  // The value starts right of the caption, not under it: only a caption alone takes it.
  PageBuilder right;
  right.Add("통장", 800, 100).Add("사본", 900, 100)
      .Add("|", 52, 500).Add("예금주", 343, 500).Add("[", 1796, 500)
      .Add("(주)테크오더", 900, 560);
  EXPECT_EQ(Value(Extract(DocType::kBankbookCopy, right.page), "account_holder"), "(주)테크오더");
}

// A 1-bit scan of an online bankbook copy broke its grey captions into dots, unread: the line
// that is one company name is the holder; a bank's name, or a sentence, is not.
TEST(ExtractTest, ACompanyNameOnItsOwnLineIsTheHolderWhenNoCaptionIsRead) {
  PageBuilder b;
  b.Add("통장", 800, 100).Add("사본", 900, 100)
      .Add("NH농협은행", 100, 300)
      .Add("301-2729-3096-98", 100, 500)
      .Add("주식회사", 100, 700).Add("나", 330, 700).Add("래", 380, 700).Add("시스템", 430, 700)
      .Add("2016년", 100, 900).Add("12월", 250, 900).Add("07일", 350, 900);
  Document doc = Extract(DocType::kBankbookCopy, b.page);
  EXPECT_EQ(Value(doc, "account_holder"), "주식회사 나래시스템");
  EXPECT_GE(doc.fields["account_holder"].confidence, 0.6f);

  PageBuilder spaced;  // the legal form's brackets read apart
  spaced.Add("통장", 800, 100).Add("사본", 900, 100)
      .Add("(", 100, 700).Add("주", 130, 700).Add(")", 170, 700).Add("페이앤오더", 200, 700);
  EXPECT_EQ(Value(Extract(DocType::kBankbookCopy, spaced.page), "account_holder"), "(주)페이앤오더");

  PageBuilder bank;
  bank.Add("통장", 800, 100).Add("사본", 900, 100)
      .Add("주식회사", 100, 300).Add("하나은행", 330, 300)
      .Add("위", 100, 500).Add("계좌는", 160, 500).Add("(주)온오더의", 300, 500)
      .Add("계좌입니다", 500, 500);
  EXPECT_EQ(Value(Extract(DocType::kBankbookCopy, bank.page), "account_holder"), "<missing>");
}

// The account holder a bankbook page reports when its value was read as `read`.
std::string HolderReadAs(const std::string& read) {
  PageBuilder b;
  b.Add("통장사본", 800, 100).Add("예금주", 100, 500).Add(read, 400, 500);
  return Value(Extract(DocType::kBankbookCopy, b.page), "account_holder");
}

TEST(ExtractTest, LegalFormMarkReadAsASyllableIsRestored) {
  EXPECT_EQ(HolderReadAs("쥐키오스크랩"), "㈜키오스크랩");
  EXPECT_EQ(HolderReadAs("(쥐스마트미러"), "㈜스마트미러");
  EXPECT_EQ(HolderReadAs("페이앤오더쥐)"), "페이앤오더㈜");
  EXPECT_EQ(HolderReadAs("쥐포"), "쥐포");
  EXPECT_EQ(HolderReadAs("뛰페이앤오더"), "㈜페이앤오더");
  EXPECT_EQ(HolderReadAs("줘사이니지코리아"), "㈜사이니지코리아");  // seed 2323, a policy scan
}

TEST(ExtractTest, ADigitMisreadInsideANameDoesNotEndIt) {
  PageBuilder b;
  b.Add("보증보험증권", 800, 100).Add("보험계약자", 100, 500).Add(":", 300, 500)
      .Add("주식회사", 340, 500).Add("스마", 460, 500).Add("6", 530, 500).Add("포스", 560, 500)
      .Add("(460-81-10131)", 640, 500);
  EXPECT_EQ(Value(Extract(DocType::kGuaranteePolicy, b.page), "policyholder"), "주식회사 스마6포스");
  EXPECT_EQ(HolderReadAs("@사이니지코리아"), "㈜사이니지코리아");  // the circle read as a sign
}

TEST(ExtractTest, ASyllableNoNameUsesIsItsLookAlike) {
  EXPECT_EQ(HolderReadAs("(주)한빚정보통신"), "(주)한빛정보통신");
  EXPECT_EQ(HolderReadAs("빚고을빚가게"), "빛고을빛가게");
  EXPECT_EQ(HolderReadAs("(주)한빗정보통신"), "(주)한빗정보통신");  // a name may use 빗
}

TEST(ExtractTest, LegalFormBracketsAndLeadingMarksAreRepaired) {
  EXPECT_EQ(HolderReadAs("나래시스템(주["), "나래시스템(주)");
  EXPECT_EQ(HolderReadAs("(주온오더"), "(주)온오더");
  EXPECT_EQ(HolderReadAs("、(주)온오더"), "(주)온오더");
  EXPECT_EQ(HolderReadAs("ㆍ(주)온오더"), "(주)온오더");
}

TEST(ExtractTest, PeriodAfterAColonAndSemicolon) {
  PageBuilder b;
  b.Add("지급보증보험증권", 800, 50).Add("ㆍ", 300, 500).Add("보험기간", 350, 500)
      .Add(":;", 790, 500).Add("2026-03-26~2027-06-30", 811, 500);
  Document doc = Extract(DocType::kGuaranteePolicy, b.page);
  EXPECT_EQ(Value(doc, "start_date"), "2026-03-26");
  EXPECT_EQ(Value(doc, "end_date"), "2027-06-30");
}

TEST(ExtractTest, ValuesBelowLabels) {
  PageBuilder b;
  b.Add("이체확인증", 800, 100)
      .Add("이체금액", 100, 500).Add("받는분", 900, 500)
      .Add("990,000원", 100, 560).Add("주식회사", 900, 560).Add("스마트포스", 1150, 560);
  Document doc = Extract(DocType::kTransferReceipt, b.page);
  EXPECT_EQ(Value(doc, "amount"), "990000");
  EXPECT_EQ(Value(doc, "payee_name"), "주식회사 스마트포스");
}

TEST(ExtractTest, TaxInvoiceSectionsSeparateTheTwoBusinessNumbers) {
  PageBuilder b;
  b.Add("전자세금계산서", 900, 50)
      .Add("승인번호", 1500, 150).Add("20260512-41000012-3a4b5c6d", 1750, 150)
      .Add("공급자", 100, 300).Add("공급받는자", 1300, 300)
      .Add("등록번호", 100, 400).Add("120-81-47521", 400, 400)
      .Add("등록번호", 1300, 400).Add("123-45-67891", 1600, 400)
      .Add("작성일자", 100, 900).Add("2026.05.12", 400, 900)
      .Add("공급가액", 700, 900).Add("3,000,000", 1000, 900)
      .Add("세액", 1300, 900).Add("300,000", 1500, 900)
      .Add("합계금액", 100, 1000).Add("₩3,300,000", 400, 1000);
  Document doc = Extract(DocType::kTaxInvoice, b.page);
  EXPECT_EQ(Value(doc, "approval_number"), "20260512410000123a4b5c6d");
  EXPECT_EQ(Value(doc, "supplier_brn"), "1208147521");
  EXPECT_EQ(Value(doc, "issue_date"), "2026-05-12");
  EXPECT_EQ(Value(doc, "supply_amount"), "3000000");
  EXPECT_EQ(Value(doc, "tax_amount"), "300000");
  EXPECT_EQ(Value(doc, "total_amount"), "3300000");
  // Adds up: the cross-check vouches for all three.
  EXPECT_GE(doc.fields["total_amount"].confidence, 0.97f);
}

TEST(ExtractTest, AnIssueDateRepeatedInTheApprovalNumberIsSure) {
  auto invoice_dated = [](const std::string& date) {
    PageBuilder b;
    b.Add("전자세금계산서", 900, 50)
        .Add("승인번호", 100, 150).Add("20270121-41002533-625d79ea", 350, 150, 0.8f)
        .Add("작성일자", 1300, 150).Add(date, 1550, 150, 0.45f);
    return Extract(DocType::kTaxInvoice, b.page);
  };
  Document agreeing = invoice_dated("2027-01-21");
  EXPECT_EQ(Value(agreeing, "issue_date"), "2027-01-21");
  EXPECT_GE(agreeing.fields["issue_date"].confidence, 0.97f);
  // The approval number's other sixteen characters are no surer for it.
  EXPECT_LT(agreeing.fields["approval_number"].confidence, 0.97f);
  // 작성일자 may precede the day the invoice was issued: a different date lowers nothing.
  Document differing = invoice_dated("2027-01-12");
  EXPECT_EQ(Value(differing, "issue_date"), "2027-01-12");
  EXPECT_LT(differing.fields["issue_date"].confidence, 0.6f);
  EXPECT_LT(differing.fields["approval_number"].confidence, 0.97f);
}

TEST(ExtractTest, BrnRepairedOnlyWhenTheCheckDigitAgrees) {
  PageBuilder b;
  b.Add("검수확인서", 800, 50).Add("사업자등록번호", 100, 300).Add("120-8l-47521", 600, 300);
  Document doc = Extract(DocType::kInspectionForm, b.page);
  EXPECT_EQ(Value(doc, "shop_brn"), "1208147521");
}

TEST(ExtractTest, SideBySideInvoiceWithVerticalSectionNamesReadsBothBusinessNumbers) {
  // 공급자 / 공급받는자 printed one syllable per line down the side: no anchor is readable,
  // and both 등록번호 labels share one row.
  PageBuilder b;
  b.Add("전자세금계산서", 900, 50)
      .Add("등록번호", 100, 300).Add("120-81-47521", 400, 300).Add("종사업장", 800, 300)
      .Add("등록번호", 1300, 300).Add("123-45-67891", 1600, 300)
      .Add("공", 40, 360).Add("급", 40, 420).Add("자", 40, 480)
      .Add("공", 1240, 360).Add("받", 1240, 420).Add("는", 1240, 480);
  Document doc = Extract(DocType::kTaxInvoice, b.page);
  EXPECT_EQ(Value(doc, "supplier_brn"), "1208147521");
  EXPECT_EQ(Value(doc, "buyer_brn"), "1234567891");
}

TEST(ExtractTest, TextLayerBusinessNumberFailingItsCheckIsKeptAsPrinted) {
  // A text layer is what was printed: a typo in the check digit must reach BRN_INVALID,
  // not be repaired into the number the case expects.
  PageBuilder b;
  b.Add("검수확인서", 800, 50).Add("사업자등록번호", 100, 300).Add("120-81-47526", 600, 300, 1.0f);
  Document doc = Extract(DocType::kInspectionForm, b.page);
  EXPECT_EQ(Value(doc, "shop_brn"), "1208147526");
  EXPECT_GE(doc.fields["shop_brn"].confidence, 0.9f);
}

TEST(ExtractTest, OcrBusinessNumberFailingItsCheckIsReportedUnsure) {
  // 120-81-47526: no single look-alike digit makes it pass, so the digits stay as read,
  // below the confidence at which a rule would call it an error.
  PageBuilder b;
  b.Add("검수확인서", 800, 50).Add("사업자등록번호", 100, 300).Add("120-81-47526", 600, 300);
  Document doc = Extract(DocType::kInspectionForm, b.page);
  EXPECT_EQ(Value(doc, "shop_brn"), "1208147526");
  EXPECT_LT(doc.fields["shop_brn"].confidence, 0.6f);
}

TEST(ExtractTest, ASevenReadAsASlashIsRepairedWhenTheNumberThenPasses) {
  // 671-21-59517 read "6/1-21-59517" on a scan: the 7 stands, unsure as any repair. A slash
  // that makes no valid number stays unread (one in a date is no business number's).
  auto read = [](const char* text) {
    PageBuilder b;
    b.Add("검수확인서", 800, 50).Add("사업자등록번호", 100, 300).Add(text, 600, 300);
    return Extract(DocType::kInspectionForm, b.page);
  };
  Document repaired = read("6/1-21-59517");
  EXPECT_EQ(Value(repaired, "shop_brn"), "6712159517");
  EXPECT_LT(repaired.fields["shop_brn"].confidence, 0.75f);
  EXPECT_EQ(Value(read("6/1-21-59518"), "shop_brn"), "<missing>");
}

TEST(ExtractTest, ValueCentredInAWideColumnBelongsToTheNearestHeader) {
  PageBuilder b;
  b.Add("전자세금계산서", 900, 50)
      .Add("작성일자", 300, 900).Add("공급가액", 850, 900).Add("세액", 1470, 900)
      .Add("수정사유", 1980, 900)
      .Add("2026.08.20", 260, 980).Add("2,200,000", 1010, 980).Add("220,000", 1590, 980)
      .Add("합계금액", 300, 1100).Add("2,420,000", 380, 1180);
  Document doc = Extract(DocType::kTaxInvoice, b.page);
  EXPECT_EQ(Value(doc, "supply_amount"), "2200000");
  EXPECT_EQ(Value(doc, "tax_amount"), "220000");
  EXPECT_EQ(Value(doc, "total_amount"), "2420000");
}

TEST(ExtractTest, TotalsWhoseCaptionsDidNotPrintAreFoundByTheirSum) {
  // The item table's header labels the first item's figures; the totals box below lost its
  // light grey captions on a 1-bit scan, leaving three amounts that add up.
  auto invoice = [](bool second_totals_row) {
    PageBuilder b;
    b.Add("전자세금계산서", 900, 50)
        .Add("일자", 100, 900).Add("품목", 300, 900).Add("수량", 1000, 900)
        .Add("공급가액", 1300, 900).Add("세액", 1800, 900)
        .Add("06.21", 100, 980).Add("디지털", 300, 980).Add("사이니지", 420, 980)
        .Add("1", 1000, 980).Add("4,100,000", 1300, 980).Add("410,000", 1800, 980)
        .Add("06.21", 100, 1060).Add("설치비", 300, 1060).Add("1", 1000, 1060)
        .Add("300,000", 1300, 1060).Add("30,000", 1800, 1060)
        .Add("4,400,000", 200, 1300).Add("원", 380, 1300).Add("440,000", 900, 1300)
        .Add("원", 1050, 1300).Add("4,840,000", 1500, 1300).Add("원", 1680, 1300);
    if (second_totals_row)
      b.Add("1,000,000", 200, 1500).Add("100,000", 900, 1500).Add("1,100,000", 1500, 1500);
    return Extract(DocType::kTaxInvoice, b.page);
  };
  Document doc = invoice(false);
  EXPECT_EQ(Value(doc, "supply_amount"), "4400000");
  EXPECT_EQ(Value(doc, "tax_amount"), "440000");
  EXPECT_EQ(Value(doc, "total_amount"), "4840000");
  // Two rows that add up: neither is taken, and the labelled figures stay (the total they make
  // is reported unsure).
  Document ambiguous = invoice(true);
  EXPECT_EQ(Value(ambiguous, "supply_amount"), "4100000");
  EXPECT_EQ(Value(ambiguous, "total_amount"), "4510000");
  EXPECT_LE(ambiguous.fields["total_amount"].confidence, 0.5f);
}

TEST(ExtractTest, AnItemTableColumnsTotalIsInItsTotalsRow) {
  // The paper invoice form: the date in 년 | 월 | 일 columns under "작성", the item table's
  // header labelling its columns, a totals row headed 합계, then the grand total.
  PageBuilder b;
  b.Add("세금계산서", 900, 50)
      .Add("작성", 100, 700).Add("공급가액", 700, 700).Add("세액", 1300, 700)
      .Add("년", 100, 760).Add("월", 200, 760).Add("일", 280, 760).Add("공란수", 400, 760)
      .Add("2026", 100, 820).Add("09", 200, 820).Add("12", 280, 820).Add("4", 400, 820)
      .Add("월", 100, 900).Add("일", 180, 900).Add("품목", 300, 900).Add("수량", 1000, 900)
      .Add("공급가액", 1300, 900).Add("세액", 1800, 900).Add("비고", 2100, 900)
      .Add("09", 100, 980).Add("12", 180, 980).Add("스마트", 300, 980).Add("POS", 420, 980)
      .Add("1", 1000, 980).Add("4,700,000", 1300, 980).Add("470,000", 1800, 980)
      .Add("09", 100, 1060).Add("12", 180, 1060).Add("설치비", 300, 1060).Add("1", 1000, 1060)
      .Add("200,000", 1300, 1060).Add("20,000", 1800, 1060)
      .Add("합", 100, 1140).Add("_", 140, 1140).Add("계", 180, 1140).Add("4,900,000", 1300, 1140)
      .Add("490,000", 1800, 1140)
      .Add("합계금액", 100, 1220).Add("현금", 500, 1220).Add("수표", 800, 1220)
      .Add("5,390,000", 100, 1300).Add("5,390,000", 500, 1300);
  Document doc = Extract(DocType::kTaxInvoice, b.page);
  EXPECT_EQ(Value(doc, "issue_date"), "2026-09-12");
  // Not the first item (4,700,000), nor it and the next adding up to the column's total.
  EXPECT_EQ(Value(doc, "supply_amount"), "4900000");
  EXPECT_EQ(Value(doc, "tax_amount"), "490000");
  EXPECT_EQ(Value(doc, "total_amount"), "5390000");
}

TEST(ExtractTest, AStatementsTransferIsTheRowWithTheMostFields) {
  // A bank's transaction list: card sales above the transfer, which alone shows the
  // counterpart's bank and account.
  PageBuilder b;
  b.Add("거래내역", 900, 50).Add("조회", 1100, 50)
      .Add("거래일시", 100, 300).Add("적요", 500, 300).Add("받는분/보낸분", 700, 300)
      .Add("출금액(원)", 1100, 300).Add("잔액(원)", 1400, 300).Add("상대계좌번호", 1800, 300)
      .Add("2026.06.24", 100, 380).Add("카드매출", 500, 380).Add("삼성카드", 700, 380)
      .Add("161,100", 1400, 380)
      .Add("2026.06.23", 100, 460).Add("인터넷이체", 500, 460).Add("큐알오더(주)", 700, 460)
      .Add("1,782,000", 1100, 460).Add("5,154,970", 1400, 460)
      .Add("313-664972-88585", 1800, 460)
      .Add("2026.06.22", 100, 540).Add("체크카드", 500, 540).Add("다이소", 700, 540)
      .Add("39,200", 1100, 540).Add("6,936,970", 1400, 540);
  Document doc = Extract(DocType::kTransferReceipt, b.page);
  EXPECT_EQ(Value(doc, "payee_name"), "큐알오더(주)");
  EXPECT_EQ(Value(doc, "amount"), "1782000");
  EXPECT_EQ(Value(doc, "payee_account"), "31366497288585");
  EXPECT_EQ(Value(doc, "transfer_date"), "2026-06-23");
}

TEST(ExtractTest, ABankOrAnAccountNumberIsNoOnesName) {
  // A photo of a mobile slip: the payee's name under its label unreadable, the bank heading
  // read in its place; the sender's name read as the account below it with a particle.
  PageBuilder b;
  b.Add("하나은행", 100, 50)
      .Add("주식회사", 100, 150).Add("사이니지코리아님에게", 230, 150)
      .Add("이체를", 100, 300).Add("완료했습니다", 250, 300)
      .Add("받는", 100, 450).Add("분", 200, 450).Add("하나은행", 500, 450)
      .Add("보내는", 100, 550).Add("분", 220, 550).Add("1000-087-226518를", 500, 550);
  Document doc = Extract(DocType::kTransferReceipt, b.page);
  EXPECT_EQ(Value(doc, "payee_name"), "주식회사 사이니지코리아");
  EXPECT_EQ(Value(doc, "sender_name"), "<missing>");
}

TEST(ExtractTest, AStopOrDashAfterANameIsNotPartOfIt) {
  PageBuilder b;
  b.Add("통장사본", 900, 50).Add("예금주", 100, 300).Add("주식회사", 400, 300)
      .Add("디지털스토어,", 560, 300);
  EXPECT_EQ(Value(Extract(DocType::kBankbookCopy, b.page), "account_holder"), "주식회사 디지털스토어");
  PageBuilder dash;
  dash.Add("통장사본", 900, 50).Add("예금주", 100, 300).Add("(주)스마트포스-'", 400, 300);
  EXPECT_EQ(Value(Extract(DocType::kBankbookCopy, dash.page), "account_holder"), "(주)스마트포스");
}

TEST(ExtractTest, ASpeckBeforeTheFiguresIsNoAmount) {
  // A photo of a slip: a mark at the picture's edge read as "1", far left of the amount.
  PageBuilder b;
  b.Add("주식회사", 300, 150).Add("한빛정보통신님에게", 430, 150)
      .Add("1", 18, 220, 0.17f).Add("1,122,000", 320, 220).Add("원", 610, 220)
      .Add("이체를", 340, 300).Add("완료했습니다", 450, 300);
  Document doc = Extract(DocType::kTransferReceipt, b.page);
  EXPECT_EQ(Value(doc, "amount"), "1122000");

  // The mark on a row of its own between the figures and the sentence under them.
  PageBuilder own_row;
  own_row.Add("주식회사", 300, 150).Add("한빛정보통신님에게", 430, 150)
      .Add("1,353,000", 320, 210).Add("원", 610, 210)
      .Add("1", 18, 262, 0.3f)
      .Add("이체를", 340, 300).Add("완료했습니다", 450, 300);
  EXPECT_EQ(Value(Extract(DocType::kTransferReceipt, own_row.page), "amount"), "1353000");
}

TEST(ExtractTest, AnUnreadTotalIsTheSumOfTheReadParts) {
  PageBuilder b;
  b.Add("전자세금계산서", 900, 50)
      .Add("공급가액", 300, 900).Add("세액", 900, 900)
      .Add("2,182,727", 300, 980, 0.8f).Add("218,273", 900, 980, 0.9f)
      .Add("합계금액", 300, 1100);  // its figure lost in the photo
  Document doc = Extract(DocType::kTaxInvoice, b.page);
  EXPECT_EQ(Value(doc, "total_amount"), "2401000");
  // Never sure: a glyph misread in one part is often misread in the other.
  EXPECT_LE(doc.fields["total_amount"].confidence, 0.5f);
  EXPECT_TRUE(doc.fields["total_amount"].bbox.empty());

  PageBuilder part;
  part.Add("전자세금계산서", 900, 50).Add("공급가액", 300, 900).Add("합계금액", 900, 900)
      .Add("2,200,000", 300, 980).Add("2,420,000", 900, 980);
  Document tax = Extract(DocType::kTaxInvoice, part.page);
  EXPECT_EQ(Value(tax, "tax_amount"), "220000");
}

TEST(ExtractTest, AMisreadTotalIsTheSumOfThePartsPrintedElsewhere) {
  // The totals row came out as scraps on a photo; the figure the parts make is printed below,
  // a comma lost ("4.180000").
  PageBuilder b;
  b.Add("전자세금계산서", 900, 50)
      .Add("공급가액", 300, 900).Add("세액", 900, 900)
      .Add("3,800,000", 300, 980, 0.8f).Add("380,000", 900, 980, 0.9f)
      .Add("합계금액", 300, 1100).Add("98", 600, 1100).Add("986", 700, 1100)
      .Add("4.180000", 300, 1180, 0.7f);
  Document doc = Extract(DocType::kTaxInvoice, b.page);
  EXPECT_EQ(Value(doc, "total_amount"), "4180000");
  EXPECT_EQ(doc.fields["total_amount"].bbox.y, 1180);
  EXPECT_GE(doc.fields["total_amount"].confidence, 0.97f);  // three reads agree

  // Nothing on the page makes the rule pass: the read stands, unsure.
  PageBuilder none;
  none.Add("전자세금계산서", 900, 50)
      .Add("공급가액", 300, 900).Add("세액", 900, 900)
      .Add("3,800,000", 300, 980, 0.8f).Add("380,000", 900, 980, 0.9f)
      .Add("합계금액", 300, 1100).Add("981,986", 600, 1100);
  Document unsure = Extract(DocType::kTaxInvoice, none.page);
  EXPECT_EQ(Value(unsure, "total_amount"), "981986");
  EXPECT_LT(unsure.fields["total_amount"].confidence, 0.9f);
}

// A comma read as a space splits the supply amount ("3 727.273"), and a bare digit before
// grouped figures is taken for a speck: the total and the tax say what it is, and the page
// prints it, in two words.
TEST(ExtractTest, ASumSplitInTwoWordsIsTheFigureThePartsMake) {
  PageBuilder b;
  b.Add("전자세금계산서", 900, 50)
      .Add("공급가액", 300, 900).Add("세액", 900, 900)
      .Add("3", 300, 980, 0.83f).Add("727.273", 345, 980, 0.83f).Add("372.727", 900, 980, 0.84f)
      .Add("합계금액", 300, 1100).Add("4,100,000", 300, 1180, 0.9f);
  Document doc = Extract(DocType::kTaxInvoice, b.page);
  EXPECT_EQ(Value(doc, "supply_amount"), "3727273");
  EXPECT_EQ(doc.fields["supply_amount"].bbox.x, 300);

  // Two cells a column apart are two figures, not one.
  PageBuilder apart;
  apart.Add("전자세금계산서", 900, 50)
      .Add("공급가액", 300, 900).Add("세액", 900, 900)
      .Add("3", 300, 980, 0.83f).Add("727.273", 600, 980, 0.83f).Add("372.727", 900, 980, 0.84f)
      .Add("합계금액", 300, 1100).Add("4,100,000", 300, 1180, 0.9f);
  EXPECT_EQ(Value(Extract(DocType::kTaxInvoice, apart.page), "supply_amount"), "727273");
}

TEST(ExtractTest, AnAmountDoesNotRunOnThroughTableRulesIntoTheNextCell) {
  // 합계금액 | 현금 | 수표 | 어음 | 외상미수금, and below it the total and the credit column,
  // commas read as full stops and the rules between the cells as strokes.
  PageBuilder b;
  b.Add("전자세금계산서", 900, 50).Add("합계금액", 300, 1188).Add("현금", 605, 1188)
      .Add("수표", 812, 1188).Add("외상미수금", 1176, 1188)
      .Add("1.210,000", 373, 1246).Add(",", 517, 1250).Add("|", 739, 1250).Add("|", 932, 1250)
      .Add("1.210.000", 1201, 1246);
  EXPECT_EQ(Value(Extract(DocType::kTaxInvoice, b.page), "total_amount"), "1210000");
}

TEST(ExtractTest, GuaranteePeriodAndAmountInWords) {
  PageBuilder b;
  b.Add("지급보증보험증권", 800, 50)
      .Add("보험가입금액", 100, 400).Add("금", 500, 400).Add("이백삼십일만원정", 560, 400)
      .Add("보험기간", 100, 500).Add("2026년", 500, 500).Add("04월", 650, 500).Add("01일", 760, 500)
      .Add("부터", 860, 500).Add("2027년", 960, 500).Add("03월", 1110, 500).Add("31일", 1220, 500)
      .Add("까지", 1320, 500)
      .Add("피보험자", 100, 600).Add("소상공인시장진흥공단", 500, 600);
  Document doc = Extract(DocType::kGuaranteePolicy, b.page);
  EXPECT_EQ(Value(doc, "insured_amount"), "2310000");
  EXPECT_EQ(Value(doc, "start_date"), "2026-04-01");
  EXPECT_EQ(Value(doc, "end_date"), "2027-03-31");
  EXPECT_EQ(Value(doc, "insured"), "소상공인시장진흥공단");
}

TEST(ExtractTest, InsuredAgencyMisreadIsReportedAsTheKnownName) {
  for (const char* read : {"소상공인시장진홍공단", "소상공인지징진웅공단", "소상공인시장진흥공단"}) {
    SCOPED_TRACE(read);
    PageBuilder b;
    b.Add("피보험자", 100, 300).Add(read, 500, 300);
    EXPECT_EQ(Value(Extract(DocType::kGuaranteePolicy, b.page), "insured"), "소상공인시장진흥공단");
  }
  // Another name, or a sentence naming the agency, is left as read.
  PageBuilder other;
  other.Add("피보험자", 100, 300).Add("중소벤처기업진흥공단", 500, 300);
  EXPECT_EQ(Value(Extract(DocType::kGuaranteePolicy, other.page), "insured"), "중소벤처기업진흥공단");
}

TEST(ExtractTest, ASentenceAfterALabelWordIsNotAName) {
  PageBuilder b;
  b.Add("위", 100, 300).Add("계좌는", 160, 300).Add("예금주", 330, 300).Add("명의의", 470, 300)
      .Add("계좌임을", 620, 300).Add("확인합니다.", 800, 300);
  EXPECT_EQ(Value(Extract(DocType::kBankbookCopy, b.page), "account_holder"), "<missing>");
  PageBuilder glued;
  glued.Add("예금주", 100, 300).Add("(주)스마트포스귀하", 500, 300);
  EXPECT_EQ(Value(Extract(DocType::kBankbookCopy, glued.page), "account_holder"), "(주)스마트포스");
  for (const char* honorific : {"귀ㅎ-", "귀히", "귀"}) {
    PageBuilder misread;
    misread.Add("예금주", 100, 300).Add("주식회사", 500, 300).Add("디지털스토어", 640, 300)
        .Add(honorific, 860, 300);
    EXPECT_EQ(Value(Extract(DocType::kBankbookCopy, misread.page), "account_holder"),
              "주식회사 디지털스토어")
        << honorific;
  }
}

TEST(ExtractTest, HeaderRowOfLabelsTakesTheValuesBelow) {
  PageBuilder b;
  b.Add("입금받는분", 100, 300).Add("입금은행", 500, 300).Add("입금계좌번호", 900, 300)
      .Add("송금액", 1400, 300);
  b.Add("로봇서브(주)", 100, 380).Add("하나은행", 500, 380).Add("093-005206-37972", 900, 380)
      .Add("750,000원", 1400, 380);
  Document doc = Extract(DocType::kTransferReceipt, b.page);
  EXPECT_EQ(Value(doc, "payee_name"), "로봇서브(주)");  // not the header "입금은행"
  EXPECT_EQ(Value(doc, "payee_account"), "09300520637972");
  EXPECT_EQ(Value(doc, "amount"), "750000");

  // The next cell's amount starts right after the account's gap.
  PageBuilder glued;
  glued.Add("입금계좌번호", 900, 300).Add("093-005206-37972", 900, 380).Add("1.023,000", 1230, 380);
  EXPECT_EQ(Value(Extract(DocType::kTransferReceipt, glued.page), "payee_account"), "09300520637972");
}

TEST(ExtractTest, LooseLabelMatchLosesToTheFormPhrasePrintedThere) {
  PageBuilder b;
  b.Add("출금계좌번호", 100, 300).Add("381-0-1686-87", 500, 300);
  b.Add("입금계좌번호", 100, 400).Add("1001-214-556622", 500, 400);
  EXPECT_EQ(Value(Extract(DocType::kTransferReceipt, b.page), "payee_account"), "1001214556622");
}

TEST(ExtractTest, TheRowBelowALabelIsNotAnotherLabelsLine) {
  PageBuilder b;
  b.Add("이체금액", 100, 300).Add("수수료", 100, 380).Add("0원", 500, 380);
  EXPECT_EQ(Value(Extract(DocType::kTransferReceipt, b.page), "amount"), "<missing>");
}

TEST(ExtractTest, MissingLabelGivesNoField) {
  PageBuilder b;
  b.Add("통장사본", 800, 100).Add("안녕하세요", 100, 500);
  Document doc = Extract(DocType::kBankbookCopy, b.page);
  EXPECT_EQ(doc.fields.count("account_number"), 0u);
  EXPECT_EQ(doc.fields.count("account_holder"), 0u);
}

TEST(ExtractTest, XmlInvoiceByXPathIgnoresTheSubPlaceCode) {
  const std::string xml = R"(<?xml version="1.0" encoding="UTF-8"?>
<TaxInvoice xmlns="urn:kr:or:kec:standard:Tax:ReusableAggregateBusinessInformationEntitySchemaModule:1:0">
  <TaxInvoiceDocument><IssueID>20260512410000123a4b5c6d</IssueID><IssueDateTime>20260512</IssueDateTime></TaxInvoiceDocument>
  <TaxInvoiceTradeSettlement>
    <InvoicerParty><ID>1208147521</ID><NameText>(주)스마트포스</NameText>
      <SpecifiedOrganization><TaxRegistrationID>0001</TaxRegistrationID></SpecifiedOrganization></InvoicerParty>
    <InvoiceeParty><ID>1234567891</ID></InvoiceeParty>
    <SpecifiedMonetarySummation><ChargeTotalAmount>3000000</ChargeTotalAmount>
      <TaxTotalAmount>300000</TaxTotalAmount><GrandTotalAmount>3300000</GrandTotalAmount></SpecifiedMonetarySummation>
  </TaxInvoiceTradeSettlement>
</TaxInvoice>)";
  EXPECT_EQ(XmlRootName(xml), "TaxInvoice");
  Document doc;
  ASSERT_TRUE(ExtractXmlFields(*Knowledge::Default().Find(DocType::kTaxInvoice), xml, &doc).ok());
  EXPECT_EQ(Value(doc, "supplier_brn"), "1208147521");
  EXPECT_EQ(Value(doc, "buyer_brn"), "1234567891");
  EXPECT_EQ(Value(doc, "issue_date"), "2026-05-12");
  EXPECT_EQ(Value(doc, "approval_number"), "20260512410000123a4b5c6d");
  EXPECT_EQ(Value(doc, "total_amount"), "3300000");
  EXPECT_FLOAT_EQ(doc.fields["total_amount"].confidence, 1.0f);
}


// The signature check looks at the page's pixels around the signature label. The page here
// is drawn: printed words are blocks of glyph-like bars inside their boxes.
class SignatureTest : public ::testing::Test {
 protected:
  void SetUp() override {
    page_.reset(pixCreate(2000, 1000, 32));
    pixSetAllArbitrary(page_.get(), 0xebebeb00);  // scanned paper is not pure white
    PrintWord("검수자", 100, 500);
    PrintWord("홍길동", 400, 500);
    PrintWord("(서명)", 700, 500);
  }

  void PrintWord(const std::string& text, int x, int y) {
    builder_.Add(text, x, y);
    const BBox& box = builder_.page.words.back().bbox;
    for (int bar = box.x + 2; bar + 3 < box.x + box.w; bar += 9)
      pixRasterop(page_.get(), bar, box.y + 4, 3, box.h - 8, PIX_CLR, nullptr, 0, 0);
  }

  // A pen stroke: a wave of the given colour, 3 px thick, from x0 to x1 around row y.
  void Stroke(int x0, int x1, int y, uint32_t rgb) {
    l_int32 r = rgb >> 16 & 0xff, g = rgb >> 8 & 0xff, b = rgb & 0xff;
    for (int x = x0; x < x1; ++x) {
      int cy = y + static_cast<int>(std::lround(18 * std::sin(x / 14.0)));
      for (int dy = -1; dy <= 1; ++dy) pixSetRGBPixel(page_.get(), x, cy + dy, r, g, b);
    }
  }

  std::string Signed() {
    Document doc;
    doc.pages.push_back(builder_.page);
    PageContext ctx;
    ctx.image = page_.get();
    ExtractFields(*Knowledge::Default().Find(DocType::kInspectionForm), {ctx}, nullptr, {},
                  &doc);
    return Value(doc, "signed");
  }

  PageBuilder builder_;
  PixPtr page_;
};

TEST_F(SignatureTest, PrintedSignatureMarkAloneIsNotASignature) { EXPECT_EQ(Signed(), "false"); }

TEST_F(SignatureTest, PenStrokeAcrossThePrintedMarkIsASignature) {
  Stroke(680, 900, 520, 0x202060);  // starts on the printed "(서명)" and leaves it
  EXPECT_EQ(Signed(), "true");
}

TEST_F(SignatureTest, RedSealBesideTheMarkIsASignature) {
  for (int a = 0; a < 720; ++a) {  // a ring of red ink, 50 px across
    double t = a * M_PI / 360;
    for (int r = 22; r <= 25; ++r)
      pixSetRGBPixel(page_.get(), 900 + static_cast<int>(r * std::cos(t)),
                     520 + static_cast<int>(r * std::sin(t)), 210, 50, 45);
  }
  EXPECT_EQ(Signed(), "true");
}

TEST_F(SignatureTest, CellBorderThroughTheAreaIsNotASignature) {
  // The ruling line under the row and the border to the next cell are table, not ink.
  pixRasterop(page_.get(), 0, 555, 2000, 3, PIX_CLR, nullptr, 0, 0);
  pixRasterop(page_.get(), 1200, 440, 3, 140, PIX_CLR, nullptr, 0, 0);
  EXPECT_EQ(Signed(), "false");
}

// One box per signer side by side, each headed by its caption in a strip of its own ("확 인 자
// (소상공인)" over "성명 : 정서연" and the place to sign); a "(서명)" printed in grey there, which
// the page read gives back as unsure scraps.
class SignerBoxTest : public SignatureTest {
 protected:
  void SetUp() override {
    page_.reset(pixCreate(2000, 1000, 32));
    pixSetAllArbitrary(page_.get(), 0xebebeb00);
    for (int table = 0; table < 2; ++table) {
      const int x = 100 + table * 900;
      grid_.cells.push_back(TableCell{BBox{x, 300, 700, 80}, table, 0, 0, 1, 1});
      grid_.cells.push_back(TableCell{BBox{x, 384, 700, 280}, table, 1, 0, 1, 1});
    }
    grid_.table_count = 2;
    PrintWord("검수자", 300, 320);
    PrintWord("확인자", 1200, 320);
    PrintWord("성명", 1040, 420);
    PrintWord("정서연", 1140, 420);
    // The grey mark: lighter bars, read as scraps at no confidence.
    builder_.Add("며잉", 1500, 580, 0.0f);
    const BBox& mark = builder_.page.words.back().bbox;
    for (int bar = mark.x + 2; bar + 3 < mark.x + mark.w; bar += 9)
      for (int y = mark.y + 4; y < mark.y + mark.h - 4; ++y)
        for (int dx = 0; dx < 3; ++dx) pixSetRGBPixel(page_.get(), bar + dx, y, 112, 112, 112);
  }

  std::string Signed() {
    Document doc;
    doc.pages.push_back(builder_.page);
    PageContext ctx{page_.get(), &grid_, 300};
    ExtractFields(*Knowledge::Default().Find(DocType::kInspectionForm), {ctx}, nullptr, {}, &doc);
    return Value(doc, "signed");
  }

  TableGrid grid_;
};

TEST_F(SignerBoxTest, TheGreyMarkAloneInTheBoxIsNoSignature) { EXPECT_EQ(Signed(), "false"); }

TEST_F(SignerBoxTest, ASignatureInTheBoxUnderTheCaption) {
  Stroke(1300, 1520, 520, 0x202060);
  EXPECT_EQ(Signed(), "true");
}

// --- Label second look, with the real Tesseract on a rendered page ---------------------------

// Something printed on a rendered page, and what the page read made of it.
struct Printed {
  double x, y;
  const char* printed;
  const char* read;
};

// A 300-dpi page with `items` printed, and its page read: the words as `read` says, at the
// places they were drawn (each 0.6 sure).
class SecondLookOnAPage : public WithTesseract {
 protected:
  void Print(const std::vector<Printed>& items, int width = 2100, int height = 700) {
    Canvas canvas(width, height, 300);
    for (const Printed& item : items) {
      canvas.Text(item.x, item.y, item.printed);
      auto [w, h] = canvas.Extent(item.printed);
      Word word;
      word.text = item.read;
      word.confidence = 0.6f;
      word.bbox = BBox{static_cast<int>(item.x), static_cast<int>(item.y),
                       static_cast<int>(w), static_cast<int>(h)};
      page_.words.push_back(word);
    }
    for (const TableCell& cell : grid_.cells) {
      const BBox& c = cell.box;
      canvas.Line(c.x, c.y, c.x + c.w, c.y);
      canvas.Line(c.x, c.y + c.h, c.x + c.w, c.y + c.h);
      canvas.Line(c.x, c.y, c.x, c.y + c.h);
      canvas.Line(c.x + c.w, c.y, c.x + c.w, c.y + c.h);
    }
    image_ = canvas.ToPix();
  }

  Document Extract(DocType type, OcrEngine* ocr) {
    Document doc;
    doc.pages.push_back(page_);
    doc.pages.back().source = Source::kOcr;
    PageContext ctx{image_.get(), grid_.empty() ? nullptr : &grid_, 300};
    ExtractFields(*Knowledge::Default().Find(type), {ctx}, ocr, {}, &doc);
    return doc;
  }

  Page page_;
  PixPtr image_;
  TableGrid grid_;
};

// A numbered list form whose first label is letter-spaced to line up with the longer ones.
// The page read is replaced by the misreading seen on such forms ("1. 상      호" read as
// "128 호"); only a re-read of the key region can find the shop name.
class KeySecondLook : public SecondLookOnAPage {
 protected:
  void SetUp() override {
    Print({
        {200, 150, "1.", "12"},  {290, 150, "상", "8"},  {560, 150, "호", "호"},
        {760, 150, ":", ":"},    {820, 150, "늘봄포차", "늘봄포차"},
        {200, 300, "2.", "2."},  {290, 300, "대", "대"}, {425, 300, "표", "표"},
        {560, 300, "자", "자"},  {760, 300, ":", ":"},   {820, 300, "박지유", "박지유"},
    });
    // "1." and "상" were read as one word.
    page_.words[0].text = "128";
    page_.words[0].bbox.w = page_.words[1].bbox.x + page_.words[1].bbox.w - page_.words[0].bbox.x;
    page_.words.erase(page_.words.begin() + 1);
  }
  Document Extract(OcrEngine* ocr) { return SecondLookOnAPage::Extract(DocType::kInspectionForm, ocr); }
};

TEST_F(KeySecondLook, MisreadKeyIsReadAgainAndItsValueTaken) {
  EXPECT_EQ(Value(Extract(nullptr), "shop_name"), "<missing>") << "the fixture must need a re-read";
  Document doc = Extract(engine_);
  EXPECT_EQ(Value(doc, "shop_name"), "늘봄포차");
  EXPECT_EQ(Value(doc, "shop_owner"), "박지유");
}

// A key read alone that is a label but for one slip ("상호" in a serif face read 성호) is that
// label, when no other label is as close: here the page prints the slip itself.
TEST_F(SecondLookOnAPage, AKeyReadOneSlipOffALabelIsThatLabel) {
  Print({{200, 150, "성호", "8우"}, {760, 150, ":", ":"}, {820, 150, "늘봄포차", "늘봄포차"}});
  EXPECT_EQ(Value(Extract(DocType::kInspectionForm, nullptr), "shop_name"), "<missing>");
  EXPECT_EQ(Value(Extract(DocType::kInspectionForm, engine_), "shop_name"), "늘봄포차");
}

// A key whose faint first syllable the page read lost ("니는 분" of 보내는 분 in grey print on a
// photo) is read again with room on its left for it.
TEST_F(SecondLookOnAPage, AKeysLostFirstSyllableIsReadAgain) {
  Print({{200, 150, "보", "보"}, {248, 150, "내는", "니는"}, {350, 150, "분", "분"},
         {700, 150, "우리동네카페", "우리동네카페"}});
  page_.words.erase(page_.words.begin());
  EXPECT_EQ(Value(Extract(DocType::kTransferReceipt, nullptr), "sender_name"), "<missing>");
  EXPECT_EQ(Value(Extract(DocType::kTransferReceipt, engine_), "sender_name"), "우리동네카페");
}

// A value beside its label that the page read garbled past parsing ("2026004-01~…") is read
// again where it stands, not in a strip to the page's edge that takes in the lines close
// above and below.
TEST_F(SecondLookOnAPage, AnUnreadValueIsReadAgainBesideItsLabel) {
  Print({{200, 150, "보험기간", "보험기간"}, {700, 150, ":", ":"},
         {760, 150, "2026-04-01 ~ 2027-03-31", "2026004-01~2027-0"},
         {1300, 100, "보험료 납입 2026-03-30", "보험료 납입 2026-03-30"},
         {1300, 200, "증권 발행 2026-03-31", "증권 발행 2026-03-31"}});
  EXPECT_EQ(Value(Extract(DocType::kGuaranteePolicy, nullptr), "start_date"), "<missing>");
  Document doc = Extract(DocType::kGuaranteePolicy, engine_);
  EXPECT_EQ(Value(doc, "start_date"), "2026-04-01");
  EXPECT_EQ(Value(doc, "end_date"), "2027-03-31");
}

// A value under its caption in a header row that the page read garbled ("202001022" for
// 2026. 11. 22.) is read again under the caption, not beside it among the other captions.
TEST_F(SecondLookOnAPage, AnUnreadValueUnderAHeaderRowCaptionIsReadThere) {
  Print({{200, 150, "작성일자", "작성일자"}, {700, 150, "공급가액", "공급가액"},
         {1200, 150, "세액", "세액"},
         {200, 260, "2026. 11. 22.", "202001022"}, {700, 260, "1,600,000", "1,600,000"},
         {1200, 260, "160,000", "160,000"}});
  EXPECT_EQ(Value(Extract(DocType::kTaxInvoice, nullptr), "issue_date"), "<missing>");
  EXPECT_EQ(Value(Extract(DocType::kTaxInvoice, engine_), "issue_date"), "2026-11-22");
}

// A name the page read lost in the cell right of its label's is read in that cell.
// A passbook's cover names the holder's label only in its notes ("재발행은 예금주 본인이 …"):
// what follows is the sentence, kept unsure on the page — and read again cleanly it is still
// no better evidence of a holder's name.
TEST_F(SecondLookOnAPage, ANameAfterALabelInASentenceStaysUnsureReadAgain) {
  Canvas measure(10, 10, 300);
  std::vector<Printed> items = {{100, 60, "통장사본", "통장사본"}};
  double x = 100;
  for (const char* word : {"3.", "재발행은", "예금주", "본인이", "신분증을", "가지고", "방문하여"}) {
    items.push_back({x, 300, word, word});
    x += measure.Extent(word).first + 25;
  }
  Print(items);
  Document doc = Extract(DocType::kBankbookCopy, engine_);
  ASSERT_TRUE(doc.fields.count("account_holder"));
  EXPECT_LT(doc.fields["account_holder"].confidence, 0.6f) << doc.fields["account_holder"].value;
}

TEST_F(SecondLookOnAPage, ANameUnreadInTheCellRightOfItsLabelIsReadThere) {
  grid_.cells = {TableCell{BBox{150, 100, 400, 120}, 0, 0, 0},
                 TableCell{BBox{550, 100, 900, 120}, 0, 0, 1}};
  grid_.table_count = 1;
  Print({{250, 130, "상호", "상호"}, {600, 130, "청춘떡집", "4204"}});
  EXPECT_EQ(Value(Extract(DocType::kInspectionForm, nullptr), "shop_name"), "<missing>");
  EXPECT_EQ(Value(Extract(DocType::kInspectionForm, engine_), "shop_name"), "청춘떡집");
}

}  // namespace docval

namespace docval {
namespace {

// Words of one printed line, left to right, a normal word space apart.
void Line(PageBuilder* b, std::initializer_list<const char*> words, int y, int x = 100) {
  for (const char* w : words) {
    b->Add(w, x, y);
    x += 25 * static_cast<int>(std::string(w).size()) / 3 + 10 + 12;
  }
}

}  // namespace

TEST(ExtractTest, TwinPanelsTakeTheirSectionFromTheHeadingOverTheirColumn) {
  PageBuilder b;
  b.Add("전자세금계산서", 100, 50);
  Line(&b, {"(공급받는자", "보관용)"}, 120);  // nearer the supplier's labels than its heading
  b.Add("공급자", 500, 200).Add("공급받는자", 1500, 200);
  b.Add("등록번호", 100, 300).Add("종사업장번호", 600, 300).Add("등록번호", 1100, 300)
      .Add("종사업장번호", 1600, 300);
  b.Add("240-88-62048", 100, 360).Add("0009", 600, 360).Add("229-16-42150", 1100, 360);
  Document doc = Extract(DocType::kTaxInvoice, b.page);
  EXPECT_EQ(Value(doc, "supplier_brn"), "2408862048");
  EXPECT_EQ(Value(doc, "buyer_brn"), "2291642150");
}

TEST(ExtractTest, ALabelMeansTheSenderOnlyInTheWithdrawalSection) {
  PageBuilder b;
  Line(&b, {"즉시이체", "결과조회"}, 50);
  b.Add("출금계좌번호", 100, 200).Add(":", 330, 200).Add("052-542447-33-539", 360, 200)
      .Add("예금주명", 900, 200).Add(":", 1020, 200).Add("별빛카페", 1060, 200);
  Document doc = Extract(DocType::kTransferReceipt, b.page);
  EXPECT_EQ(Value(doc, "sender_name"), "별빛카페");

  // Beside the account money went to, the same label is the payee's.
  PageBuilder to;
  Line(&to, {"즉시이체", "결과조회"}, 50);
  to.Add("입금계좌번호", 100, 200).Add(":", 330, 200).Add("093-005206-37972", 360, 200)
      .Add("예금주명", 900, 200).Add(":", 1020, 200).Add("로봇서브", 1060, 200);
  EXPECT_EQ(Value(Extract(DocType::kTransferReceipt, to.page), "sender_name"), "<missing>");
}

// A proof-of-insurance letter names everything in sentences (words as a text layer gives them).
TEST(ExtractTest, ABanksLetterNamesTheTransferInSentences) {
  PageBuilder b;
  Line(&b, {"이체확인서"}, 50, 800);
  Line(&b, {"발급일시", "2026.06.21", "09:12"}, 150);  // the letter's own stamp
  Line(&b, {"귀하께서", "2026년", "06월", "20일", "13:59:43에", "당행", "전자금융을", "통하여"}, 250);
  Line(&b, {"1.", "의뢰인", "바다안경", "님의", "IBK기업은행", "계좌(041-******-09-012)에서", "금",
            "792,000원(금"}, 350);
  Line(&b, {"칠십구만이천원정)이", "출금되었습니다."}, 410);
  Line(&b, {"2.", "위", "금액은", "같은", "날", "받는", "분", "새봄식당의", "IBK기업은행", "계좌"}, 500);
  Line(&b, {"073-596453-76-147(으)로", "입금되었으며,", "받는", "분", "통장에는", "표시됩니다."}, 560);
  Document doc = Extract(DocType::kTransferReceipt, b.page);
  // The sum in figures and in words that agree; the date stamped with a time of day; the
  // account after the caption ending its line; names without their honorific or possessive.
  EXPECT_EQ(Value(doc, "amount"), "792000");
  EXPECT_EQ(Value(doc, "transfer_date"), "2026-06-20");
  EXPECT_EQ(Value(doc, "payee_account"), "07359645376147");
  EXPECT_EQ(Value(doc, "sender_name"), "바다안경");
  EXPECT_EQ(Value(doc, "payee_name"), "새봄식당");

  // Figures misread with a glyph before them ("11980,000", unreadable as an amount) still
  // agree with the words after them; a list number before the words is no sum.
  PageBuilder misread;
  Line(&misread, {"이체확인서"}, 50, 800);
  Line(&misread, {"1.", "의뢰인", "온오더의하나", "은행", "계좌에서", "금", "11980,000", "원", "(", "금"}, 350);
  Line(&misread, {"일", "백", "구", "십", "팔", "만", "원", "정", ")", "이", "출금되었습니다."}, 410);
  // The bank after a name read "18" for IBK, or glued on ("온오더의하나"): a company named with
  // its form in front ends in no possessive, nor does any name run on into a bank.
  Line(&misread, {"2.", "받는", "분", "(주)디지털스토어의", "18", "기업은행", "계좌"}, 500);
  doc = Extract(DocType::kTransferReceipt, misread.page);
  EXPECT_EQ(Value(doc, "amount"), "1980000");
  EXPECT_EQ(Value(doc, "payee_name"), "(주)디지털스토어");
  EXPECT_EQ(Value(doc, "sender_name"), "온오더");
}

// A policy's one sum as OCR read a screenshot of it (boxes as Tesseract gave them): the caption
// in the left column; in the cell right of it the figures, which the guard's asterisks took
// apart ("*~*~2 849 ,000^" for ₩***2,849,000*), over the same sum in words. Figures that
// disagree with the words are never a sure value: they are the words (when the figures are the
// words' tail, their first digits lost) or they stay, unsure, for a person to look at.
TEST(ExtractTest, FiguresThatDisagreeWithTheSumInWordsAreNoSureValue) {
  auto policy = [](std::vector<std::pair<const char*, int>> figures) {
    Page page;
    auto add = [&](const char* text, int x, int y, int w, int h, float conf) {
      Word word;
      word.text = text;
      word.confidence = conf;
      word.bbox = BBox{x, y, w, h};
      page.words.push_back(word);
    };
    add("보증보험증권", 900, 500, 600, 60, 0.93f);
    for (auto [text, x] : figures) add(text, x, 1536, 30 * static_cast<int>(std::string(text).size()) / 2, 52, 0.9f);
    int x = 252;
    for (const char* c : {"가", "입", "금", "액"}) add(c, x, 1581, 34, 39, 0.9f), x += 110;
    x = 735;
    for (const char* c : {"(", "금", "이", "백", "팔", "십", "사", "만", "구", "천"}) add(c, x, 1620, 30, 35, 0.93f), x += 33;
    add("원정)", x, 1618, 76, 39, 0.97f);
    Document doc;
    doc.pages.push_back(page);
    ExtractFields(*Knowledge::Default().Find(DocType::kGuaranteePolicy), {}, nullptr, {}, &doc);
    return doc;
  };
  Document apart = policy({{"뷰", 730}, {"*~*~2", 807}, {"849", 951}, {",000^", 1044}});
  ASSERT_NE(Value(apart, "insured_amount"), "<missing>");
  if (Value(apart, "insured_amount") != "2849000")
    EXPECT_LT(apart.fields["insured_amount"].confidence, 0.5f) << Value(apart, "insured_amount");

  Document lost = policy({{"₩***", 730}, {"849,000*", 900}});
  EXPECT_EQ(Value(lost, "insured_amount"), "2849000");

  Document other = policy({{"₩2,489,000", 730}});
  ASSERT_EQ(Value(other, "insured_amount"), "2489000");
  EXPECT_LT(other.fields["insured_amount"].confidence, 0.5f);

  Document agreeing = policy({{"₩2,849,000", 730}});
  ASSERT_EQ(Value(agreeing, "insured_amount"), "2849000");
  EXPECT_GT(agreeing.fields["insured_amount"].confidence, 0.5f);
}

// The NTS form's parties side by side, their vertical headings (공급자 | 공급받는자) lost to
// specks and the buyer's caption read "0008 어": the number right of the supplier's in their
// row is the buyer's, when it passes its check digit ("=" for a hyphen).
TEST(ExtractTest, TheBuyersNumberIsRightOfTheSuppliersWhenItsCaptionIsLost) {
  PageBuilder b;
  Line(&b, {"전자세금계산서", "승인번호"}, 50);
  Line(&b, {"등", "록", "번호", "|", "251-86-89553", "0008", "어", "270-05=95571"}, 150);
  Line(&b, {"작성일자", "공급가액", "세액"}, 300);
  Document doc = Extract(DocType::kTaxInvoice, b.page);
  EXPECT_EQ(Value(doc, "supplier_brn"), "2518689553");
  EXPECT_EQ(Value(doc, "buyer_brn"), "2700595571");

  // A number that fails its check digit there is no reading of the buyer's.
  PageBuilder failing;
  Line(&failing, {"전자세금계산서", "승인번호"}, 50);
  Line(&failing, {"등", "록", "번호", "|", "251-86-89553", "0008", "어", "270-05=95572"}, 150);
  EXPECT_EQ(Value(Extract(DocType::kTaxInvoice, failing.page), "buyer_brn"), "<missing>");
}

// A policy overprinted out of register: its spaced captions are read with specks between the
// syllables ("보 ~ 혐 기 > 간"), and the caption between the sum in figures and the sum in
// words is garbled with digits of its own ("가 일 90 금"). The words a caption's row below the
// figures still agree with them.
TEST(ExtractTest, ASumsWordsACaptionBelowItsFiguresAgreeWithThem) {
  PageBuilder b;
  Line(&b, {"보", "증", "보", "험", "증", "권"}, 50, 900);
  Line(&b, {"계", "약", "자", "㈜사이니지코리아"}, 200);
  Line(&b, {"불시", "2.940.000”"}, 300, 800);
  Line(&b, {"가", "일", "90", "금", "…", "의"}, 360, 800);
  Line(&b, {"(", "금", "이", "백", "구", "십", "사", "만", "원", "정", ")"}, 420, 700);
  Line(&b, {"보", "~", "혐", "기", ">", "간", "2026-03-23", "00:00", "부터", "2027-03-31", "24:00",
            "까지"}, 500);
  Document doc = Extract(DocType::kGuaranteePolicy, b.page);
  EXPECT_EQ(Value(doc, "insured_amount"), "2940000");
  EXPECT_EQ(Value(doc, "start_date"), "2026-03-23");
  EXPECT_EQ(Value(doc, "end_date"), "2027-03-31");

  // Words that name another sum are no reading of the figures.
  PageBuilder other;
  Line(&other, {"보", "증", "보", "험", "증", "권"}, 50, 900);
  Line(&other, {"불시", "2.940.000”"}, 300, 800);
  Line(&other, {"가", "일", "90", "금", "…", "의"}, 360, 800);
  Line(&other, {"(", "금", "이", "백", "구", "십", "만", "원", "정", ")"}, 420, 700);
  EXPECT_EQ(Value(Extract(DocType::kGuaranteePolicy, other.page), "insured_amount"), "<missing>");

  // Nor do words that lost their first syllables ("일백" of 일백사십육만삼천원정) and so agree
  // with the figures' tail only: a leading "1" is a ₩ misread only right before the words.
  PageBuilder cut;
  Line(&cut, {"보", "증", "보", "험", "증", "권"}, 50, 900);
  Line(&cut, {"₩***1,463,000*"}, 300, 800);
  Line(&cut, {"가", "일", "90", "금", "…", "의"}, 360, 800);
  Line(&cut, {"(", "금", "사", "십", "육", "만", "삼", "천", "원", "정", ")"}, 420, 700);
  EXPECT_NE(Value(Extract(DocType::kGuaranteePolicy, cut.page), "insured_amount"), "463000");
}

// A passbook opened flat: captions down its left half ("계좌번호", "예금주", "신규일"), the
// ledger's column heads across the top of its right half. The right half is no cell beside a
// caption: a holder unread beside its caption is not the ledger's heads.
TEST(ExtractTest, APassbooksLedgerIsNoCellBesideItsCaptions) {
  PageBuilder b;
  b.Add("하나은행", 100, 300);
  Line(&b, {"거래일", "적요", "찾으신금액", "맡기신금액", "잔액"}, 310, 1330);
  b.Add("계좌번호", 350, 630).Add("955-299452-38108", 620, 630)
      .Add("예금주", 350, 756).Add("?", 620, 756, 0.1f)
      .Add("신규일", 350, 880).Add("2017.07.19", 620, 880);
  Document doc = ExtractInTwoCells(DocType::kBankbookCopy, b.page, BBox{330, 250, 900, 1000},
                                   BBox{1300, 250, 1000, 1000});
  EXPECT_EQ(Value(doc, "account_number"), "95529945238108");
  EXPECT_EQ(Value(doc, "account_holder"), "<missing>");
}

// A stain before the name read as a word ("20", unsure and twice the letters' height) is no
// part of it.
TEST(ExtractTest, ABlotBeforeANameIsNoPartOfIt) {
  PageBuilder b;
  b.Add("통장사본", 900, 50);
  auto add = [&](const char* text, int x, int y, int w, int h, float conf) {
    b.Add(text, x, y, conf);
    b.page.words.back().bbox = BBox{x, y, w, h};
  };
  add("예금주", 352, 756, 120, 38, 0.9f);
  add("20", 504, 731, 78, 104, 0.3f);
  add("(", 621, 752, 13, 56, 0.56f);
  add("주", 653, 752, 54, 56, 0.5f);
  add("로", 718, 755, 46, 40, 0.58f);
  add("봇", 777, 750, 41, 52, 0.52f);
  add("서브", 823, 750, 103, 52, 0.6f);
  add("귀하", 943, 749, 105, 53, 0.6f);
  EXPECT_EQ(Value(Extract(DocType::kBankbookCopy, b.page), "account_holder"), "(주)로봇서브");

  // A figure of the letters' height is read as printed.
  PageBuilder sure;
  sure.Add("통장사본", 900, 50);
  sure.Add("예금주", 352, 756).Add("20", 504, 756, 0.3f).Add("(주)로봇서브", 621, 756);
  EXPECT_NE(Value(Extract(DocType::kBankbookCopy, sure.page), "account_holder"), "(주)로봇서브");
}

// A banking app's slip whose captions a 1-bit scan erased: the date is the one stamped with a
// time, even when the time ends its row.
TEST(ExtractTest, ATransfersDateIsTheOneStampedWithATimeEndingItsRow) {
  PageBuilder b;
  // The paper's own stamp, its caption read syllable by syllable, is no transfer's date.
  Line(&b, {"우리은행", "발", "급", "일", "시", "2026.06.12", "17:34:02"}, 40, 500);
  Line(&b, {"(주)한빛정보통신님에게"}, 100, 500);
  Line(&b, {"1,716,000원"}, 200, 500);
  Line(&b, {"이체를", "완료했습니다"}, 300, 500);
  b.Add("345-9372-2996-52", 800, 500);
  b.Add("'", 150, 600).Add(":", 240, 600).Add("2026.06.10", 840, 600).Add("09:54", 1070, 600);
  Document doc = Extract(DocType::kTransferReceipt, b.page);
  EXPECT_EQ(Value(doc, "transfer_date"), "2026-06-10");
  EXPECT_EQ(Value(doc, "amount"), "1716000");

  // A date without a time beside it is no transfer's stamp. The sum under "X님에게" is the
  // transfer's, its sentence lost.
  PageBuilder untimed;
  Line(&untimed, {"주식회사", "스", "마", "트", "포", "스", "님", "에게"}, 100, 500);
  Line(&untimed, {"1,716,000", "원"}, 200, 500);
  untimed.Add("2026.06.10", 840, 600);
  doc = Extract(DocType::kTransferReceipt, untimed.page);
  EXPECT_EQ(Value(doc, "transfer_date"), "<missing>");
  EXPECT_EQ(Value(doc, "amount"), "1716000");
}

TEST(ExtractTest, ALetterNamesThePartiesAndPeriodInSentences) {
  PageBuilder b;
  Line(&b, {"보험", "가입", "증명서"}, 50, 800);
  Line(&b, {"주식회사", "로봇서브(사업자등록번호", "240-88-62048,", "이하", "\"계약자\")은(는)", "당사와"}, 300);
  Line(&b, {"소상공인시장진흥공단을(를)", "피보험자로", "하는", "지급보증보험계약을", "체결하였으며,"}, 360);
  Line(&b, {"계약에", "대하여", "보험증권", "제100-000-2026-6950284호를", "발행하였음을"}, 420);
  Line(&b, {"위", "보험의", "가입금액은", "금", "이백육십구만오천원정(₩2,695,000)이고,", "보험기간은",
            "2026년", "4월"}, 480);
  Line(&b, {"1일부터", "2027년", "6월", "30일까지입니다."}, 540);
  Line(&b, {"채무를", "이행하지", "아니함으로써", "피보험자가", "입은", "손해를", "보상합니다."}, 600);
  Document doc = Extract(DocType::kGuaranteePolicy, b.page);
  EXPECT_EQ(Value(doc, "policyholder"), "주식회사 로봇서브");
  EXPECT_EQ(Value(doc, "insured"), "소상공인시장진흥공단");
  EXPECT_EQ(Value(doc, "policy_number"), "10000020266950284");
  EXPECT_EQ(Value(doc, "insured_amount"), "2695000");  // words and figures agree
  EXPECT_EQ(Value(doc, "start_date"), "2026-04-01");
  EXPECT_EQ(Value(doc, "end_date"), "2027-06-30");
}

// A confirmation written as sentences with blanks filled in: each date stands before the
// phrase that says what happened on it, the second after the first's phrase, and a sentence
// may wrap just before its phrase.
TEST(ExtractTest, DatesBeforeTheirPhrasesInSentencesThatWrap) {
  for (bool wrapped_before_phrase : {false, true}) {
    PageBuilder b;
    b.Add("설치·검수", 700, 100).Add("완료", 950, 100).Add("확인서", 1100, 100);
    Line(&b, {"본인", "배영호", "은(는)", "경기도", "수원시", "정조로", "277-23", "에", "소재한", "골목꽃집"}, 300);
    if (wrapped_before_phrase) {
      Line(&b, {"2026년", "7월", "26일", "에", "설치를", "마친", "POS", "1", "대를", "2026년", "7월", "31일", "에"}, 380);
      Line(&b, {"직접", "검수하였습니다."}, 460);
    } else {
      Line(&b, {"2026년", "7월", "26일", "에", "설치를", "마친", "POS", "1", "대를", "2026년", "7월", "31일", "에", "직접",
               "검수하였습니다."}, 380);
    }
    Document doc = Extract(DocType::kInspectionForm, b.page);
    EXPECT_EQ(Value(doc, "install_date"), "2026-07-26") << wrapped_before_phrase;
    EXPECT_EQ(Value(doc, "inspection_date"), "2026-07-31") << wrapped_before_phrase;
    EXPECT_EQ(Value(doc, "shop_name"), "골목꽃집") << wrapped_before_phrase;
  }
}

// A policy's parties as blocks of rows, each headed by a merged cell on the left whose words
// stand at its middle: the block's first row is above its heading (a text layer, no grid).
TEST(ExtractTest, AHeadingInAMergedCellLeftOfItsRowsGovernsThem) {
  PageBuilder b;
  b.Add("지급보증보험증권", 700, 100)
      .Add("상호(성명)", 400, 400).Add("주식회사", 700, 400).Add("미래기술", 850, 400)
      .Add("보험계약자", 100, 460)
      .Add("사업자등록번호", 400, 520).Add("696-88-26833", 700, 520)
      .Add("주", 400, 640).Add("소", 450, 640).Add("광주광역시", 700, 640)
      .Add("명", 400, 760).Add("칭", 450, 760).Add("소상공인시장진흥공단", 700, 760)
      .Add("피보험자", 100, 790)
      .Add("주", 400, 820).Add("소", 450, 820).Add("대전광역시", 700, 820);
  Document doc = Extract(DocType::kGuaranteePolicy, b.page);
  EXPECT_EQ(Value(doc, "policyholder"), "주식회사 미래기술");
  EXPECT_EQ(Value(doc, "insured"), "소상공인시장진흥공단");
}

TEST(ExtractTest, AHeaderRowTakesItsValuesFromTheColumnsBelow) {
  PageBuilder b;
  Line(&b, {"계좌", "확인서"}, 50, 800);
  b.Add("거래은행", 100, 300).Add("계좌번호", 500, 300).Add("계좌주", 900, 300)
      .Add("예금과목", 1250, 300).Add("신규일자", 1600, 300);
  b.Add("농협은행", 100, 360).Add("339-1515-6588-22", 420, 360).Add("(주)스마트포스", 880, 360)
      .Add("보통예금", 1250, 360).Add("2019-08-07", 1600, 360);
  Document doc = Extract(DocType::kBankbookCopy, b.page);
  EXPECT_EQ(Value(doc, "account_holder"), "(주)스마트포스");
  EXPECT_EQ(Value(doc, "account_number"), "3391515658822");
}

TEST(ExtractTest, ColumnsUnderAHeaderRowArePairedInOrder) {
  PageBuilder b;
  Line(&b, {"전자세금계산서"}, 50, 800);
  // Amounts right-aligned under centred headers: "1,500,000" under 공급가 ends nearer the
  // centre of 부가세 than of its own header.
  b.Add("월/일", 100, 300).Add("품목", 300, 300).Add("단가", 900, 300).Add("공급가", 1300, 300)
      .Add("부가세", 1620, 300);
  b.Add("09/19", 100, 360).Add("무인", 300, 360).Add("결제기", 380, 360)
      .Add("1,500,000", 850, 360).Add("1,500,000", 1380, 360).Add("150,000", 1700, 360);
  Document doc = Extract(DocType::kTaxInvoice, b.page);
  EXPECT_EQ(Value(doc, "supply_amount"), "1500000");
  EXPECT_EQ(Value(doc, "tax_amount"), "150000");
}

TEST(ExtractTest, ARoleInASentenceFollowedByItsParticleNamesNothing) {
  PageBuilder b;
  Line(&b, {"지급보증서"}, 50, 800);
  // OCR spaces the particle off: "보증채권자 에게".
  Line(&b, {"당사는", "아래", "보증의뢰인이", "보증채권자", "에게", "부담하는", "채무의"}, 200);
  b.Add("3.", 100, 400).Add("보증채권자", 160, 400).Add(":", 500, 400)
      .Add("소상공인시장진흥공단", 560, 400);
  Document doc = Extract(DocType::kGuaranteePolicy, b.page);
  EXPECT_EQ(Value(doc, "insured"), "소상공인시장진흥공단");

  // A surname standing alone after the caption is a name, not a particle.
  PageBuilder owner;
  Line(&owner, {"검수확인서"}, 50, 800);
  owner.Add("대표자", 100, 300).Add("이", 230, 300).Add("수진", 270, 300);
  doc = Extract(DocType::kInspectionForm, owner.page);
  EXPECT_EQ(Value(doc, "shop_owner"), "이수진");
}

TEST(ExtractTest, AWordOfAddressAfterANameIsNotPartOfIt) {
  PageBuilder b;
  Line(&b, {"통장사본"}, 50, 800);
  b.Add("예금주", 100, 300).Add("(주)로봇서브", 300, 300).Add("님", 620, 300);
  b.Add("계좌번호", 100, 400).Add("339-1302-5949-74", 300, 400);
  Document doc = Extract(DocType::kBankbookCopy, b.page);
  EXPECT_EQ(Value(doc, "account_holder"), "(주)로봇서브");

  // Glued to it.
  PageBuilder glued;
  Line(&glued, {"통장사본"}, 50, 800);
  glued.Add("예금주", 100, 300).Add("사이니지코리아님", 300, 300);
  doc = Extract(DocType::kBankbookCopy, glued.page);
  EXPECT_EQ(Value(doc, "account_holder"), "사이니지코리아");

  // With the caption unreadable (small and faint on a cover): the name before "님".
  PageBuilder uncaptioned;
  Line(&uncaptioned, {"통장사본"}, 50, 800);
  uncaptioned.Add("339-1302-5949-74", 100, 300);
  Line(&uncaptioned, {"주식회사", "사이니지코리아", "님"}, 400);
  doc = Extract(DocType::kBankbookCopy, uncaptioned.page);
  EXPECT_EQ(Value(doc, "account_holder"), "주식회사 사이니지코리아");
}

TEST(ExtractTest, ABankHeadingWithSpecksBesideIt) {
  PageBuilder b;
  // A large heading's row takes in smaller words printed beside it: "2 벼 느" between its
  // syllables in reading order.
  b.page.words.push_back(Word{"때", 0.3f, BBox{100, 100, 80, 90}});
  b.page.words.push_back(Word{"농", 0.8f, BBox{200, 100, 80, 90}});
  b.page.words.push_back(Word{"2", 0.2f, BBox{260, 170, 20, 30}});
  b.page.words.push_back(Word{"협", 0.8f, BBox{300, 100, 80, 90}});
  b.page.words.push_back(Word{"은", 0.8f, BBox{400, 100, 80, 90}});
  b.page.words.push_back(Word{"행", 0.8f, BBox{500, 100, 80, 90}});
  b.Add("계좌번호", 100, 400).Add("339-1302-5949-74", 300, 400);
  Document doc = Extract(DocType::kBankbookCopy, b.page);
  EXPECT_EQ(Value(doc, "bank"), "농협은행");
}

TEST(ExtractTest, ATableWithThePartiesAsItsColumns) {
  PageBuilder b;
  Line(&b, {"전자세금계산서", "상세"}, 50, 700);
  b.Add("구분", 100, 300).Add("공급자", 600, 300).Add("공급받는자", 1200, 300);
  b.Add("등록번호", 100, 360).Add("752-86-41090", 600, 360).Add("736-07-80835", 1200, 360);
  b.Add("상호(법인명)", 100, 420).Add("(주)로봇서브", 600, 420).Add("늘봄피자", 1200, 420);
  Document doc = Extract(DocType::kTaxInvoice, b.page);
  EXPECT_EQ(Value(doc, "supplier_brn"), "7528641090");
  EXPECT_EQ(Value(doc, "buyer_brn"), "7360780835");
}

TEST(ExtractTest, ACaptionColumnBetweenTheParties) {
  PageBuilder b;
  Line(&b, {"전자세금계산서"}, 50, 700);
  // The captions down the middle, each party's values on its side of them.
  b.Add("공급자", 200, 300).Add("구분", 700, 300).Add("공급받는자", 1200, 300);
  b.Add("418-87-94184", 150, 360).Add("사업자등록번호", 650, 360).Add("323-51-67565", 1150, 360);
  b.Add("주식회사", 150, 420).Add("미래기술", 300, 420).Add("상호(법인명)", 650, 420)
      .Add("우리동네치킨", 1150, 420);
  Document doc = Extract(DocType::kTaxInvoice, b.page);
  EXPECT_EQ(Value(doc, "supplier_brn"), "4188794184");
  EXPECT_EQ(Value(doc, "buyer_brn"), "3235167565");
}

TEST(ExtractTest, ACaptionOfWhatIsNotReadMakesAHeaderRow) {
  PageBuilder b;
  Line(&b, {"보증보험증권"}, 50, 800);
  // "주소" is no field's label, but a caption all the same: the row is a header row and the
  // name is in the row below, not "주소".
  b.Add("보험계약자", 100, 300).Add("주소", 900, 300);
  b.Add("(주)로봇서브", 100, 360).Add("경기도", 900, 360).Add("수원시", 1050, 360);
  Document doc = Extract(DocType::kGuaranteePolicy, b.page);
  EXPECT_EQ(Value(doc, "policyholder"), "(주)로봇서브");
}

TEST(ExtractTest, AKnownValueIsFoundWithoutItsLabel) {
  PageBuilder b;
  Line(&b, {"지급보증서"}, 50, 800);
  // The insured's caption is one the knowledge does not know; the agency is the only value the
  // field takes.
  b.Add("수익자", 100, 300).Add("소상공인시장진흥공단", 400, 300);
  Document doc = Extract(DocType::kGuaranteePolicy, b.page);
  EXPECT_EQ(Value(doc, "insured"), "소상공인시장진흥공단");
  EXPECT_LT(doc.fields["insured"].confidence, 0.9f);  // no label: less sure
}

TEST(ExtractTest, RowsHeadedBySectionsUnderOneHeaderRow) {
  PageBuilder b;
  Line(&b, {"공급받는자", "보관용"}, 50);
  b.Add("전자세금계산서", 700, 50);
  b.Add("작성일", 100, 150).Add("2026.", 260, 150).Add("6.", 380, 150).Add("18.", 440, 150)
      .Add("영수/청구", 560, 150);
  b.Add("구분", 100, 300).Add("등록번호", 400, 300).Add("상호(법인명)", 800, 300)
      .Add("업태", 1300, 300);
  b.Add("공급자", 100, 360).Add("233-81-00045", 400, 360).Add("(주)스마트포스", 800, 360)
      .Add("서비스", 1300, 360);
  b.Add("공급받는자", 100, 420).Add("219-73-94178", 400, 420).Add("새봄카페", 800, 420)
      .Add("음식점업", 1300, 420);
  Document doc = Extract(DocType::kTaxInvoice, b.page);
  EXPECT_EQ(Value(doc, "supplier_brn"), "2338100045");
  EXPECT_EQ(Value(doc, "buyer_brn"), "2197394178");
  EXPECT_EQ(Value(doc, "issue_date"), "2026-06-18");  // "18." ends the date, not a list item
}

TEST(ExtractTest, TheNextNumberedCaptionEndsAValue) {
  PageBuilder b;
  Line(&b, {"보증보험증권"}, 50, 800);
  b.Add("1)", 100, 300).Add("보험계약자", 150, 300).Add("2)", 700, 300).Add("사업자등록번호", 750, 300);
  b.Add("주식회사", 150, 360).Add("스마트포스", 270, 360).Add("233-81-00045", 750, 360);
  b.Add("4)", 100, 500).Add("피보험자", 150, 500).Add("②", 700, 500).Add("피보험자", 750, 500)
      .Add("주소", 875, 500);  // one caption: a space apart, not a column
  b.Add("소상공인시장진흥공단", 150, 560).Add("대전광역시", 750, 560);
  Document doc = Extract(DocType::kGuaranteePolicy, b.page);
  EXPECT_EQ(Value(doc, "policyholder"), "주식회사 스마트포스");
  EXPECT_EQ(Value(doc, "insured"), "소상공인시장진흥공단");
}

TEST(ExtractTest, ARoleAndColonBeforeANameAcrossAWideGap) {
  PageBuilder b;
  Line(&b, {"현장", "점검", "확인서"}, 50, 800);
  b.Add("성명", 200, 300).Add("(대표)", 300, 300).Add(":", 600, 300).Add("정상철", 640, 300)
      .Add("제품", 1800, 300).Add("외관", 1900, 300);
  Document doc = Extract(DocType::kInspectionForm, b.page);
  EXPECT_EQ(Value(doc, "shop_owner"), "정상철");
}

TEST(ExtractTest, ALabelAloneOnItsLineHasItsValueOnTheNextWhereverItStarts) {
  PageBuilder b;
  Line(&b, {"계좌이체", "거래명세표"}, 50);
  b.Add("입금계좌", 60, 300);
  b.Add("1003-495-600253", 500, 350);  // right-aligned on a narrow slip
  Document doc = Extract(DocType::kTransferReceipt, b.page);
  EXPECT_EQ(Value(doc, "payee_account"), "1003495600253");
}

TEST(ExtractTest, ADateAtTheEndOfTheWordsBeforeItsMarker) {
  PageBuilder b;
  Line(&b, {"현장점검", "확인서"}, 50, 800);
  Line(&b, {"상기", "사업장에", "설치된", "키오스크에", "대하여", "2026.", "9.", "13.", "현장", "점검을",
            "실시한", "결과,"}, 300);
  Document doc = Extract(DocType::kInspectionForm, b.page);
  EXPECT_EQ(Value(doc, "inspection_date"), "2026-09-13");
}

TEST(ExtractTest, LegalFormWithItsBracketsMisreadBeforeTheName) {
  EXPECT_EQ(HolderReadAs("주!로봇서브"), "(주)로봇서브");
  EXPECT_EQ(HolderReadAs("주|로봇서브"), "(주)로봇서브");
  EXPECT_EQ(HolderReadAs("주원상사"), "주원상사");  // a name that starts with 주
}

namespace {

// The last word added, set in type `height` tall (PageBuilder's are 40).
void Tall(PageBuilder* b, int height) { b->page.words.back().bbox.h = height; }

}  // namespace

TEST(ExtractTest, APolicysCopyNoteAndItsSentence) {
  PageBuilder b;
  Line(&b, {"보증보험증권"}, 50, 800);
  // The particle and the next word read glued to the name, as OCR gives them.
  Line(&b, {"보험계약자", "(주)디지털스토어", "이(가)", "피보험자", "소상공인시장진흥공단에대하여",
            "「2026년"}, 300);
  b.Add("서울보증보험주식회사인", 1400, 900), Tall(&b, 70);  // the insurer's seal, in large type
  Line(&b, {"피보험자용"}, 990, 1400);  // whom this copy is for: no caption
  Document doc = Extract(DocType::kGuaranteePolicy, b.page);
  EXPECT_EQ(Value(doc, "insured"), "소상공인시장진흥공단");
  EXPECT_EQ(Value(doc, "policyholder"), "(주)디지털스토어");
}


// A passbook's fill-in page: values in large type on their rules, the captions small under
// them, each with its gloss in Chinese characters. OCR reads the gloss as Hangul scraps; a text
// layer gives it as printed, no name. Either way the value is the one above, not the next
// field's value below.
TEST(ExtractTest, AValueOverItsCaptionIsTakenBeforeTheGlossBesideIt) {
  for (bool text_layer : {false, true}) {
    PageBuilder b;
    b.Add("보통예금통장", 800, 80);
    b.Add("1006-418-179795", 100, 300), Tall(&b, 70);
    b.Add("계좌번호", 100, 390);
    b.Add("주식회사", 100, 520), Tall(&b, 70);
    b.Add("디지털스토어", 330, 520), Tall(&b, 70);
    b.Add("예금주", 100, 610);
    if (text_layer) {
      b.Add("預金主", 260, 612);
    } else {
      b.Add("휘", 260, 612, 0.31f).Add("숲", 300, 612, 0.93f).Add("주", 340, 612, 0.11f);
    }
    b.Add("판교지점", 100, 740), Tall(&b, 70);
    b.Add("개설점", 100, 830);
    Document doc = Extract(DocType::kBankbookCopy, b.page);
    EXPECT_EQ(Value(doc, "account_holder"), "주식회사 디지털스토어") << "text layer " << text_layer;
    EXPECT_EQ(Value(doc, "account_number"), "1006418179795");
  }
}

// Where a caption sits under another field's value at the same distance as over its own, the
// value is its own: a list of captions and values in one size is read as before.
TEST(ExtractTest, ACaptionOverItsValueInOneSizeKeepsTheValueBelow) {
  PageBuilder b;
  b.Add("통장사본", 800, 80);
  b.Add("계좌번호", 100, 300);
  b.Add("110-123-456789", 100, 360);
  b.Add("예금주", 100, 420);
  b.Add("(주)스마트포스", 100, 480);
  Document doc = Extract(DocType::kBankbookCopy, b.page);
  EXPECT_EQ(Value(doc, "account_holder"), "(주)스마트포스");
  EXPECT_EQ(Value(doc, "account_number"), "110123456789");
}

// A policy whose parties, sum and period stand in a sidebar beside its clauses, each caption
// over its value, on the running text's lines: a clause's line that opens with a caption word
// ("피보험자는 …") is not the sidebar's next caption, the period runs over two lines, and the
// clause's "피보험자" before the sidebar's "보험종목" names no party.
TEST(ExtractTest, ASidebarBesideRunningTextKeepsItsCaptionsOverTheirValues) {
  PageBuilder b;
  b.Add("보증보험증권", 100, 80);
  Line(&b, {"서울보증보험주식회사는", "보험계약자", "㈜디지털스토어이(가)"}, 200);
  Line(&b, {"주계약에서", "정한", "채무를", "이행하지", "아니함으로써", "피보험자"}, 260);
  b.Add("보험종목", 1500, 260);
  Line(&b, {"소상공인시장진흥공단이(가)", "입은", "손해를"}, 320);
  b.Add("이행(지급)보증보험", 1500, 320);
  Line(&b, {"제2조", "(보상하지", "않는", "손해)"}, 400);
  b.Add("피보험자", 1500, 400);
  Line(&b, {"피보험자의", "고의", "또는", "중대한", "과실로"}, 460);
  b.Add("소상공인시장진흥공단", 1500, 460);
  Line(&b, {"제3조", "(보험금의", "청구)"}, 540);
  b.Add("보험가입금액", 1500, 540);
  Line(&b, {"피보험자는", "보험사고가", "생긴", "것을"}, 600);
  b.Add("₩2,849,000", 1500, 600);
  Line(&b, {"제4조", "(보험금의", "지급)"}, 680);
  b.Add("보험기간", 1500, 680);
  Line(&b, {"회사는", "청구에", "필요한", "서류를"}, 740);
  Line(&b, {"2026.", "3.", "25.", "부터"}, 740, 1500);
  Line(&b, {"경우에는", "그", "사유를", "알리고"}, 800);
  Line(&b, {"2027.", "6.", "30.", "까지"}, 800, 1500);
  Document doc = Extract(DocType::kGuaranteePolicy, b.page);
  EXPECT_EQ(Value(doc, "policyholder"), "㈜디지털스토어");
  EXPECT_EQ(Value(doc, "insured"), "소상공인시장진흥공단");
  EXPECT_EQ(Value(doc, "insured_amount"), "2849000");
  EXPECT_EQ(Value(doc, "start_date"), "2026-03-25");
  EXPECT_EQ(Value(doc, "end_date"), "2027-06-30");
}

// A particle glued after the legal form ends the name there: "스마트미러(주)를" on a slip whose
// sentence runs on.
TEST(ExtractTest, AParticleAfterTheLegalFormIsNoPartOfTheName) {
  PageBuilder b;
  b.Add("이체확인증", 800, 100)
      .Add("받는", 100, 500).Add("분", 180, 500).Add("스마트미러(주)를", 500, 500)
      .Add("보내는", 100, 600).Add("분", 220, 600).Add("주식회사", 500, 600).Add("가나다라", 650, 600);
  Document doc = Extract(DocType::kTransferReceipt, b.page);
  EXPECT_EQ(Value(doc, "payee_name"), "스마트미러(주)");
  EXPECT_EQ(Value(doc, "sender_name"), "주식회사 가나다라");
}

// "보험사고란", its syllables read apart, holds 사 (four): a lone number word is no sum of money.
TEST(ExtractTest, ALoneNumberWordInASentenceIsNoAmount) {
  PageBuilder b;
  b.Add("보증보험증권", 100, 80);
  Line(&b, {"보험가입금액을", "한도로", "보상합니다.", "보", "험", "사", "고란", "계약자가"}, 300);
  Document doc = Extract(DocType::kGuaranteePolicy, b.page);
  EXPECT_EQ(Value(doc, "insured_amount"), "<missing>");
}

// A confirmation printed as a shop card and a progress line: the shop's name in large type
// under a small caption, its owner in a line of items parted by middle dots, and the steps'
// dates under their captions below a row of numbered dots.
TEST(ExtractTest, AShopCardAndAProgressLineOfDates) {
  PageBuilder b;
  Line(&b, {"설치", "ㆍ", "검수", "확인서"}, 80);
  Line(&b, {"설치", "매장"}, 200);
  b.Add("명동떡집", 100, 250), Tall(&b, 60);
  Line(&b, {"대표", "홍순자", "ㆍ", "사업자등록번호", "498-57-67541"}, 340);
  b.Add("계약", 100, 500).Add("체결", 170, 500).Add("장비", 700, 500).Add("설치", 770, 500)
      .Add("사용자", 1200, 500).Add("교육", 1290, 500).Add("검수", 1700, 500).Add("완료", 1770, 500);
  b.Add("@", 120, 550, 0.83f).Add("수", 730, 550, 0.52f).Add("수", 1230, 550, 0.16f)
      .Add("3", 1730, 550, 0.81f);
  b.Add("0", 730, 600, 0.38f).Add("~", 1230, 600, 0.1f);
  b.Add("완료", 120, 690).Add("2026.10.21", 680, 690).Add("설치", 1200, 690).Add("당일", 1270, 690)
      .Add("2026.10.28", 1680, 690);
  Document doc = Extract(DocType::kInspectionForm, b.page);
  EXPECT_EQ(Value(doc, "shop_name"), "명동떡집");
  EXPECT_EQ(Value(doc, "shop_owner"), "홍순자");
  EXPECT_EQ(Value(doc, "install_date"), "2026-10-21");
  EXPECT_EQ(Value(doc, "inspection_date"), "2026-10-28");
}

// A bank's mail about a transfer, printed (held-out 13 design): tiles of a value over its
// caption, the captions glossed in English ("받는 분 Recipient 입금 계좌 To account"), the
// values a little larger and nearer their captions than the next tile; the mail's header
// names its addressee beside "받는사람" with an e-mail address.
TEST(ExtractTest, AMailOfTilesWithValuesOverGlossedCaptions) {
  // Glossed, or not: a row of captions alone is a header row, whose values are above it here.
  for (bool glossed : {true, false}) {
    auto gloss = [&](PageBuilder& row, const char* text, int x, int y) -> PageBuilder& {
      return glossed ? row.Add(text, x, y) : row;
    };
    PageBuilder b;
    b.Add("[KB국민은행]", 100, 100).Add("인터넷뱅킹", 400, 100).Add("이체", 700, 100).Add("처리결과", 800, 100);
    // The address garbled as a scan reads it, or not.
    b.Add("받는사람", 100, 200).Add("다온안경", 300, 200)
        .Add(glossed ? "<user5203@naver.com>" : "<45676244(@0246『.0017>", 450, 200);
    b.Add("1,419,000원", 900, 380), Tall(&b, 100);
    b.Add("이체금액", 1000, 500);
    gloss(gloss(b, "Transfer", 1180, 500), "amount", 1330, 500);
    b.Add("(주)온오더", 480, 700), Tall(&b, 50);
    // A scan reads the bank's syllables apart: "은행" alone is then no caption of a bank.
    b.Add("신", 1320, 700), Tall(&b, 50);
    b.Add("한", 1370, 700), Tall(&b, 50);
    b.Add("은행", 1420, 700), Tall(&b, 50);
    b.Add("153-686-081141", 1515, 700), Tall(&b, 50);
    b.Add("받는", 480, 760).Add("분", 556, 760);
    gloss(b, "Recipient", 606, 760).Add("입금", 1320, 760).Add("계좌", 1394, 760);
    gloss(gloss(b, "To", 1477, 760), "account", 1523, 760);
    b.Add("다온안경", 480, 900), Tall(&b, 50);
    b.Add("KB국민은행", 1320, 900), Tall(&b, 50);
    b.Add("903860-**-654430", 1573, 900), Tall(&b, 50);
    b.Add("보내는", 480, 960).Add("분", 590, 960);
    gloss(b, "Sender", 640, 960).Add("출금", 1320, 960).Add("계좌", 1394, 960);
    gloss(gloss(b, "From", 1477, 960), "account", 1569, 960);
    b.Add("2026-09-03", 480, 1100), Tall(&b, 50);
    b.Add("14:38:05", 760, 1100), Tall(&b, 50);
    b.Add("면제", 1320, 1100), Tall(&b, 50);
    b.Add("이체", 480, 1160).Add("일시", 556, 1160);
    gloss(gloss(gloss(b, "Date", 640, 1160), "&", 727, 1160), "time", 760, 1160).Add("수수료", 1320, 1160);
    gloss(b, "Fee", 1435, 1160);
    b.Add("거래번호", 480, 1300).Add("924174708435", 700, 1300);
    Document doc = Extract(DocType::kTransferReceipt, b.page);
    SCOPED_TRACE(glossed ? "glossed" : "not glossed");
    EXPECT_EQ(Value(doc, "amount"), "1419000");
    EXPECT_EQ(Value(doc, "payee_name"), "(주)온오더");
    EXPECT_EQ(Value(doc, "payee_account"), "153686081141");
    EXPECT_EQ(Value(doc, "sender_name"), "다온안경");
    EXPECT_EQ(Value(doc, "transfer_date"), "2026-09-03");
  }
}

// A passbook photo (seed 2323): the caption 계좌번호 garbled into syllables over the holder's
// row, a little taller, and the holder beside 예금주 read unsure. The holder beside its caption
// stands; the syllables above are no value over a caption.
TEST(ExtractTest, AValueBesideItsCaptionBeatsALittleLargerRowAbove) {
  PageBuilder b;
  b.Add("우리은행", 100, 100).Add("통장", 400, 100);
  for (auto [text, x] : {std::pair{"기", 100}, {"자", 135}, {"보", 160}, {"호", 190}, {"1000-637-167466", 300}})
    b.Add(text, x, 520, 0.3f), Tall(&b, 50);
  b.Add("예금주", 100, 575).Add("(주)미래기술", 470, 575, 0.2f).Add("귀하", 674, 575);
  b.Add("신규일", 100, 700).Add("2015.07.15", 475, 700);
  Document doc = Extract(DocType::kBankbookCopy, b.page);
  EXPECT_EQ(Value(doc, "account_holder"), "(주)미래기술");
}

}  // namespace docval
