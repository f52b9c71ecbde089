/// A fastboot protocol or image-format problem, in technical words (the Devices layer adds plain ones).
public enum FastbootProtocolError: Error, Sendable, Equatable, CustomStringConvertible {
    /// The command is longer than the bootloader accepts.
    case commandTooLong(command: String, length: Int, limit: Int)
    /// The command holds a character that cannot go on the wire (non-ASCII or NUL).
    case commandNotASCII(String)
    /// A response shorter than its 4-byte status.
    case shortResponse([UInt8])
    /// A response longer than the 256 bytes the protocol allows.
    case responseTooLong(Int)
    /// A status other than OKAY, FAIL, DATA, INFO or TEXT.
    case unknownStatus(String)
    /// DATA followed by something that is not 8 hex digits.
    case badDataSize(String)
    /// The device said FAIL; the text is its reason.
    case remoteFailure(String)
    /// The device offered a data phase the command did not ask for, or of another size.
    case unexpectedData(expected: Int?, offered: Int)
    /// A response or data arrived when none was expected.
    case unexpectedEvent(String)
    /// A variable's value could not be read (e.g. max-download-size "0xZZ").
    case badValue(variable: String, value: String)
    /// A download larger than the protocol's 32-bit size field.
    case downloadTooLarge(Int)
    /// The TCP handshake was not "FB" and two decimal digits.
    case badHandshake([UInt8])
    /// A TCP frame longer than this side accepts.
    case frameTooLarge(length: UInt64, limit: Int)
    /// A sparse image that breaks the format (bad magic, sizes, chunk types, counts).
    case badSparseImage(String)
    /// A sparse image's CRC32 chunk does not match the data before it.
    case sparseChecksumMismatch(expected: UInt32, computed: UInt32)
    /// The download limit is too small to carry even one block in a sparse piece.
    case limitTooSmall(limit: Int, blockSize: Int)

    /// A one-line technical description.
    public var description: String {
        switch self {
        case let .commandTooLong(command, length, limit):
            return "fastboot command \"\(command.prefix(40))…\" is \(length) bytes; the bootloader accepts at most \(limit)"
        case let .commandNotASCII(command): return "fastboot command \"\(command)\" is not plain ASCII"
        case let .shortResponse(bytes): return "fastboot response of \(bytes.count) bytes is shorter than its 4-byte status"
        case let .responseTooLong(length): return "fastboot response of \(length) bytes is longer than 256"
        case let .unknownStatus(status): return "device sent unknown status code \"\(status)\""
        case let .badDataSize(text): return "DATA response with a bad size \"\(text)\" (8 hex digits expected)"
        case let .remoteFailure(message): return "remote: '\(message)'"
        case let .unexpectedData(expected, offered):
            return "device offered \(offered) bytes of data; expected \(expected.map(String.init) ?? "none")"
        case let .unexpectedEvent(what): return what
        case let .badValue(variable, value): return "variable \(variable) has an unreadable value \"\(value)\""
        case let .downloadTooLarge(size): return "a download of \(size) bytes does not fit the 32-bit size field"
        case let .badHandshake(bytes): return "bad fastboot TCP handshake \(bytes.map { String($0, radix: 16) })"
        case let .frameTooLarge(length, limit): return "fastboot TCP frame of \(length) bytes exceeds the \(limit)-byte limit"
        case let .badSparseImage(why): return "bad sparse image: \(why)"
        case let .sparseChecksumMismatch(expected, computed):
            return "sparse image CRC32 0x\(String(expected, radix: 16)) does not match the data (0x\(String(computed, radix: 16)))"
        case let .limitTooSmall(limit, blockSize):
            return "a download limit of \(limit) bytes cannot carry a \(blockSize)-byte block in a sparse piece"
        }
    }
}
