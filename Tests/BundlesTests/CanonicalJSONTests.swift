import Foundation
import TestSupport
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
        let script = "import json,sys; d=json.load(sys.stdin); sys.stdout.write(json.dumps(d, sort_keys=True, separators=(',',':'), ensure_ascii=False))"
        let run = try Tools.run(try Tools.locate("python3", package: "python3"), ["-c", script], stdin: Self.sample.canonicalBytes)
        #expect(run.stdout == Self.sample.canonicalBytes)
    }
}
