/// The frame of every printable HTML document LossLab writes (handouts, worksheets): one
/// self-contained XHTML-compatible file with a shared style sheet that reads well on screen and prints
/// on A4 or Letter, each top-level `<section>` after the first starting a new page.
struct HTMLPage {
    var title: String
    /// Style rules the document adds to `HTMLPage.style`.
    var style: String
    /// Everything inside `<body>`, usually one `<section>` per printed part.
    var body: String

    func document() -> String {
        """
        <!DOCTYPE html>
        <html xmlns="http://www.w3.org/1999/xhtml" lang="en">
        <head>
        <meta charset="utf-8"/>
        <title>\(title.htmlEscaped)</title>
        <style>
        \(Self.style)
        \(style)
        </style>
        </head>
        <body>
        \(body)</body>
        </html>

        """
    }

    /// The shared style sheet: on paper (A4 or Letter: the page size is left to the printer, with margins
    /// that fit both) each section starts a page and no table, question or code block is split
    /// across two.
    static let style = """
        body { font-family: "DejaVu Serif", Georgia, serif; font-size: 11pt; line-height: 1.45; color: #000;
               background: #fff; max-width: 42em; margin: 2em auto; padding: 0 1em; }
        h1 { font-size: 1.6em; border-bottom: 2px solid #000; padding-bottom: 0.2em; }
        h2 { font-size: 1.25em; margin-top: 1.4em; }
        code, pre { font-family: "DejaVu Sans Mono", Menlo, monospace; font-size: 0.92em; }
        pre { background: #f4f4f4; border: 1px solid #ccc; padding: 0.5em 0.8em; white-space: pre-wrap; }
        table { border-collapse: collapse; margin: 0.8em 0; }
        th, td { border: 1px solid #888; padding: 0.2em 0.7em; }
        th { background: #eee; }
        div.question { border: 1px solid #000; padding: 0.3em 0.9em 0.6em; margin: 1.2em 0; }
        div.answer-space { height: 4.5em; border-bottom: 1px dotted #000; color: #555; }
        @page { margin: 18mm 16mm; }
        @media print {
          body { max-width: none; margin: 0; padding: 0; font-size: 10.5pt; }
          section + section { break-before: page; page-break-before: always; }
          table, div.question, pre { break-inside: avoid; page-break-inside: avoid; }
          h1, h2, h3 { break-after: avoid; page-break-after: avoid; }
          pre { background: none; }
        }
        """
}

extension String {
    /// The text with `&`, `<`, `>`, `"` and `'` written as character references, safe in HTML and XML
    /// text and attribute values.
    var htmlEscaped: String {
        var out = ""
        out.reserveCapacity(utf8.count)
        for c in self {
            switch c {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "'": out += "&#39;"
            default: out.append(c)
            }
        }
        return out
    }
}
