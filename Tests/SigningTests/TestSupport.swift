import Foundation
import Testing

/// A temporary directory under the system temp folder; call `remove()` when done.
struct TempDir {
    let url: URL
    var path: String { url.path }

    init() throws {
        url = FileManager.default.temporaryDirectory
            .appendingPathComponent("valise-signing-tests-\(UUID().uuidString)", isDirectory: true)
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    }

    func file(_ name: String) -> String { url.appendingPathComponent(name).path }

    func write(_ name: String, _ text: String) throws -> String {
        let path = file(name)
        try Data(text.utf8).write(to: URL(fileURLWithPath: path))
        return path
    }

    func write(_ name: String, bytes: [UInt8]) throws -> String {
        let path = file(name)
        try Data(bytes).write(to: URL(fileURLWithPath: path))
        return path
    }

    func read(_ name: String) throws -> String {
        String(decoding: try Data(contentsOf: URL(fileURLWithPath: file(name))), as: UTF8.self)
    }

    func remove() {
        try? FileManager.default.removeItem(at: url)
    }
}

struct ToolFailure: Error, CustomStringConvertible {
    let description: String
}

struct ToolResult {
    let status: Int32
    let stdout: [UInt8]
    let stderr: String
    var text: String { String(decoding: stdout, as: UTF8.self) }
}

/// Runs the `openssl` command-line tool. Fails (never skips) when it is missing.
@discardableResult
func openssl(_ arguments: [String], expectSuccess: Bool = true) throws -> ToolResult {
    let candidates = ["/usr/bin/openssl", "/usr/local/bin/openssl", "/opt/homebrew/bin/openssl"]
    guard let executable = candidates.first(where: { FileManager.default.isExecutableFile(atPath: $0) }) else {
        throw ToolFailure(description: "The openssl command-line tool is missing; these tests need it: apt-get install openssl")
    }
    let process = Process()
    process.executableURL = URL(fileURLWithPath: executable)
    process.arguments = arguments
    let out = Pipe()
    let err = Pipe()
    process.standardOutput = out
    process.standardError = err
    process.standardInput = FileHandle.nullDevice
    try process.run()
    let stdout = out.fileHandleForReading.readDataToEndOfFile()
    let stderr = err.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    let result = ToolResult(status: process.terminationStatus, stdout: Array(stdout),
                            stderr: String(decoding: stderr, as: UTF8.self))
    if expectSuccess, result.status != 0 {
        throw ToolFailure(description: "openssl \(arguments.joined(separator: " ")) failed (\(result.status)): \(result.stderr)")
    }
    return result
}

func hexBytes(_ text: String) -> [UInt8] {
    var bytes: [UInt8] = []
    var iterator = text.makeIterator()
    while let high = iterator.next(), let low = iterator.next() {
        if let byte = UInt8(String([high, low]), radix: 16) { bytes.append(byte) }
    }
    return bytes
}
