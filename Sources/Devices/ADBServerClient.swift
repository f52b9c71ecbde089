import Diagnostics
import Foundation
import Transports
import USBHost

/// A running adb server (`adb start-server`), spoken to with its smart-socket protocol on
/// 127.0.0.1:5037 (or `ANDROID_ADB_SERVER_PORT`), so that Valise works alongside adb.
///
/// Each request opens a connection: `<4 hex digits length><request>`, answered `OKAY` or
/// `FAIL<4 hex length><message>`; `host:transport:SERIAL` then a device service turns the
/// connection into that service's byte stream.
public struct ADBServerClient: Sendable {
    /// The server's host (loopback).
    public var host: String
    /// The server's port.
    public var port: UInt16
    /// How long each request may take.
    public var timeout: Duration

    /// Creates a client for the server at `host:port`.
    public init(host: String = "127.0.0.1", port: UInt16 = 5037, timeout: Duration = .seconds(10)) {
        self.host = host
        self.port = port
        self.timeout = timeout
    }

    /// The server adb itself would use: `ANDROID_ADB_SERVER_PORT`, else 5037.
    public static func standard(environment: [String: String] = ProcessInfo.processInfo.environment) -> ADBServerClient {
        ADBServerClient(port: environment["ANDROID_ADB_SERVER_PORT"].flatMap { UInt16($0) } ?? 5037)
    }

    /// "127.0.0.1:5037".
    public var address: String { "\(host):\(port)" }

    /// One line of `adb devices -l`.
    public struct Entry: Sendable, Equatable {
        /// The serial (or HOST:PORT for tablets the server reaches over TCP).
        public var serial: String
        /// "device", "unauthorized", "offline", "bootloader", "no permissions…".
        public var state: String
        /// "usb" → "1-1.2", "model" → "SM_T220"…
        public var properties: [String: String]

        /// The USB port path ("1-1.2") as adb's native backend writes it (`usb:1-1.2`).
        public var portPath: String? { properties["usb"].flatMap { CaseMap.isPortPath($0) ? $0 : nil } }

        /// Bus and device address as adb's libusb backend writes them (`usb:1:7`).
        public var busAndAddress: (bus: UInt8, address: UInt8)? {
            guard let parts = properties["usb"]?.split(separator: ":"), parts.count == 2,
                  let bus = UInt8(parts[0]), let address = UInt8(parts[1]) else { return nil }
            return (bus, address)
        }

        /// Whether the tablet is on USB (not one the server reaches over TCP).
        public var isOnUSB: Bool { properties["usb"] != nil }
    }

    /// The USB port path of each entry on USB (serial → "1-1.2"), asking libusb for those adb names by bus and address.
    public static func portPaths(of entries: [Entry]) -> [String: String] {
        var paths: [String: String] = [:]
        var byAddress: [(serial: String, bus: UInt8, address: UInt8)] = []
        for entry in entries {
            if let path = entry.portPath {
                paths[entry.serial] = path
            } else if let place = entry.busAndAddress {
                byAddress.append((entry.serial, place.bus, place.address))
            }
        }
        guard !byAddress.isEmpty, let devices = try? USBContext().devices() else { return paths }
        for wanted in byAddress {
            if let info = devices.first(where: { $0.busNumber == wanted.bus && $0.deviceAddress == wanted.address }) {
                paths[wanted.serial] = info.portPathString
            }
        }
        return paths
    }

    /// Whether a server answers (`host:version`).
    public func isRunning() -> Bool {
        (try? request("host:version")) != nil
    }

    /// The tablets the server knows (`host:devices-l`).
    public func devices() throws -> [Entry] {
        let text = String(decoding: try request("host:devices-l"), as: UTF8.self)
        return Self.parseDevices(text)
    }

    /// The features the server and the tablet share (`host-serial:SERIAL:features`).
    public func features(serial: String) throws -> Set<String> {
        let text = String(decoding: try request("host-serial:\(serial):features"), as: UTF8.self)
        return Set(text.split(separator: ",").map { $0.trimmingCharacters(in: .whitespacesAndNewlines) }.filter { !$0.isEmpty })
    }

    /// Parses `adb devices -l` output: "SERIAL  state usb:1-1.2 product:x model:y device:z transport_id:1".
    public static func parseDevices(_ text: String) -> [Entry] {
        text.split(separator: "\n").compactMap { line in
            let words = line.split(whereSeparator: { $0 == " " || $0 == "\t" }).map(String.init)
            guard words.count >= 2 else { return nil }
            var properties: [String: String] = [:]
            var stateWords: [String] = []
            for word in words.dropFirst() {
                if let colon = word.firstIndex(of: ":"), !stateWords.isEmpty {
                    properties[String(word[..<colon])] = String(word[word.index(after: colon)...])
                } else if properties.isEmpty {
                    stateWords.append(word)
                }
            }
            return Entry(serial: words[0], state: stateWords.joined(separator: " "), properties: properties)
        }
    }

    /// Sends a host request and returns its length-prefixed answer.
    func request(_ service: String) throws -> [UInt8] {
        let socket = try connect()
        defer { socket.close() }
        try send(service, on: socket)
        try expectOkay(on: socket, service: service)
        let length = try readLength(from: socket)
        return try readExactly(length, from: socket)
    }

    /// Opens `service` on the tablet `serial`; the socket then carries that service's bytes.
    public func open(serial: String, service: String) throws -> TCPSocket {
        let socket = try connect()
        do {
            try send("host:transport:\(serial)", on: socket)
            try expectOkay(on: socket, service: "host:transport:\(serial)")
            try send(service, on: socket)
            try expectOkay(on: socket, service: service)
        } catch {
            socket.close()
            throw error
        }
        return socket
    }

    private func connect() throws -> TCPSocket {
        do {
            return try TCPSocket.connect(host: host, port: port, timeout: timeout)
        } catch {
            throw ADBServerError.notRunning(address)
        }
    }

    private func send(_ service: String, on socket: TCPSocket) throws {
        let body = Array(service.utf8)
        let prefix = Array(String(format: "%04x", body.count).utf8)
        try socket.write(prefix + body, timeout: timeout)
    }

    private func expectOkay(on socket: TCPSocket, service: String) throws {
        let status = String(decoding: try readExactly(4, from: socket), as: UTF8.self)
        if status == "OKAY" { return }
        guard status == "FAIL" else { throw ADBServerError.failed(service, "unexpected answer \(status)") }
        let message = String(decoding: try readExactly(try readLength(from: socket), from: socket), as: UTF8.self)
        throw ADBServerError.failed(service, message)
    }

    private func readLength(from socket: TCPSocket) throws -> Int {
        let text = String(decoding: try readExactly(4, from: socket), as: UTF8.self)
        guard let length = Int(text, radix: 16) else { throw ADBServerError.failed("length", "not hexadecimal: \(text)") }
        return length
    }

    private func readExactly(_ count: Int, from socket: TCPSocket) throws -> [UInt8] {
        var out = [UInt8](repeating: 0, count: count)
        var filled = 0
        while filled < count {
            let got = try out.withUnsafeMutableBytes { raw in
                try socket.read(into: UnsafeMutableRawBufferPointer(rebasing: raw[filled...]), timeout: timeout)
            }
            if got == 0 { throw ADBServerError.failed("read", "the adb server closed the connection") }
            filled += got
        }
        return out
    }
}

/// The adb server is missing or refused a request.
public enum ADBServerError: ValiseError, Equatable, CustomStringConvertible {
    /// Nothing listens on the server's port.
    case notRunning(String)
    /// The server answered FAIL (or broke the protocol).
    case failed(String, String)

    public var summary: String {
        switch self {
        case .notRunning(let address): return Say.noAdbServerOn(address)
        case .failed(let service, _): return Say.adbServerRefused(service.split(separator: ":").prefix(2).joined(separator: ":"))
        }
    }

    public var reason: String {
        switch self {
        case .notRunning: return Say.noAdbServerReason
        case .failed(_, let message): return Say.adbServerSaid(message)
        }
    }

    public var action: String {
        switch self {
        case .notRunning: return Say.startAdbServerFix
        case .failed: return Say.adbDevicesFix
        }
    }

    public var helpTopic: String? { "usb-busy" }
    public var description: String { "\(summary) \(reason)" }
}
