// Wipes secrets (passphrases) from memory when they are no longer needed, in a way the optimiser
// cannot drop.
#pragma once

#include <QByteArray>

namespace koers {

inline void secureWipe(QByteArray& bytes) {
    if (bytes.isEmpty())
        return;
    volatile char* p = bytes.data();
    for (qsizetype i = 0; i < bytes.size(); ++i)
        p[i] = 0;
    bytes.clear();
}

// Holds a passphrase and wipes it on destruction.
class SecretBytes {
public:
    SecretBytes() = default;
    explicit SecretBytes(QByteArray bytes)
        : m_bytes(std::move(bytes)) {}
    ~SecretBytes() { secureWipe(m_bytes); }
    SecretBytes(SecretBytes&& other) noexcept
        : m_bytes(std::exchange(other.m_bytes, QByteArray())) {}
    SecretBytes& operator=(SecretBytes&& other) noexcept {
        if (this != &other) {
            secureWipe(m_bytes);
            m_bytes = std::exchange(other.m_bytes, QByteArray());
        }
        return *this;
    }
    Q_DISABLE_COPY(SecretBytes)

    const QByteArray& bytes() const { return m_bytes; }
    bool isEmpty() const { return m_bytes.isEmpty(); }

private:
    QByteArray m_bytes;
};

} // namespace koers
