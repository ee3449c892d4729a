#include "storage/file_hash.h"

#include <openssl/evp.h>

#include <cstdio>
#include <memory>

namespace docval {

Status Sha256File(const std::string& path, std::string* hex) {
  std::unique_ptr<FILE, int (*)(FILE*)> file(std::fopen(path.c_str(), "rb"), &std::fclose);
  if (!file) return Status::IOError("파일을 열 수 없습니다: " + path);
  std::unique_ptr<EVP_MD_CTX, void (*)(EVP_MD_CTX*)> ctx(EVP_MD_CTX_new(), &EVP_MD_CTX_free);
  if (!ctx || EVP_DigestInit_ex(ctx.get(), EVP_sha256(), nullptr) != 1)
    return Status::Internal("SHA-256을 시작할 수 없습니다");
  char buf[1 << 16];
  size_t n;
  while ((n = std::fread(buf, 1, sizeof buf, file.get())) > 0)
    EVP_DigestUpdate(ctx.get(), buf, n);
  if (std::ferror(file.get())) return Status::IOError("파일을 읽을 수 없습니다: " + path);
  unsigned char digest[EVP_MAX_MD_SIZE];
  unsigned int len = 0;
  EVP_DigestFinal_ex(ctx.get(), digest, &len);
  static const char kHex[] = "0123456789abcdef";
  std::string out;
  out.reserve(len * 2);
  for (unsigned int i = 0; i < len; ++i) {
    out += kHex[digest[i] >> 4];
    out += kHex[digest[i] & 0xf];
  }
  *hex = std::move(out);
  return Status::OK();
}

}  // namespace docval
