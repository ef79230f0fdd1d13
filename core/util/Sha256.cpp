#include "Sha256.h"

#include <openssl/evp.h>

#include <QtGlobal>

namespace koers {

namespace {

// libcrypto fails here only when it cannot allocate a few hundred bytes; Qt ends the program then too.
void require(int ok) {
    if (ok != 1)
        qFatal("SHA-256 (libcrypto) failed");
}

} // namespace

void Sha256::Free::operator()(evp_md_ctx_st* ctx) const {
    EVP_MD_CTX_free(ctx);
}

Sha256::Sha256()
    : m_ctx(EVP_MD_CTX_new()) {
    require(m_ctx ? 1 : 0);
    require(EVP_DigestInit_ex(m_ctx.get(), EVP_sha256(), nullptr));
}

Sha256::~Sha256() = default;

void Sha256::addData(QByteArrayView data) {
    if (!data.isEmpty())
        require(EVP_DigestUpdate(m_ctx.get(), data.data(), static_cast<size_t>(data.size())));
}

QByteArray Sha256::result() const {
    // Finished on a copy, so the running hash goes on.
    std::unique_ptr<evp_md_ctx_st, Free> copy(EVP_MD_CTX_new());
    require(copy ? 1 : 0);
    require(EVP_MD_CTX_copy_ex(copy.get(), m_ctx.get()));
    QByteArray out(EVP_MAX_MD_SIZE, Qt::Uninitialized);
    unsigned int size = 0;
    require(EVP_DigestFinal_ex(copy.get(), reinterpret_cast<unsigned char*>(out.data()), &size));
    out.truncate(static_cast<qsizetype>(size));
    return out;
}

QByteArray Sha256::hash(QByteArrayView data) {
    Sha256 h;
    h.addData(data);
    return h.result();
}

} // namespace koers
