import Foundation

/// One shell word: literal text and `$` expansions, kept apart until execution (for `$?`).
struct PersonaShellWord: Equatable {
    enum Part: Equatable { case literal(String), variable(String) }
    var parts: [Part] = []

    mutating func append(_ c: Character) {
        if case .literal(let s)? = parts.last { parts[parts.count - 1] = .literal(s + String(c)) } else {
            parts.append(.literal(String(c)))
        }
    }
}

/// Lexical tokens of the small sh dialect.
enum PersonaShellToken: Equatable {
    case word(PersonaShellWord)
    /// ";", "&&", "||", "|", "&" (run like ";"), or "\n".
    case op(String)
    /// ">", ">>", "<", ">&", "<&" with an optional explicit file descriptor.
    case redirect(fd: Int?, op: String)
}

/// A sh syntax error; `message` is what /system/bin/sh prints after "syntax error: ".
struct PersonaShellSyntaxError: Error, Equatable {
    var message: String
}

/// A tokenizer close to POSIX sh: quotes, backslashes, `$NAME`/`${NAME}`/`$?`, operators and redirections.
enum PersonaShellTokenizer {
    static func tokenize(_ input: String) throws(PersonaShellSyntaxError) -> [PersonaShellToken] {
        let chars = Array(input)
        var tokens: [PersonaShellToken] = []
        var word: PersonaShellWord?
        var plainDigits = true // the current word is unquoted digits only (a candidate fd number)
        var i = 0

        func flush() {
            if let w = word { tokens.append(.word(w)) }
            word = nil
            plainDigits = true
        }
        func add(_ c: Character, quoted: Bool) {
            if word == nil { word = PersonaShellWord() }
            word?.append(c)
            if quoted || !c.isASCII || !c.isNumber { plainDigits = false }
        }
        func startWord() { if word == nil { word = PersonaShellWord() } }
        /// Parses a `$` expansion at chars[i] (== "$"); returns false when it is a literal dollar.
        func dollar() -> Bool {
            guard i + 1 < chars.count else { return false }
            let next = chars[i + 1]
            if "?$#!0123456789".contains(next) {
                startWord(); word?.parts.append(.variable(String(next))); plainDigits = false
                i += 2; return true
            }
            if next == "{" {
                guard let close = chars[(i + 2)...].firstIndex(of: "}") else { return false }
                let name = String(chars[(i + 2)..<close])
                startWord(); word?.parts.append(.variable(name)); plainDigits = false
                i = close + 1; return true
            }
            if next == "_" || (next.isASCII && next.isLetter) {
                var j = i + 1
                while j < chars.count, chars[j] == "_" || (chars[j].isASCII && (chars[j].isLetter || chars[j].isNumber)) { j += 1 }
                startWord(); word?.parts.append(.variable(String(chars[(i + 1)..<j]))); plainDigits = false
                i = j; return true
            }
            return false
        }

        while i < chars.count {
            let c = chars[i]
            switch c {
            case " ", "\t", "\r":
                flush(); i += 1
            case "\n":
                flush(); tokens.append(.op("\n")); i += 1
            case "#" where word == nil:
                while i < chars.count, chars[i] != "\n" { i += 1 }
            case "'":
                startWord(); plainDigits = false
                guard let close = chars[(i + 1)...].firstIndex(of: "'") else {
                    throw PersonaShellSyntaxError(message: "unterminated quoted string")
                }
                for q in chars[(i + 1)..<close] { add(q, quoted: true) }
                i = close + 1
            case "\"":
                startWord(); plainDigits = false
                i += 1
                var closed = false
                while i < chars.count {
                    let d = chars[i]
                    if d == "\"" { closed = true; i += 1; break }
                    if d == "\\", i + 1 < chars.count {
                        let e = chars[i + 1]
                        if e == "\n" { i += 2; continue }
                        if "\"\\$`".contains(e) { add(e, quoted: true) } else { add("\\", quoted: true); add(e, quoted: true) }
                        i += 2; continue
                    }
                    if d == "$", dollar() { continue }
                    add(d, quoted: true); i += 1
                }
                if !closed { throw PersonaShellSyntaxError(message: "unterminated quoted string") }
            case "\\":
                if i + 1 < chars.count {
                    if chars[i + 1] != "\n" { add(chars[i + 1], quoted: true) }
                    i += 2
                } else { add("\\", quoted: true); i += 1 }
            case "$":
                if !dollar() { add("$", quoted: false); i += 1 }
            case ";":
                flush()
                if i + 1 < chars.count, chars[i + 1] == ";" { throw PersonaShellSyntaxError(message: "';;' unexpected") }
                tokens.append(.op(";")); i += 1
            case "&", "|":
                flush()
                if i + 1 < chars.count, chars[i + 1] == c { tokens.append(.op(String([c, c]))); i += 2 } else {
                    tokens.append(.op(String(c))); i += 1
                }
            case ">", "<":
                var fd: Int?
                if let w = word, plainDigits, case .literal(let digits)? = w.parts.first, w.parts.count == 1 {
                    fd = Int(digits) ?? Int.max
                    word = nil; plainDigits = true
                } else { flush() }
                var op = String(c)
                if i + 1 < chars.count {
                    let n = chars[i + 1]
                    if c == ">", n == ">" || n == "|" { op = n == ">" ? ">>" : ">"; i += 1 } else if n == "&" { op.append("&"); i += 1 }
                }
                tokens.append(.redirect(fd: fd, op: op)); i += 1
            case "(", ")":
                throw PersonaShellSyntaxError(message: "'\(c)' unexpected")
            default:
                add(c, quoted: false); i += 1
            }
        }
        flush()
        return tokens
    }
}

/// One redirection of a simple command.
struct PersonaRedirection: Equatable {
    var fd: Int
    var op: String
    var target: PersonaShellWord
}

/// A command name with arguments and redirections.
struct PersonaSimpleCommand: Equatable {
    var words: [PersonaShellWord] = []
    var redirections: [PersonaRedirection] = []
}

/// Commands joined by `|`, run after the previous item depending on `connector` (";", "&&", "||").
struct PersonaPipelineItem: Equatable {
    var connector: String
    var commands: [PersonaSimpleCommand]
}

/// Turns tokens into a list of pipelines joined by `;`, `&&`, `||`.
enum PersonaShellParser {
    static func parse(_ input: String) throws(PersonaShellSyntaxError) -> [PersonaPipelineItem] {
        let tokens = try PersonaShellTokenizer.tokenize(input)
        var items: [PersonaPipelineItem] = []
        var connector = ";"
        var pipeline: [PersonaSimpleCommand] = []
        var command = PersonaSimpleCommand()
        var i = 0
        func commandIsEmpty() -> Bool { command.words.isEmpty && command.redirections.isEmpty }

        while i < tokens.count {
            switch tokens[i] {
            case .word(let w):
                command.words.append(w)
            case let .redirect(fd, op):
                guard i + 1 < tokens.count, case .word(let target) = tokens[i + 1] else {
                    let next: String
                    if i + 1 < tokens.count, case .op(let o) = tokens[i + 1], o != "\n" { next = o } else { next = "newline" }
                    throw PersonaShellSyntaxError(message: "'\(next)' unexpected")
                }
                command.redirections.append(PersonaRedirection(fd: fd ?? (op.hasPrefix("<") ? 0 : 1), op: op, target: target))
                i += 1
            case .op(let op):
                if op == "\n" || op == ";" || op == "&" {
                    if commandIsEmpty() {
                        if op == "\n" && pipeline.isEmpty { i += 1; continue }
                        throw PersonaShellSyntaxError(message: "'\(op == "\n" ? "newline" : op)' unexpected")
                    }
                    pipeline.append(command)
                    items.append(PersonaPipelineItem(connector: connector, commands: pipeline))
                    pipeline = []; command = PersonaSimpleCommand(); connector = ";"
                } else {
                    if commandIsEmpty() { throw PersonaShellSyntaxError(message: "'\(op)' unexpected") }
                    pipeline.append(command)
                    command = PersonaSimpleCommand()
                    if op != "|" {
                        items.append(PersonaPipelineItem(connector: connector, commands: pipeline))
                        pipeline = []; connector = op
                    }
                    // "&&", "||", "|" may be followed by newlines before the next command.
                    while i + 1 < tokens.count, tokens[i + 1] == .op("\n") { i += 1 }
                }
            }
            i += 1
        }
        if !commandIsEmpty() {
            pipeline.append(command)
            items.append(PersonaPipelineItem(connector: connector, commands: pipeline))
        } else if !pipeline.isEmpty || connector != ";" {
            throw PersonaShellSyntaxError(message: "unexpected end of file")
        }
        return items
    }
}
