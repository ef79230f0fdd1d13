// Sha256: SHA-256 through OpenSSL's libcrypto, for the streams of sync packages (every byte of every table's
// CSV is hashed as it is written or read). Qt 6.4's QCryptographicHash hashes in portable C, about 150 MB/s
// here and a sixth of a sync import's time; libcrypto uses the processor's SHA instructions (1.8 GB/s).
#pragma once

#include <QByteArray>
#include <QByteArrayView>

#include <memory>

struct evp_md_ctx_st;

namespace koers {

class Sha256 {
public:
    Sha256();
    ~Sha256();
    Sha256(const Sha256&) = delete;
    Sha256& operator=(const Sha256&) = delete;

    void addData(QByteArrayView data);
    // The 32-byte digest of everything added so far; more may be added after.
    QByteArray result() const;
    QByteArray hexResult() const { return result().toHex(); }

    static QByteArray hash(QByteArrayView data);

private:
    struct Free {
        void operator()(evp_md_ctx_st* ctx) const;
    };
    std::unique_ptr<evp_md_ctx_st, Free> m_ctx;
};

} // namespace koers
