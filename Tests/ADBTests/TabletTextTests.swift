import Diagnostics
import Testing

/// What a tablet says, as Valise shows and keeps it.
@Suite struct TabletTextTests {
    @Test func terminalSequencesAndLineBreaksAreShownEscaped() {
        #expect(TabletText.clean("SM\u{1B}[2J\u{1B}]0;title\u{07}\u{1B}[1A\u{1B}[2K\nslot 99") == #"SM\e[2J\e]0;title\u{7}\e[1A\e[2K\nslot 99"#)
        #expect(TabletText.clean("a\u{9B}31m\u{202E}b\r\t\u{2028}") == #"a\u{9B}31m\u{202E}b\r\t\u{2028}"#)
        #expect(TabletText.clean("Lenovo TB-X306F — école") == "Lenovo TB-X306F — école")
        #expect(TabletText.clean("line\n\u{1B}[2Jnext", keepingLineBreaks: true) == "line\n\\e[2Jnext")
    }

    @Test func valuesAreCutAtTheirLimit() {
        let long = String(repeating: "M", count: 2 << 20)
        #expect(TabletText.clean(long, limit: TabletText.maxValueLength) == String(repeating: "M", count: TabletText.maxValueLength) + "…")
        // An escape is never cut in half.
        #expect(TabletText.clean("ab\u{1B}", limit: 3) == "ab…")
    }

    @Test func serialsAreAndroidsSetWithinItsLength() {
        for good in ["VAL022BF105", "R52N30ABCDE", "emulator-5554", "192.168.1.20:5555", "a_b.c"] { #expect(TabletText.isValidSerial(good)) }
        for bad in ["", "VAL\nslot 99", "VAL 1", "VAL\u{1B}[2J", "VALé", String(repeating: "V", count: 65), "a/b", "a;b"] {
            #expect(!TabletText.isValidSerial(bad), "\(bad)")
        }
        #expect(TabletText.isValidSerial(String(repeating: "V", count: 64)))
    }
}
