#include "samples/generator/korean_data.h"

#include "samples/generator/brn.h"

namespace docval::samplegen {

namespace {

const std::vector<std::string> kSurnames = {"김", "이", "박", "최", "정", "강", "조", "윤", "장",
                                            "임", "한", "오", "서", "신", "권", "황", "안", "송",
                                            "류", "전", "홍", "문", "양", "배"};
const std::vector<std::string> kGivenNames = {
    "민준", "서연", "지훈", "수빈", "도윤", "하은", "예준", "지우", "시우", "서윤", "주원",
    "지민", "현우", "수아", "건우", "채원", "우진", "지유", "선영", "영호", "정희", "미경",
    "성호", "상철", "경숙", "은정", "태호", "혜진", "동현", "순자", "광수", "명숙"};
const std::vector<std::string> kShopPrefixes = {
    "행복", "미소", "골목", "청춘", "바다", "해뜨는", "우리동네", "명동", "하늘", "달빛",
    "다온", "새봄", "초록", "한결", "소담", "참좋은", "푸른", "별빛", "오늘", "늘봄"};
const std::vector<std::string> kShopKinds = {
    "분식", "카페", "식당", "닭갈비", "베이커리", "세탁소", "칼국수", "꽃집", "포차", "헤어",
    "안경", "치킨", "국밥", "정육점", "반찬가게", "떡집", "마트", "네일", "김밥", "피자"};
const std::vector<std::string> kStreets = {
    "서울특별시 마포구 월드컵로", "서울특별시 강남구 테헤란로", "서울특별시 종로구 종로",
    "서울특별시 송파구 백제고분로", "부산광역시 해운대구 해운대로", "부산광역시 부산진구 중앙대로",
    "대구광역시 중구 동성로", "인천광역시 남동구 인하로", "광주광역시 서구 상무중앙로",
    "대전광역시 유성구 대학로", "울산광역시 남구 삼산로", "경기도 수원시 팔달구 정조로",
    "경기도 성남시 분당구 판교역로", "경기도 고양시 일산동구 중앙로", "강원특별자치도 춘천시 중앙로",
    "충청북도 청주시 상당구 상당로", "전라북도 전주시 완산구 팔달로", "경상남도 창원시 성산구 중앙대로",
    "제주특별자치도 제주시 중앙로"};
const std::vector<std::string> kCompanyBases = {
    "스마트포스", "테크오더", "키오스크랩", "로봇서브", "사이니지코리아", "큐알오더", "스마트미러",
    "한빛정보통신", "나래시스템", "온오더", "디지털스토어", "미래기술", "에이아이서빙", "페이앤오더"};
const std::vector<std::string> kTechnologies = {
    "무인 키오스크", "테이블오더", "서빙로봇", "스마트미러", "디지털 사이니지", "QR 주문 시스템",
    "스마트 POS", "무인 결제기"};
const std::vector<std::string> kBranches = {"강남중앙지점", "역삼동지점", "여의도지점", "서면지점",
                                            "동성로지점", "판교지점", "을지로지점", "구로디지털지점"};

struct BankPattern {
  std::string bank;
  std::vector<int> groups;
  std::string first_group_prefix;  // typical product prefix, may be empty
};
const std::vector<BankPattern> kBankPatterns = {
    {"KB국민은행", {6, 2, 6}, ""},        {"신한은행", {3, 3, 6}, "1"},
    {"우리은행", {4, 3, 6}, "100"},       {"하나은행", {3, 6, 5}, ""},
    {"NH농협은행", {3, 4, 4, 2}, "3"},    {"IBK기업은행", {3, 6, 2, 3}, "0"}};

std::string RandomDigits(Rng& rng, int count) {
  std::string digits;
  for (int i = 0; i < count; ++i) digits.push_back(static_cast<char>('0' + rng.Int(0, 9)));
  return digits;
}

}  // namespace

std::string PersonName(Rng& rng) { return rng.Pick(kSurnames) + rng.Pick(kGivenNames); }

std::string ShopName(Rng& rng) { return rng.Pick(kShopPrefixes) + rng.Pick(kShopKinds); }

std::string Address(Rng& rng) {
  std::string address = rng.Pick(kStreets) + " " + std::to_string(rng.Int(1, 320));
  if (rng.Chance(0.4)) {
    address += '-';
    address += std::to_string(rng.Int(1, 30));
  }
  if (rng.Chance(0.5)) {
    address += ", ";
    address += std::to_string(rng.Int(1, 3));
    address += "층";
  }
  return address;
}

std::string PhoneNumber(Rng& rng) {
  return "010-" + RandomDigits(rng, 4) + "-" + RandomDigits(rng, 4);
}

std::string Technology(Rng& rng) { return rng.Pick(kTechnologies); }

std::string BusinessNumber(Rng& rng, bool corporation) {
  static const std::vector<std::string> kCorporateCodes = {"81", "86", "87", "88"};
  std::string first = std::to_string(rng.Int(101, 899));
  const std::string middle = corporation ? rng.Pick(kCorporateCodes) : Pad(rng.Int(1, 79), 2);
  const std::string nine = first + middle + RandomDigits(rng, 4);
  const int check = *BrnCheckDigit(nine);
  return FormatBrn(nine + static_cast<char>('0' + check));
}

std::string OtherValidBusinessNumber(Rng& rng, const std::string& brn, bool corporation) {
  std::string other = BusinessNumber(rng, corporation);
  while (other == brn) other = BusinessNumber(rng, corporation);
  return other;
}

std::string InvalidBusinessNumber(Rng& rng, const std::string& brn) {
  std::string digits = DigitsOnly(brn);
  const int check = digits[9] - '0';
  digits[9] = static_cast<char>('0' + (check + rng.Int(1, 9)) % 10);
  return FormatBrn(digits);
}

std::string Company::Written(int style) const {
  switch (style) {
    case 1: return "주식회사 " + base;
    case 2: return base + "(주)";
    case 3: return "㈜" + base;
    default: return "(주)" + base;
  }
}

Company SupplierCompany(Rng& rng) { return Company{rng.Pick(kCompanyBases)}; }

int CompanyStyle(Rng& rng) {
  const double draw = rng.Unit();
  if (draw < 0.45) return 0;
  if (draw < 0.75) return 1;
  if (draw < 0.93) return 2;
  return 3;
}

const std::vector<std::string>& BankNames() {
  static const std::vector<std::string> kNames = [] {
    std::vector<std::string> names;
    for (const BankPattern& pattern : kBankPatterns) names.push_back(pattern.bank);
    return names;
  }();
  return kNames;
}

BankAccount MakeAccount(Rng& rng, const std::string& bank) {
  const BankPattern* pattern = &kBankPatterns[0];
  for (const BankPattern& candidate : kBankPatterns) {
    if (candidate.bank == bank) pattern = &candidate;
  }
  std::string number;
  for (size_t g = 0; g < pattern->groups.size(); ++g) {
    if (g > 0) number.push_back('-');
    const int length = pattern->groups[g];
    std::string group = g == 0 ? pattern->first_group_prefix : "";
    group += RandomDigits(rng, length - static_cast<int>(group.size()));
    number += group;
  }
  return BankAccount{pattern->bank, number};
}

std::string OtherAccountNumber(Rng& rng, const BankAccount& account) {
  std::string other = MakeAccount(rng, account.bank).number;
  while (other == account.number) other = MakeAccount(rng, account.bank).number;
  return other;
}

std::string BranchName(Rng& rng) { return rng.Pick(kBranches); }

}  // namespace docval::samplegen
