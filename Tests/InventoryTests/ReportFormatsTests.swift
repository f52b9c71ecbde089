import Testing
@testable import Inventory

/// Report cells hold what tablets said: no formula for the spreadsheet, no escape for the terminal, no forged line.
@Suite struct ReportFormatsTests {
    @Test func csvCellsAreNeitherFormulasNorControlSequences() {
        let csv = ReportFormats.csv(header: ["serial", "model", "battery"],
                                    rows: [["VAL1", "=HYPERLINK(\"http://x\")", "-"], ["VAL2", "+1+2", "-5"], ["VAL3", "@SUM(A1)", "12"],
                                           ["VAL4", "-2+3", "4.5"], ["VAL5", "SM\u{1B}[2J\nslot 99", ""]])
        #expect(csv == "serial,model,battery\r\n"
            + "VAL1,\"'=HYPERLINK(\"\"http://x\"\")\",-\r\n"
            + "VAL2,'+1+2,-5\r\n"
            + "VAL3,'@SUM(A1),12\r\n"
            + "VAL4,'-2+3,4.5\r\n"
            + "VAL5,SM\\e[2J\\nslot 99,\r\n")
    }

    @Test func htmlHasNoControlCharacters() {
        #expect(ReportFormats.html("<b>SM\u{1B}[2J</b>") == "&lt;b&gt;SM\\e[2J&lt;/b&gt;")
    }
}
