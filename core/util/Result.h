// Result<T>: the value or the error of a core operation. Errors cross the core/ui boundary as values
// with a translated, user-facing message; the UI shows it, the CLI prints it and picks an exit code.
#pragma once

#include <QString>

#include <optional>
#include <utility>
#include <variant>

namespace koers {

enum class ErrorCode {
    WrongPassphrase, // key does not decrypt the file
    NotKoersFile,    // not an encrypted Koers database, or damaged beyond reading
    NotEncrypted,    // a plain SQLite file: refused, Koers never runs on unencrypted data
    SchemaTooNew,    // written by a newer Koers
    Locked,          // opened by another Koers window or process
    DiskFull,
    ReadOnly,
    FileNotFound,
    AlreadyExists,
    NotFound, // a record that does not exist
    Invalid,  // input that fails validation
    Cipher,   // SQLCipher missing or misbehaving
    Io,
    Database,          // any other SQLite error
    NeedsConfirmation, // refused until the user agrees (e.g. a package that deletes many clients)
    Cancelled,         // stopped at the user's request; everything was rolled back
};

struct Error {
    ErrorCode code = ErrorCode::Database;
    QString message; // translated, one line, no personal data
};

template <class T>
class [[nodiscard]] Result {
public:
    Result(T value)
        : m_v(std::move(value)) {} // NOLINT(google-explicit-constructor): natural return syntax
    Result(Error error)
        : m_v(std::move(error)) {} // NOLINT(google-explicit-constructor)

    bool ok() const { return m_v.index() == 0; }
    explicit operator bool() const { return ok(); }

    T& value() & { return std::get<0>(m_v); }
    const T& value() const& { return std::get<0>(m_v); }
    // By value: `for (x : query().value())` must not iterate over a destroyed temporary.
    T value() && { return std::get<0>(std::move(m_v)); }
    T value_or(T fallback) const { return ok() ? std::get<0>(m_v) : std::move(fallback); }
    T* operator->() { return &value(); }
    const T* operator->() const { return &value(); }
    T& operator*() & { return value(); }

    // error(), code() and message() only after !ok(); cancelled() at any time.
    const Error& error() const { return std::get<1>(m_v); }
    ErrorCode code() const { return error().code; }
    const QString& message() const { return error().message; }
    bool cancelled() const { return !ok() && code() == ErrorCode::Cancelled; }

private:
    std::variant<T, Error> m_v;
};

template <>
class [[nodiscard]] Result<void> {
public:
    Result() = default;
    Result(Error error)
        : m_error(std::move(error)) {} // NOLINT(google-explicit-constructor)

    bool ok() const { return !m_error.has_value(); }
    explicit operator bool() const { return ok(); }
    const Error& error() const { return *m_error; }
    ErrorCode code() const { return m_error->code; }
    const QString& message() const { return m_error->message; }
    bool cancelled() const { return !ok() && code() == ErrorCode::Cancelled; }

private:
    std::optional<Error> m_error;
};

using Status = Result<void>;

inline Error makeError(ErrorCode code, QString message) {
    return Error{code, std::move(message)};
}

} // namespace koers

// Propagate an error from an expression returning Result<...>/Status.
#define KOERS_TRY(expr)                                                                                                \
    do {                                                                                                               \
        auto&& koersTryResult_ = (expr);                                                                               \
        if (!koersTryResult_.ok())                                                                                     \
            return koersTryResult_.error();                                                                            \
    } while (false)
