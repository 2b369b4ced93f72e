import Ingest
import Model
import Testing

/// A paragraph's text on its way to sentences: white space, emphasis, markers and sentence
/// ends at the places where the reader looks at eight bytes at once or at multi-byte scalars.
@Suite struct JATSParagraphText {
  private func sentences(_ paragraph: String) throws -> [Sentence] {
    let xml = """
      <article><front><article-meta><title-group><article-title>T</article-title></title-group>\
      </article-meta></front><body><sec><title>S</title>\(paragraph)</sec></body><back><ref-list>\
      <ref id="r1"><mixed-citation>One A. Title. J Test. 2001;1:1-2.</mixed-citation></ref>\
      <ref id="r2"><mixed-citation>Two B. Title. J Test. 2002;2:3-4.</mixed-citation></ref>\
      <ref id="r3"><mixed-citation>Three C. Title. J Test. 2003;3:5-6.</mixed-citation></ref>\
      </ref-list></back></article>
      """
    var diagnostics: [Diagnostic] = []
    let document = try JATSReader.read(Array(xml.utf8), path: "inline.xml", diagnostics: &diagnostics)
    var result: [Sentence] = []
    document.forEachSentence { _, sentence in result.append(sentence) }
    return result
  }

  @Test func whiteSpaceRunsBecomeOneSpaceAcrossEightByteStretches() throws {
    let text = try sentences("<p>Abcdefg  h\n\t\tijklmnop\u{00A0}\u{2009} qrstuvw \u{00A0}xyz   end of it.</p>")
    #expect(text.map(\.plainText) == ["Abcdefg h ijklmnop qrstuvw xyz end of it."])
  }

  @Test func emphasisRunsSurviveMarkerGrouping() throws {
    let text = try sentences(
      "<p>Plain words then <italic>emphasised words here</italic> and cited "
        + "[<xref ref-type=\"bibr\" rid=\"r1\">1</xref>–<xref ref-type=\"bibr\" rid=\"r3\">3</xref>] "
        + "<bold>end</bold>.</p>")
    #expect(text.count == 1)
    let content = try #require(text.first?.content)
    #expect(content.first == .text("Plain words then "))
    #expect(content.contains(.emphasis([.text("emphasised words here")])))
    #expect(content.contains(.emphasis([.text("end")])))
    let marker = try #require(text.first?.markers.first)
    #expect(marker.label == "[1–3]")
    #expect(marker.targets == [ReferenceID("r1"), ReferenceID("r2"), ReferenceID("r3")])
  }

  @Test func sentencesEndAfterClosingQuotesAndNotAfterAbbreviations() throws {
    let text = try sentences(
      "<p>He wrote “the effect was strong.” Then, as in Fig. 2 and Smith et al. the ratio rose "
        + "to 3.5 units. Über alles geht es weiter. <italic>p53</italic> was mutated.</p>")
    #expect(text.map(\.plainText) == [
      "He wrote “the effect was strong.”",
      "Then, as in Fig. 2 and Smith et al. the ratio rose to 3.5 units.",
      "Über alles geht es weiter.",
      "p53 was mutated.",
    ])
  }
}
