// Non-image uploads: the NTS e-tax invoice XML, and the broken files staff keep receiving
// (truncated bytes, a password-protected PDF, a web page saved as .pdf, a ZIP archive).
// Deterministic for a given Rng state. Thread-compatible, except EncryptPdf, which swaps qpdf's
// process-wide random source while it runs and must not run concurrently with other qpdf use.
#pragma once

#include <string>
#include <string_view>

#include "models/status.h"
#include "samples/generator/documents.h"
#include "samples/generator/sample_util.h"

namespace docval::samplegen {

// The NTS standard XML for `spec.invoice` (root TaxInvoice in the KEC namespace, see DOMAIN.md),
// with an XML-DSig ds:Signature when spec.invoice.xml_signature is set.
std::string TaxInvoiceXml(const DocumentSpec& spec, Rng& rng);

// The first `fraction` of `bytes` (0 < fraction < 1).
std::string Truncate(std::string_view bytes, double fraction);

// `pdf` re-written with AES-256 (R6) encryption and user password `password`.
// Internal on a qpdf failure.
Status EncryptPdf(std::string_view pdf, const std::string& password, Rng& rng, std::string* out);

// A saved web page (a portal's session-expired screen), UTF-8 HTML.
std::string SavedWebPage(const DocumentSpec& spec);

// A ZIP archive (stored, no compression) holding one file `name` with `content`, fixed
// timestamps.
std::string ZipArchive(const std::string& name, std::string_view content);

}  // namespace docval::samplegen
