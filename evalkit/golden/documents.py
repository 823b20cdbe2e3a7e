"""Source documents for drafting: Markdown, plain text, HTML and PDF read into text.

Every failure is a located InputError naming the file: missing, not a regular file, empty, binary,
an unreadable or image-only PDF, too large. HTML is read with the standard library's html.parser;
PDF text with pypdf (imported only for PDFs).
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from html.parser import HTMLParser
from pathlib import Path

from ..errors import InputError, Problem, read_user_bytes

MAX_DOCUMENT_BYTES = 32 * 2**20     # a source file: larger ones are refused, not read whole
MAX_DOCUMENT_CHARS = 2_000_000      # the text drawn from one document
TEXT_SUFFIXES = {".md", ".markdown", ".txt", ".text", ".rst", ""}
HTML_SUFFIXES = {".html", ".htm", ".xhtml"}
PDF_SUFFIXES = {".pdf"}
SUFFIXES = TEXT_SUFFIXES | HTML_SUFFIXES | PDF_SUFFIXES


@dataclass(frozen=True)
class SourceDocument:
    """A document to draft from: its text (Markdown-like: `#` headings, blank-line paragraphs)."""

    id: str
    title: str
    text: str
    path: Path                # the file it was read from
    kind: str                 # markdown | text | html | pdf

    @property
    def is_text_file(self) -> bool:
        """Whether the suite can name the file itself (else the text is written next to the suite)."""
        return self.kind in ("markdown", "text")


def collect_paths(inputs: list[Path]) -> list[Path]:
    """The files named, and the readable files inside named folders (sorted), without repeats."""
    out: list[Path] = []
    problems: list[Problem] = []
    for p in inputs:
        if p.is_dir():
            found = sorted(f for f in p.iterdir() if f.is_file() and f.suffix.lower() in SUFFIXES
                           and not f.name.startswith("."))
            if not found:
                problems.append(Problem(p, f"folder holds no document ({', '.join(sorted(s for s in SUFFIXES if s))})"))
            out += found
        else:
            out.append(p)
    if problems:
        raise InputError(problems)
    return list(dict.fromkeys(f.resolve() for f in out))


def read_document(path: Path, doc_id: str | None = None) -> SourceDocument:
    """One document, or an InputError located at the file."""
    suffix = path.suffix.lower()
    if suffix not in SUFFIXES:
        raise InputError([Problem(path, f"unsupported document type '{suffix}'; expected Markdown, plain text, "
                                        "HTML or PDF (.md, .txt, .html, .pdf)")])
    data = read_user_bytes(path, "file not found", "a document file", limit=MAX_DOCUMENT_BYTES)
    if suffix in PDF_SUFFIXES:
        text, title, kind = _pdf_text(path, data), None, "pdf"
    else:
        if b"\x00" in data[:8192] or data[:5] == b"%PDF-":
            raise InputError([Problem(path, "is a binary file, not text (a PDF needs the .pdf suffix)"
                                      if data[:5] == b"%PDF-" else "is a binary file, not text")])
        try:
            raw = data.decode("utf-8-sig")
        except UnicodeDecodeError as exc:
            raise InputError([Problem(path, f"not UTF-8 text ({exc.reason} at byte {exc.start})")]) from None
        if suffix in HTML_SUFFIXES:
            text, title = html_to_text(raw)
            kind = "html"
        else:
            text, title = raw, None
            kind = "markdown" if suffix in (".md", ".markdown") else "text"
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    if len(text) > MAX_DOCUMENT_CHARS:
        raise InputError([Problem(path, f"holds {len(text):,} characters of text, more than the "
                                        f"{MAX_DOCUMENT_CHARS:,} a document may have; split it")])
    words = re.findall(r"[^\W\d_]{2,}", text)
    if len(words) < 8:
        raise InputError([Problem(path, "has no text to draft from" if not words else
                                        f"has almost no text ({len(words)} words)")])
    title = title or _first_heading(text) or path.stem.replace("-", " ").replace("_", " ").strip().capitalize()
    return SourceDocument(id=doc_id or slug(path.stem), title=" ".join(title.split())[:200], text=text,
                          path=path, kind=kind)


def slug(name: str) -> str:
    s = re.sub(r"[^a-z0-9]+", "-", name.lower()).strip("-")
    return s or "doc"


def _first_heading(text: str) -> str | None:
    m = re.search(r"(?m)^\s{0,3}#\s+(.+?)\s*#*\s*$", text)
    return m.group(1).strip() if m else None


# --- PDF ----------------------------------------------------------------------------------------

def _pdf_text(path: Path, data: bytes) -> str:
    if not data.startswith(b"%PDF-"):
        raise InputError([Problem(path, "is not a PDF (no %PDF- header)")])
    try:
        import pypdf
    except ImportError:
        raise InputError([Problem(path, "reading PDF needs the pypdf package (pip install pypdf)")]) from None
    import io
    import logging

    logging.getLogger("pypdf").setLevel(logging.ERROR)
    try:
        reader = pypdf.PdfReader(io.BytesIO(data))
        if reader.is_encrypted:
            raise InputError([Problem(path, "is an encrypted PDF; decrypt it first")])
        pages = [(page.extract_text() or "") for page in reader.pages]
    except InputError:
        raise
    except Exception as exc:  # noqa: BLE001 - pypdf raises many kinds on a damaged file
        raise InputError([Problem(path, f"unreadable PDF ({type(exc).__name__}: {str(exc)[:120]})")]) from None
    text = "\n\n".join(_pdf_page(p) for p in pages).strip()
    if not re.search(r"[^\W\d_]{2,}", text):
        raise InputError([Problem(path, f"PDF of {len(pages)} page(s) has no extractable text "
                                        "(a scan? run OCR first)")])
    return text


def _pdf_page(text: str) -> str:
    # hyphenated line ends joined; single newlines inside a paragraph become spaces
    text = re.sub(r"(\w)-\n(\w)", r"\1\2", text)
    return re.sub(r"(?<!\n)\n(?!\n)", " ", text)


# --- HTML ---------------------------------------------------------------------------------------

_BLOCK = {"p", "div", "section", "article", "li", "tr", "br", "table", "ul", "ol", "blockquote", "pre",
          "dt", "dd", "figcaption", "main", "header", "footer"}
_SKIP = {"script", "style", "noscript", "template", "svg", "nav", "head"}


class _TextParser(HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self.skip = 0
        self.title: list[str] = []
        self.in_title = False

    def handle_starttag(self, tag, attrs):
        if tag in _SKIP:
            self.skip += 1
        elif tag == "title":
            self.in_title = True
        elif re.fullmatch(r"h[1-6]", tag):
            self.parts.append("\n\n" + "#" * int(tag[1]) + " ")
        elif tag in _BLOCK:
            self.parts.append("\n\n")
        elif tag == "td":
            self.parts.append(" ")

    def handle_endtag(self, tag):
        if tag in _SKIP:
            self.skip = max(0, self.skip - 1)
        elif tag == "title":
            self.in_title = False
        elif re.fullmatch(r"h[1-6]", tag) or tag in _BLOCK:
            self.parts.append("\n\n")

    def handle_data(self, data):
        if self.in_title:
            self.title.append(data)
        elif not self.skip:
            self.parts.append(re.sub(r"\s+", " ", data))


def html_to_text(html: str) -> tuple[str, str | None]:
    """Text of an HTML page (headings as `#` lines, blocks as paragraphs) and its <title>."""
    parser = _TextParser()
    parser.feed(html)
    parser.close()
    text = "".join(parser.parts)
    paragraphs = [" ".join(p.split()) for p in re.split(r"\n\s*\n", text)]
    body = "\n\n".join(p for p in paragraphs if p and p.strip("# "))
    title = " ".join("".join(parser.title).split()) or None
    return body, title
