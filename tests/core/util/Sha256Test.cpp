#include "core/CatchQtPrinters.h"

#include "util/Sha256.h"

#include <QCryptographicHash>

using namespace koers;

TEST_CASE("SHA-256 through libcrypto gives the standard digests", "[util][sha256]") {
    // FIPS 180-2's examples.
    CHECK(Sha256().hexResult() == QByteArray("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"));
    CHECK(Sha256::hash("abc").toHex() ==
          QByteArray("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"));
    CHECK(Sha256::hash("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq").toHex() ==
          QByteArray("248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1"));
}

TEST_CASE("SHA-256 fed in pieces equals the digest of the whole, and goes on after a result", "[util][sha256]") {
    QByteArray data;
    for (int i = 0; i < 300000; ++i)
        data.append(static_cast<char>((i * 131 + i / 7) & 0xff));
    const QByteArray whole = QCryptographicHash::hash(data, QCryptographicHash::Sha256);
    CHECK(Sha256::hash(data) == whole);

    Sha256 pieces;
    qsizetype at = 0;
    for (qsizetype step = 1; at < data.size(); step = step * 3 + 1) {
        const qsizetype n = std::min(step, data.size() - at);
        pieces.addData(QByteArrayView(data).sliced(at, n));
        at += n;
        if (at == data.size() / 2 || n == 1)
            CHECK(pieces.result() == QCryptographicHash::hash(data.left(at), QCryptographicHash::Sha256));
    }
    CHECK(pieces.result() == whole);
    CHECK(pieces.result() == whole); // asking twice changes nothing
    pieces.addData({});
    CHECK(pieces.result() == whole);
}
