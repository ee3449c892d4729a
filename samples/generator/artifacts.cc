#include "samples/generator/artifacts.h"

// Opt in to qpdf's std::shared_ptr API (silences its PointerHolder transition warning).
#include <qpdf/QPDF.hh>
#include <qpdf/QPDFWriter.hh>
#include <qpdf/QUtil.hh>
#include <qpdf/RandomDataProvider.hh>

#include <array>
#include <exception>

#include "samples/generator/brn.h"

namespace docval::samplegen {

namespace {

std::string Escape(std::string_view text) {
  std::string out;
  for (char c : text) {
    switch (c) {
      case '&': out += "&amp;"; break;
      case '<': out += "&lt;"; break;
      case '>': out += "&gt;"; break;
      case '"': out += "&quot;"; break;
      default: out.push_back(c);
    }
  }
  return out;
}

std::string Element(const std::string& indent, const std::string& name, std::string_view value) {
  return indent + "<" + name + ">" + Escape(value) + "</" + name + ">\n";
}

std::string Base64Noise(Rng& rng, size_t length) {
  static const char kAlphabet[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
  std::string out;
  for (size_t i = 0; i < length; ++i) {
    out.push_back(kAlphabet[rng.Int(0, 63)]);
    if (i % 76 == 75) out.push_back('\n');
  }
  return out;
}

std::string PartyXml(const std::string& tag, const Party& party, const std::string& sub_place,
                     bool invoicer) {
  const std::string in = "      ";
  std::string xml = "    <" + tag + ">\n";
  xml += Element(in, "ID", DigitsOnly(party.brn));
  if (!invoicer) xml += Element(in, "BusinessTypeCode", "01");
  xml += Element(in, "TypeCode", party.business_type);
  xml += Element(in, "NameText", party.name);
  xml += Element(in, "ClassificationCode", party.business_item);
  if (!sub_place.empty()) {
    xml += in + "<SpecifiedOrganization>\n";
    xml += Element(in + "  ", "TaxRegistrationID", sub_place);
    xml += in + "</SpecifiedOrganization>\n";
  }
  xml += in + "<SpecifiedPerson>\n" + Element(in + "  ", "NameText", party.owner) + in +
         "</SpecifiedPerson>\n";
  xml += in + "<DefinedContactDetails>\n" + Element(in + "  ", "URICommunication", party.email) +
         in + "</DefinedContactDetails>\n";
  xml += in + "<SpecifiedAddress>\n" + Element(in + "  ", "LineOneText", party.address) + in +
         "</SpecifiedAddress>\n";
  xml += "    </" + tag + ">\n";
  return xml;
}

// qpdf draws salts and IVs from a process-wide provider; ours replays the caller's Rng so an
// encrypted file is reproducible byte for byte.
class SeededRandomProvider : public RandomDataProvider {
 public:
  explicit SeededRandomProvider(Rng& rng) : rng_(rng) {}
  void provideRandomData(unsigned char* data, size_t len) override {
    for (size_t i = 0; i < len; ++i) data[i] = static_cast<unsigned char>(rng_.Next() & 0xff);
  }

 private:
  Rng& rng_;
};

uint32_t Crc32(std::string_view bytes) {
  static const std::array<uint32_t, 256> kTable = [] {
    std::array<uint32_t, 256> table{};
    for (uint32_t i = 0; i < 256; ++i) {
      uint32_t c = i;
      for (int k = 0; k < 8; ++k) c = (c & 1) ? 0xEDB88320u ^ (c >> 1) : c >> 1;
      table[i] = c;
    }
    return table;
  }();
  uint32_t crc = 0xFFFFFFFFu;
  for (unsigned char b : bytes) crc = kTable[(crc ^ b) & 0xff] ^ (crc >> 8);
  return crc ^ 0xFFFFFFFFu;
}

void Put16(std::string& out, uint32_t v) {
  out.push_back(static_cast<char>(v & 0xff));
  out.push_back(static_cast<char>((v >> 8) & 0xff));
}
void Put32(std::string& out, uint32_t v) {
  Put16(out, v & 0xffff);
  Put16(out, v >> 16);
}

}  // namespace

std::string TaxInvoiceXml(const DocumentSpec& spec, Rng& rng) {
  const TaxInvoiceData& d = spec.invoice;
  const std::string ns =
      "urn:kr:or:kec:standard:Tax:ReusableAggregateBusinessInformationEntitySchemaModule:1:0";
  std::string xml = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n";
  xml += "<TaxInvoice xmlns=\"" + ns + "\" xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\">\n";
  xml += "  <ExchangedDocument>\n";
  const std::string clock = Pad(rng.Int(9, 17), 2) + Pad(rng.Int(0, 59), 2) + Pad(rng.Int(0, 59), 2);
  xml += Element("    ", "IssueDateTime", d.issue_date.Compact() + clock);
  xml += "  </ExchangedDocument>\n";
  xml += "  <TaxInvoiceDocument>\n";
  xml += Element("    ", "IssueID", d.approval_number);
  xml += Element("    ", "TypeCode", "0101");
  xml += Element("    ", "IssueDateTime", d.issue_date.Compact());
  xml += Element("    ", "PurposeCode", d.purpose_receipt ? "01" : "02");
  xml += "  </TaxInvoiceDocument>\n";
  xml += "  <TaxInvoiceTradeSettlement>\n";
  xml += PartyXml("InvoicerParty", d.supplier, d.supplier_sub_place, true);
  xml += PartyXml("InvoiceeParty", d.buyer, "", false);
  xml += "    <SpecifiedPaymentMeans>\n";
  xml += Element("      ", "TypeCode", d.purpose_receipt ? "10" : "40");
  xml += Element("      ", "PaidAmount", std::to_string(d.total));
  xml += "    </SpecifiedPaymentMeans>\n";
  xml += "    <SpecifiedMonetarySummation>\n";
  xml += Element("      ", "ChargeTotalAmount", std::to_string(d.supply));
  xml += Element("      ", "TaxTotalAmount", std::to_string(d.tax));
  xml += Element("      ", "GrandTotalAmount", std::to_string(d.total));
  xml += "    </SpecifiedMonetarySummation>\n";
  xml += "  </TaxInvoiceTradeSettlement>\n";
  int sequence = 1;
  for (const InvoiceItem& item : d.items) {
    xml += "  <TaxInvoiceTradeLineItem>\n";
    xml += Element("    ", "SequenceNumeric", std::to_string(sequence++));
    xml += Element("    ", "InvoiceAmount", std::to_string(item.amount));
    xml += Element("    ", "ChargeableUnitQuantity", std::to_string(item.quantity));
    xml += Element("    ", "InformationText", item.spec);
    xml += Element("    ", "NameText", item.name);
    xml += Element("    ", "PurchaseExpiryDateTime", item.date.Compact());
    xml += "    <TotalTax>\n" + Element("      ", "CalculatedAmount", std::to_string(item.tax)) +
           "    </TotalTax>\n";
    xml += "    <UnitPrice>\n" + Element("      ", "UnitAmount", std::to_string(item.unit_price)) +
           "    </UnitPrice>\n";
    xml += "  </TaxInvoiceTradeLineItem>\n";
  }
  if (d.xml_signature) {
    xml += "  <ds:Signature xmlns:ds=\"http://www.w3.org/2000/09/xmldsig#\">\n";
    xml += "    <ds:SignedInfo>\n";
    xml += "      <ds:CanonicalizationMethod Algorithm=\"http://www.w3.org/TR/2001/REC-xml-c14n-20010315\"/>\n";
    xml += "      <ds:SignatureMethod Algorithm=\"http://www.w3.org/2001/04/xmldsig-more#rsa-sha256\"/>\n";
    xml += "      <ds:Reference URI=\"\">\n";
    xml += "        <ds:Transforms><ds:Transform Algorithm=\"http://www.w3.org/2000/09/xmldsig#enveloped-signature\"/></ds:Transforms>\n";
    xml += "        <ds:DigestMethod Algorithm=\"http://www.w3.org/2001/04/xmlenc#sha256\"/>\n";
    xml += "        <ds:DigestValue>" + Base64Noise(rng, 43) + "=</ds:DigestValue>\n";
    xml += "      </ds:Reference>\n";
    xml += "    </ds:SignedInfo>\n";
    xml += "    <ds:SignatureValue>\n" + Base64Noise(rng, 342) + "==\n    </ds:SignatureValue>\n";
    xml += "    <ds:KeyInfo><ds:X509Data><ds:X509Certificate>\n" + Base64Noise(rng, 1200) +
           "\n    </ds:X509Certificate></ds:X509Data></ds:KeyInfo>\n";
    xml += "  </ds:Signature>\n";
  }
  xml += "</TaxInvoice>\n";
  return xml;
}

std::string Truncate(std::string_view bytes, double fraction) {
  const size_t keep = static_cast<size_t>(static_cast<double>(bytes.size()) * fraction);
  return std::string(bytes.substr(0, std::max<size_t>(1, std::min(keep, bytes.size() - 1))));
}

Status EncryptPdf(std::string_view pdf, const std::string& password, Rng& rng, std::string* out) {
  SeededRandomProvider provider(rng);
  QUtil::setRandomDataProvider(&provider);
  Status status;
  try {
    QPDF document;
    const std::string buffer(pdf);
    document.processMemoryFile("upload.pdf", buffer.data(), buffer.size());
    QPDFWriter writer(document);
    writer.setOutputMemory();
    writer.setStaticID(true);  // the /ID would otherwise come from the clock
    writer.setR6EncryptionParameters(password.c_str(), (password + "-owner").c_str(), true, true,
                                     true, true, true, true, qpdf_r3p_full, true);
    writer.write();
    std::shared_ptr<Buffer> result = writer.getBufferSharedPointer();
    out->assign(reinterpret_cast<const char*>(result->getBuffer()), result->getSize());
  } catch (const std::exception& error) {
    status = Status::Internal(std::string("qpdf 암호화 실패: ") + error.what());
  }
  QUtil::setRandomDataProvider(nullptr);
  return status;
}

std::string SavedWebPage(const DocumentSpec& spec) {
  return "<!DOCTYPE html>\n<html lang=\"ko\">\n<head>\n<meta charset=\"utf-8\">\n"
         "<title>세션이 만료되었습니다</title>\n"
         "<link rel=\"stylesheet\" href=\"/static/css/common.css\">\n</head>\n<body>\n"
         "<div class=\"header\"><a href=\"/\">스마트상점 통합관리시스템</a></div>\n"
         "<div class=\"content\">\n<h1>로그인이 필요합니다</h1>\n"
         "<p>장시간 사용하지 않아 세션이 만료되었습니다. 다시 로그인한 후 문서를 내려받으세요.</p>\n"
         "<p class=\"ref\">요청번호 " +
         Escape(spec.case_data.case_id) +
         "</p>\n<a class=\"btn\" href=\"/login\">다시 로그인</a>\n</div>\n</body>\n</html>\n";
}

std::string ZipArchive(const std::string& name, std::string_view content) {
  // 2026-05-12 09:30:00 in MS-DOS date/time.
  const uint32_t dos_time = (9u << 11) | (30u << 5);
  const uint32_t dos_date = ((2026u - 1980u) << 9) | (5u << 5) | 12u;
  const uint32_t crc = Crc32(content);
  const uint32_t size = static_cast<uint32_t>(content.size());
  const uint32_t name_length = static_cast<uint32_t>(name.size());
  constexpr uint32_t kUtf8Names = 1u << 11;
  std::string zip;
  Put32(zip, 0x04034b50);
  Put16(zip, 20);
  Put16(zip, kUtf8Names);
  Put16(zip, 0);  // stored
  Put16(zip, dos_time);
  Put16(zip, dos_date);
  Put32(zip, crc);
  Put32(zip, size);
  Put32(zip, size);
  Put16(zip, name_length);
  Put16(zip, 0);
  zip += name;
  zip.append(content);
  const uint32_t directory_offset = static_cast<uint32_t>(zip.size());
  Put32(zip, 0x02014b50);
  Put16(zip, 20);
  Put16(zip, 20);
  Put16(zip, kUtf8Names);
  Put16(zip, 0);
  Put16(zip, dos_time);
  Put16(zip, dos_date);
  Put32(zip, crc);
  Put32(zip, size);
  Put32(zip, size);
  Put16(zip, name_length);
  Put16(zip, 0);
  Put16(zip, 0);
  Put16(zip, 0);
  Put16(zip, 0);
  Put32(zip, 0);
  Put32(zip, 0);
  zip += name;
  const uint32_t directory_size = static_cast<uint32_t>(zip.size()) - directory_offset;
  Put32(zip, 0x06054b50);
  Put16(zip, 0);
  Put16(zip, 0);
  Put16(zip, 1);
  Put16(zip, 1);
  Put32(zip, directory_size);
  Put32(zip, directory_offset);
  Put16(zip, 0);
  return zip;
}

}  // namespace docval::samplegen
