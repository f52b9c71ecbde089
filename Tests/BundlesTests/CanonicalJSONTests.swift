import Foundation
import Testing
@testable import Bundles

@Suite struct CanonicalJSONTests {
    static let sample: JSONValue = [
        "sequence": 3, "identity": ["name": "QO-5A-03", "slot": 3, "école": "Clair Saint-Maximin"],
        "wifi": [["ssid": "Collège \"QO\"", "hidden": false, "note": "tab\there\nnew\u{1}"]], "z": .null, "A": [],
    ]

    @Test func keysAreSortedAndNothingIsPadded() {
        let text = String(decoding: Self.sample.canonicalBytes, as: UTF8.self)
        #expect(text == #"{"A":[],"identity":{"name":"QO-5A-03","slot":3,"école":"Clair Saint-Maximin"},"sequence":3,"wifi":[{"hidden":false,"note":"tab\there\nnew\u0001","ssid":"Collège \"QO\""}],"z":null}"#)
    }

    @Test func sameValueSameBytesWhateverTheInsertionOrder() {
        let a: JSONValue = ["b": 1, "a": 2, "c": ["y": true, "x": false]]
        let b: JSONValue = ["c": ["x": false, "y": true], "a": 2, "b": 1]
        #expect(a.canonicalBytes == b.canonicalBytes)
    }

    @Test func pythonsCanonicalDumpAgrees() throws {
        let python = "/usr/bin/python3"
        guard FileManager.default.isExecutableFile(atPath: python) else {
            Issue.record("python3 is missing: apt-get install python3")
            return
        }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: python)
        process.arguments = ["-c", "import json,sys; d=json.load(sys.stdin); sys.stdout.write(json.dumps(d, sort_keys=True, separators=(',',':'), ensure_ascii=False))"]
        let input = Pipe(), output = Pipe()
        process.standardInput = input
        process.standardOutput = output
        try process.run()
        input.fileHandleForWriting.write(Data(Self.sample.canonicalBytes))
        try input.fileHandleForWriting.close()
        let data = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        #expect([UInt8](data) == Self.sample.canonicalBytes)
    }
}
